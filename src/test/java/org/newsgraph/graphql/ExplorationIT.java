package org.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExplorationTest} against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class ExplorationIT extends ExplorationTest {
}
