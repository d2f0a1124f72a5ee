package org.newsgraph.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.graphql.GraphQL.EDITOR_PASSWORD;
import static org.newsgraph.graphql.GraphQL.asEditor;
import static org.newsgraph.graphql.GraphQL.graphql;
import static org.newsgraph.graphql.GraphQL.ingest;
import static org.newsgraph.graphql.GraphQL.send;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.graphql.TestArticles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleApiTest {
    private static final String INGEST = """
            mutation($input: ArticleInput!) {
              articleIngest(input: $input) {
                created
                article { id title outlet url publishedOn text byline
                          people { name role affiliation }
                          statements { text startOffset endOffset parts { startOffset endOffset } speaker { name } }
                          deployments { origin } }
              }
            }""";

    @Test
    void theSeedArticleIsServedWithItsMetadata() {
        graphql("""
                { articles(first: 100) { nodes { outlet publishedOn byline } } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.articles.nodes.outlet", hasItem("CNN"))
                .body("data.articles.nodes.publishedOn", hasItem("2024-11-01"));
    }

    @Test
    void ingestingAnArticleStoresWhatWasFoundInItWithOffsetsIntoItsText() {
        String text = TestArticles.ministerQuotes(TestArticles.token(), 2);
        var response = asEditor(INGEST, Map.of("input", Map.of("text", text, "title", "Exercise goes ahead",
                "outlet", "Test Wire", "url", "https://example.org/a", "publishedOn", "2025-03-07")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.articleIngest.created", is(true))
                .body("data.articleIngest.article.title", equalTo("Exercise goes ahead"))
                .body("data.articleIngest.article.publishedOn", equalTo("2025-03-07"))
                .body("data.articleIngest.article.people.name", hasItem("Aino Virtanen"))
                .body("data.articleIngest.article.statements", hasSize(3))
                .extract();
        String stored = response.path("data.articleIngest.article.text");
        List<Map<String, Object>> statements = response.path("data.articleIngest.article.statements");
        for (var s : statements) {
            assertEquals(s.get("text"), stored.substring((int) s.get("startOffset"), (int) s.get("endOffset")));
            assertEquals(List.of(Map.of("startOffset", s.get("startOffset"), "endOffset", s.get("endOffset"))),
                    s.get("parts"));
        }
    }

    @Test
    void ingestingTheSameArticleTwiceCreatesNothing() {
        String text = TestArticles.ministerQuotes(TestArticles.token(), 2);
        String id = ingest(text, "2025-03-07");
        asEditor(INGEST, Map.of("input", Map.of("text", "  " + text.replace("\n", "\r\n") + "\n")))
                .statusCode(200)
                .body("data.articleIngest.created", is(false))
                .body("data.articleIngest.article.id", equalTo(id))
                .body("data.articleIngest.article.statements", hasSize(3));
        graphql("""
                query($id: ID!) { statements(filter: { article: $id }) { totalCount } }""", Map.of("id", id))
                .body("data.statements.totalCount", is(3));
    }

    @Test
    void anAnonymousWriteIsRefusedAndWritesNothing() {
        String token = TestArticles.token();
        send(given(), INGEST, Map.of("input", Map.of("text", TestArticles.ministerQuotes(token, 1))))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("unauthorized"))
                .body("errors[0].message", equalTo("Writing needs the editor's credentials (HTTP Basic)"));
        assertNothingStoredAbout(token);
    }

    @Test
    void aWrongPasswordIsRefusedAndWritesNothing() {
        String token = TestArticles.token();
        for (String user : List.of("editor", "nobody")) {
            send(given().auth().preemptive().basic(user, "not-the-password"), INGEST,
                    Map.of("input", Map.of("text", TestArticles.ministerQuotes(token, 1))))
                    .statusCode(401)
                    .body("errors[0].extensions.code", equalTo("unauthorized"))
                    .body("errors[0].message", equalTo("Wrong user name or password"));
        }
        assertNothingStoredAbout(token);
    }

    @Test
    void aBlankTextIsRefusedWithInvalidInput() {
        asEditor(INGEST, Map.of("input", Map.of("text", "   ")))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("invalid-input"));
    }

    @Test
    void aMutationOverGetIsRefused() {
        given().auth().preemptive().basic("editor", EDITOR_PASSWORD)
                .queryParam("query", "mutation { articleIngest(input: {text: \"Hello there\"}) { created } }")
                .when().get("/graphql")
                .then().statusCode(405)
                .body("errors[0].extensions.code", equalTo("method-not-allowed"));
    }

    @Test
    void articlesCanBeReadWithGet() {
        given().queryParam("query", "{ articles(first: 1) { totalCount nodes { id } } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.articles.nodes", hasSize(1));
    }

    @Test
    void anArticleIsFoundByIdAndAnUnknownIdGivesNull() {
        String id = ingest(TestArticles.ministerQuotes(TestArticles.token(), 1), null);
        graphql("""
                query($id: ID!) { article(id: $id) { id outlet statements { text } } }""", Map.of("id", id))
                .body("data.article.id", equalTo(id))
                .body("data.article.outlet", equalTo("Test Wire"))
                .body("data.article.statements", not(empty()));
        graphql("""
                { article(id: "987654321") { id } }""")
                .body("errors", nullValue())
                .body("data.article", nullValue());
        graphql("""
                { article(id: "not-an-id") { id } }""")
                .body("errors[0].extensions.code", equalTo("invalid-input"))
                .body("data.article", nullValue());
    }

    @Test
    void aSecondArticleNamingTheSamePersonAddsToThatPerson() {
        String token = TestArticles.token();
        ingest(TestArticles.ministerQuotes(token, 1), "2025-03-07");
        String second = "Finland's Defence Minister Aino Virtanen warned on Monday that the " + token
                + " drills would be expanded.\n“We will not be intimidated,” Virtanen told reporters.\n";
        ingest(second, "2025-03-11");
        graphql("""
                { people(filter: { name: "Aino Virtanen" }) { totalCount nodes { name articles { id } } } }""")
                .body("data.people.totalCount", is(1))
                .body("data.people.nodes[0].articles.size()", greaterThanOrEqualTo(2));
    }

    private static void assertNothingStoredAbout(String token) {
        graphql("""
                query($t: String!) { statements(filter: { text: $t }) { totalCount } }""", Map.of("t", token))
                .body("data.statements.totalCount", is(0));
    }
}
