package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Sends GraphQL over HTTP as a front-end does: a POST of query and variables to /graphql. */
public final class GraphQL {
    /** The editor password of the test profile (application.properties, %test). */
    public static final String EDITOR_PASSWORD = "test-editor-password";

    private GraphQL() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return send(given(), query, variables);
    }

    public static ValidatableResponse asEditor(String query, Map<String, Object> variables) {
        return send(given().auth().preemptive().basic("editor", EDITOR_PASSWORD), query, variables);
    }

    public static ValidatableResponse send(RequestSpecification request, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return request.contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql").then();
    }

    /** Ingests an article as the editor and returns its id. */
    public static String ingest(String text, String publishedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("text", text);
        input.put("publishedOn", publishedOn);
        input.put("outlet", "Test Wire");
        return asEditor("""
                mutation($input: ArticleInput!) { articleIngest(input: $input) { article { id } created } }""",
                Map.of("input", input))
                .statusCode(200)
                .extract().path("data.articleIngest.article.id");
    }
}
