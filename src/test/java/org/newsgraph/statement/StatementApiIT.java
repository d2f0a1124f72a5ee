package org.newsgraph.statement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StatementApiTest} against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class StatementApiIT extends StatementApiTest {
}
