package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

/** An article as it reaches ingestion, from the mutation or from a seed file and its sidecar. */
public record ArticleSubmission(String text, String title, String url, String outlet, LocalDate publishedOn,
        List<String> byline) {
    public ArticleSubmission {
        byline = byline == null ? List.of() : List.copyOf(byline);
    }
}
