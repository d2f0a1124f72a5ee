package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

/** The optional sidecar {@code NAME.json} beside a seed {@code NAME.txt}. */
public record SeedMetadata(String title, String outlet, String url, LocalDate publishedOn, List<String> byline) {
    static final SeedMetadata NONE = new SeedMetadata(null, null, null, null, List.of());
}
