package org.newsgraph.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.newsgraph.graphql.GraphQL.send;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.graphql.GraphQL;
import org.newsgraph.graphql.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The editor password is rotated by setting NEWSGRAPH_EDITOR_PASSWORD alone: the new one writes, the old one not. */
@QuarkusTest
@TestProfile(RotatedEditorPasswordTest.Rotated.class)
class RotatedEditorPasswordTest {

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.security.users.embedded.users.editor",
                    "${NEWSGRAPH_EDITOR_PASSWORD:${quarkus.uuid}}",
                    "NEWSGRAPH_EDITOR_PASSWORD", "rotated-on-tuesday");
        }
    }

    private static final String INGEST = """
            mutation($input: ArticleInput!) { articleIngest(input: $input) { created } }""";

    @Test
    void theNewPasswordWritesAndTheOldOneDoesNot() {
        Map<String, Object> input = Map.of("input",
                Map.of("text", TestArticles.ministerQuotes(TestArticles.token(), 1)));
        send(given().auth().preemptive().basic("editor", GraphQL.EDITOR_PASSWORD), INGEST, input)
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("unauthorized"));
        send(given().auth().preemptive().basic("editor", "rotated-on-tuesday"), INGEST, input)
                .statusCode(200)
                .body("data.articleIngest.created", is(true));
    }
}
