package org.newsgraph.extract;

import java.util.List;

/**
 * A report that troops of {@code origin} are (or were, or will be) in {@code hostCountry}/{@code region}.
 * {@code evidence} is the sentence that says so, at [{@code evidenceStart}, {@code evidenceEnd}) of the article;
 * {@code claimedBy} who makes the claim (null: the article's own narration); {@code quotations} the indexes in
 * {@link Extraction#quotations()} of the statements about this deployment.
 */
public record DeploymentReport(String origin, String hostCountry, String region, Integer troops,
        TroopsQualifier troopsQualifier, DeploymentStatus status, List<String> training, String claimedBy,
        String evidence, int evidenceStart, int evidenceEnd, List<Integer> quotations) {
    public DeploymentReport {
        training = List.copyOf(training);
        quotations = List.copyOf(quotations);
    }
}
