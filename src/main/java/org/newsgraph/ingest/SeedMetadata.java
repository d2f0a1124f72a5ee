package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The optional sidecar {@code NAME.json} beside a seed {@code NAME.txt}. */
// JSON-B builds it by reflection from the sidecar file.
@RegisterForReflection
public record SeedMetadata(String title, String outlet, String url, LocalDate publishedOn, List<String> byline) {
    static final SeedMetadata NONE = new SeedMetadata(null, null, null, null, List.of());
}
