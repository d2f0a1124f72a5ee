package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/** Status codes and media types of the GraphQL-over-HTTP spec, for requests that are refused before execution. */
@QuarkusTest
class GraphQLOverHttpTest {
    private static final String NEW = "application/graphql-response+json";
    private static final String JSON = "application/json";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("broken JSON", NEW, JSON, "{\"query\": ", 400, "invalid-request"),
                Arguments.of("broken JSON, legacy client", JSON, JSON, "{\"query\": ", 400, "invalid-request"),
                Arguments.of("a JSON array", NEW, JSON, "[{\"query\": \"{ articles { totalCount } }\"}]", 400,
                        "invalid-request"),
                Arguments.of("no query", NEW, JSON, "{\"variables\": {}}", 400, "invalid-request"),
                Arguments.of("a number as query", NEW, JSON, "{\"query\": 42}", 400, "invalid-request"),
                Arguments.of("variables as a string", NEW, JSON,
                        "{\"query\": \"{ articles { totalCount } }\", \"variables\": \"{}\"}", 400, "invalid-request"),
                Arguments.of("extensions as an array", NEW, JSON,
                        "{\"query\": \"{ articles { totalCount } }\", \"extensions\": []}", 400, "invalid-request"),
                Arguments.of("a document that does not parse", NEW, JSON, "{\"query\": \"{ articles { \"}", 400,
                        "graphql-parse-failed"),
                Arguments.of("a document that does not parse, legacy client", JSON, JSON,
                        "{\"query\": \"{ articles { \"}", 200, "graphql-parse-failed"),
                Arguments.of("a field the schema lacks", NEW, JSON, "{\"query\": \"{ articles { shoeSize } }\"}", 400,
                        "graphql-validation-failed"),
                Arguments.of("a variable of the wrong type", NEW, JSON,
                        "{\"query\": \"query($f: PersonFilter) { people(filter: $f) { totalCount } }\","
                                + " \"variables\": {\"f\": [1, 2]}}",
                        400, "invalid-variables"),
                Arguments.of("a media type that is not JSON", NEW, "text/plain", "{\"query\": \"{ __typename }\"}",
                        415, "unsupported-media-type"),
                Arguments.of("an empty body", NEW, JSON, "", 400, "invalid-request"),
                Arguments.of("31 aliases", NEW, JSON, "{\"query\": \"{ " + aliases(31) + " }\"}", 400,
                        "too-many-aliases"));
    }

    private static String aliases(int n) {
        var query = new StringBuilder();
        for (int i = 0; i < n; i++) {
            query.append("a").append(i).append(": articles(first: 100) { totalCount } ");
        }
        return query.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRequestThatCannotBeExecutedIsRefusedWithAStatusAndACode(String what, String accept, String contentType,
            String body, int status, String code) {
        given().accept(accept).contentType(contentType).body(body)
                .when().post("/graphql")
                .then().statusCode(status)
                .header("Content-Type", startsWith(accept))
                .body("errors[0].extensions.code", equalTo(code));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("acceptHeaders")
    void theAnswerIsInTheMediaTypeTheClientAskedFor(String accept, String expected) {
        var request = given().contentType(JSON).body("{\"query\": \"{ articles(first: 1) { totalCount } }\"}");
        if (accept != null) {
            request.header("Accept", accept);
        }
        request.when().post("/graphql").then().statusCode(200).header("Content-Type", startsWith(expected));
    }

    static Stream<Arguments> acceptHeaders() {
        return Stream.of(Arguments.of(NEW, NEW), Arguments.of(JSON, JSON), Arguments.of("*/*", JSON),
                Arguments.of(null, JSON), Arguments.of(NEW + ", " + JSON + ";q=0.9", NEW));
    }
}
