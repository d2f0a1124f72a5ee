package org.newsgraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives every error a stable {@code extensions.code}, so clients match on codes and never on messages: the ones our
 * exceptions carry are kept; graphql-java's own (syntax, validation, limits) get one here.
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    private static final ErrorClassification UNAUTHORIZED = ErrorClassification.errorClassification("Unauthorized");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream()
                .allMatch(e -> e.getExtensions() != null && e.getExtensions().containsKey("code"))) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            if (isSecurityRefusal(fetching.getException())) {
                // Quarkus's security exceptions carry no message, and SmallRye would answer "System error".
                return GraphqlErrorBuilder.newError()
                        .message("Writing needs the editor's credentials (HTTP Basic)")
                        .locations(error.getLocations())
                        .path(error.getPath())
                        .errorType(UNAUTHORIZED)
                        .extensions(Map.of("code", "unauthorized"))
                        .build();
            }
            // SmallRye codes the others from the exception (@ErrorCode) when it writes the response.
            return error;
        }
        Map<String, Object> extensions = error.getExtensions() == null
                ? new HashMap<>()
                : new HashMap<>(error.getExtensions());
        if (extensions.containsKey("code")) {
            return error;
        }
        extensions.put("code", codeOf(error, extensions));
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static boolean isSecurityRefusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof UnauthorizedException || t instanceof ForbiddenException) {
                return true;
            }
        }
        return false;
    }

    static String codeOf(GraphQLError error, Map<String, Object> extensions) {
        ErrorClassification type = error.getErrorType();
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (extensions.containsKey("violations")) {
            return "invalid-input";
        }
        if (type == ErrorType.InvalidSyntax) {
            return "graphql-parse-failed";
        }
        if (type == ErrorType.ValidationError) {
            return "graphql-validation-failed";
        }
        if (message.startsWith("maximum query depth exceeded")) {
            return "query-too-deep";
        }
        if (message.startsWith("maximum query complexity exceeded")) {
            return "query-too-complex";
        }
        if (type == ErrorType.OperationNotSupported) {
            return "operation-not-supported";
        }
        return "internal-error";
    }
}
