package org.newsgraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * GET is for queries only: a link or an image tag must never write. A mutation sent over GET is answered 405 with
 * code "method-not-allowed" before it reaches the engine.
 */
@ApplicationScoped
public class GetMutationGuard {
    private static final String BODY = Json.createObjectBuilder()
            .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("message", "Mutations must be sent with POST")
                    .add("extensions", Json.createObjectBuilder().add("code", "method-not-allowed"))))
            .build().toString();

    void install(@Observes Router router) {
        router.get("/graphql").order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String query = ctx.request().getParam("query");
        if (query != null && isMutation(query, ctx.request().getParam("operationName"))) {
            ctx.response().setStatusCode(405)
                    .putHeader("Allow", "POST")
                    .putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                    .end(BODY);
        } else {
            ctx.next();
        }
    }

    /** True when the operation that would run is not a query; a document that does not parse is the engine's to report. */
    private static boolean isMutation(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return false;
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
    }
}
