package org.newsgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PaginationTest} against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class PaginationIT extends PaginationTest {
}
