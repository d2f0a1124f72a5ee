package org.newsgraph.graphql;

import jakarta.json.Json;

/** The body of an answer refused before GraphQL runs: one GraphQL error with its stable code. */
final class GraphQLErrorBody {
    private GraphQLErrorBody() {
    }

    static String of(String message, String code) {
        return Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", message)
                        .add("extensions", Json.createObjectBuilder().add("code", code))))
                .build().toString();
    }
}
