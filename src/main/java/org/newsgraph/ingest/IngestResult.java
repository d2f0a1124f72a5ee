package org.newsgraph.ingest;

import org.newsgraph.article.Article;

/** What one ingestion stored; the counts are zero when the article was already there. */
public record IngestResult(Article article, boolean created, int people, int statements, int deployments) {
}
