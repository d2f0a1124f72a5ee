package org.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What {@code articleIngest} did. */
@Description("What articleIngest did")
public record ArticleIngestPayload(
        @NonNull @Description("The stored article: the new one, or the one already there with the same text") Article article,
        @NonNull @Description("False when the same text had been ingested before and nothing changed") boolean created) {
}
