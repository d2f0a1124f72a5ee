package org.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ObservabilityTest} against the packaged application. */
@QuarkusIntegrationTest
class ObservabilityIT extends ObservabilityTest {
}
