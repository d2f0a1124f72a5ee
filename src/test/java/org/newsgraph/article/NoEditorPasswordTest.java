package org.newsgraph.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.newsgraph.graphql.GraphQL.send;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With NEWSGRAPH_EDITOR_PASSWORD unset, as in a fresh production deployment, no password opens writes. */
@QuarkusTest
@TestProfile(NoEditorPasswordTest.Unset.class)
class NoEditorPasswordTest {

    /** The production setting, without the test profile's password. */
    public static class Unset implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.security.users.embedded.users.editor",
                    "${NEWSGRAPH_EDITOR_PASSWORD:${quarkus.uuid}}");
        }
    }

    @Test
    void noGuessablePasswordWrites() {
        for (String guess : List.of("", "editor", "password", "admin", "changeme", "newsgraph", "null", "test")) {
            send(given().auth().preemptive().basic("editor", guess),
                    "mutation { articleIngest(input: {text: \"A guess.\"}) { created } }", Map.of())
                    .statusCode(401)
                    .body("errors[0].extensions.code", equalTo("unauthorized"));
        }
    }
}
