package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Deployments written in many ways, one sentence each: origin, host (country or region) and count must come out. */
class DeploymentPhrasingTest {
    private final Extractor extractor = new Extractor();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/extract/deployment-sentences.tsv", delimiter = '\t')
    void theDeploymentIsFound(String sentence, String origin, String host, int count) {
        Extraction x = extractor.extract(new ArticleText(sentence, LocalDate.of(2024, 11, 4)));
        boolean found = x.deployments().stream()
                .anyMatch(d -> d.origin().contains(origin) && (host.equals(d.hostCountry()) || host.equals(d.region()))
                        && Objects.equals(d.troops(), count));
        assertTrue(found, x.deployments().toString());
    }
}
