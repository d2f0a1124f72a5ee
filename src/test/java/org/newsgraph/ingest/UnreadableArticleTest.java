package org.newsgraph.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.newsgraph.graphql.GraphQL.asEditor;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.graphql.TestArticles;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnreadableArticleTest {

    @Test
    void anArticleTheExtractorTripsOnIsRefusedWithItsOwnCodeAndNothingStored() {
        QuarkusMock.installMockForType(new ArticleReader(article -> {
            throw new NullPointerException("a rule met a place with no country");
        }), ArticleReader.class);
        int before = graphql("{ articles(first: 1) { totalCount } }").extract().path("data.articles.totalCount");
        String text = TestArticles.ministerQuotes(TestArticles.token(), 2);
        asEditor("""
                mutation($input: ArticleInput!) { articleIngest(input: $input) { created } }""",
                Map.of("input", Map.of("text", text)))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("extraction-failed"))
                .body("errors[0].message", containsString("nothing was stored"))
                .body("errors[0].message", not(containsString("NullPointer")));
        graphql("{ articles(first: 1) { totalCount } }").body("data.articles.totalCount", equalTo(before));
    }
}
