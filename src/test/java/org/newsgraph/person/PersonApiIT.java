package org.newsgraph.person;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PersonApiTest} against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class PersonApiIT extends PersonApiTest {
}
