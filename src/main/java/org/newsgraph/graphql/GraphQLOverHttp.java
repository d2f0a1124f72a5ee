package org.newsgraph.graphql;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The GraphQL-over-HTTP rules SmallRye does not apply itself: a request that cannot be read, parsed or validated gets
 * HTTP 400 (when the client speaks {@code application/graphql-response+json}), and a mutation over GET gets 405. Each
 * refusal is a GraphQL error with a stable {@code extensions.code}. Requests that pass go on to SmallRye untouched.
 */
@ApplicationScoped
public class GraphQLOverHttp {
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    Instance<GraphQLSchema> schema;
    @Inject
    GraphQLLimits limits;

    void install(@Observes Router router) {
        router.post("/graphql").order(Integer.MIN_VALUE)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxRequestBytes()))
                .handler(this::check);
        router.get("/graphql").order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String negotiated = responseType(ctx);
        // SmallRye always answers application/graphql-response+json; a client that asked for JSON gets JSON.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Content-Type", negotiated + "; charset=utf-8"));
        try {
            JsonObject request = ctx.request().method() == HttpMethod.GET ? fromQueryString(ctx) : fromBody(ctx);
            if (request != null) {
                checkDocument(ctx, request);
            }
            ctx.next();
        } catch (Refusal refusal) {
            String body = GraphQLErrorBody.of(refusal.getMessage(), refusal.code);
            var response = ctx.response().setStatusCode(refusal.status);
            if (refusal.status == 405) {
                response.putHeader("Allow", "POST");
            }
            response.end(body);
        }
    }

    /** The request's parameters, or null for a body in {@code application/graphql}, which SmallRye reads itself. */
    private static JsonObject fromBody(RoutingContext ctx) {
        if (ctx.body().length() <= 0) {
            throw new Refusal(400, "invalid-request", "The request has no body");
        }
        String contentType = ctx.request().getHeader("Content-Type");
        String mediaType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (mediaType.startsWith("application/graphql")) {
            return null;
        }
        if (!mediaType.startsWith("application/json")) {
            throw new Refusal(415, "unsupported-media-type", "Send the request as application/json");
        }
        JsonValue body;
        try (var reader = Json.createReader(new StringReader(ctx.body().asString("UTF-8")))) {
            body = reader.readValue();
        } catch (RuntimeException e) {
            // Parsson signals too deep nesting with a plain RuntimeException, not a JsonException.
            throw new Refusal(400, "invalid-request", "The request body is not JSON");
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refusal(400, "invalid-request", "The request body must be a JSON object");
        }
        return body.asJsonObject();
    }

    private static JsonObject fromQueryString(RoutingContext ctx) {
        var params = Json.createObjectBuilder();
        for (String name : List.of("query", "operationName")) {
            String value = ctx.request().getParam(name);
            if (value != null) {
                params.add(name, value);
            }
        }
        for (String name : List.of("variables", "extensions")) {
            String value = ctx.request().getParam(name);
            if (value != null) {
                try (var reader = Json.createReader(new StringReader(value))) {
                    params.add(name, reader.readValue());
                } catch (RuntimeException e) {
                    throw new Refusal(400, "invalid-request", "The " + name + " parameter is not JSON");
                }
            }
        }
        return params.build();
    }

    private void checkDocument(RoutingContext ctx, JsonObject request) {
        String query = stringParameter(request, "query", true);
        String operationName = stringParameter(request, "operationName", false);
        Map<String, Object> variables = objectParameter(request, "variables");
        objectParameter(request, "extensions");

        var input = ExecutionInput.newExecutionInput(query).operationName(operationName).variables(variables).build();
        ParseAndValidateResult parsed = ParseAndValidate.parse(input);
        if (parsed.isFailure()) {
            // Legacy JSON clients get 200 for any well-formed HTTP request, errors included.
            throw new Refusal(acceptsGraphQLResponse(ctx) ? 400 : 200, "graphql-parse-failed",
                    parsed.getSyntaxException().getMessage());
        }
        long aliases = countAliases(parsed.getDocument());
        if (aliases > limits.maxAliases()) {
            throw new Refusal(400, "too-many-aliases",
                    "The query has " + aliases + " aliases; at most " + limits.maxAliases() + " are allowed");
        }
        var operations = parsed.getDocument().getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName())).toList();
        if (ctx.request().method() == HttpMethod.GET
                && operations.stream().anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY)) {
            throw new Refusal(405, "method-not-allowed", "Mutations must be sent with POST");
        }
        if (!acceptsGraphQLResponse(ctx)) {
            return;
        }
        var errors = ParseAndValidate.validate(schema.get(), parsed.getDocument(), Locale.ROOT);
        if (!errors.isEmpty()) {
            throw new Refusal(400, "graphql-validation-failed", errors.get(0).getMessage());
        }
        if (operations.size() == 1) {
            try {
                ValuesResolver.coerceVariableValues(schema.get(), operations.get(0).getVariableDefinitions(),
                        RawVariables.of(variables), GraphQLContext.getDefault(), Locale.ROOT);
            } catch (RuntimeException e) {
                throw new Refusal(400, "invalid-variables", e.getMessage());
            }
        }
    }

    private static long countAliases(Document document) {
        var count = new long[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    count[0]++;
                }
                return TraversalControl.CONTINUE;
            }
        }, document.getDefinitions());
        return count[0];
    }

    private static String stringParameter(JsonObject request, String name, boolean required) {
        JsonValue value = request.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new Refusal(400, "invalid-request", "The request has no " + name);
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new Refusal(400, "invalid-request", "The " + name + " parameter must be a string");
        }
        return ((JsonString) value).getString();
    }

    private static Map<String, Object> objectParameter(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refusal(400, "invalid-request", "The " + name + " parameter must be a JSON object");
        }
        return JsonValues.toJava(value.asJsonObject());
    }

    /** The legacy {@code application/json} clients expect 200 for GraphQL errors; only the new media type gets 400. */
    private static boolean acceptsGraphQLResponse(RoutingContext ctx) {
        return responseType(ctx).equals(GRAPHQL_RESPONSE);
    }

    /**
     * The media type of the answer: the new one when the client lists it before {@code application/json}; plain JSON
     * otherwise, including for no Accept header or {@code *}{@code /*}, as the spec asks during the transition.
     */
    private static String responseType(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        String lower = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        int graphql = lower.indexOf(GRAPHQL_RESPONSE);
        int json = lower.indexOf("application/json");
        return graphql >= 0 && (json < 0 || graphql < json) ? GRAPHQL_RESPONSE : "application/json";
    }

    /** A request refused before execution. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
