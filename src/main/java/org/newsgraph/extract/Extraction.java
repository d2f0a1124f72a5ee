package org.newsgraph.extract;

import java.util.List;

/** Everything the extractor found in one article; offsets index into {@link ArticleText#text()}. */
public record Extraction(List<PersonMention> people, List<Quotation> quotations, List<DeploymentReport> deployments,
        List<String> byline) {
    public Extraction {
        people = List.copyOf(people);
        quotations = List.copyOf(quotations);
        deployments = List.copyOf(deployments);
        byline = List.copyOf(byline);
    }
}
