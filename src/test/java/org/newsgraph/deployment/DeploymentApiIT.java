package org.newsgraph.deployment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DeploymentApiTest} against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class DeploymentApiIT extends DeploymentApiTest {
}
