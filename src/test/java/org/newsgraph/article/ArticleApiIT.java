package org.newsgraph.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ArticleApiTest} against the packaged application (the jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class ArticleApiIT extends ArticleApiTest {
}
