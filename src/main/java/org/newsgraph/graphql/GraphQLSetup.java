package org.newsgraph.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * The graphql-java engine as we want it: query bounds, a time limit, and codes on every error. SmallRye hands us the builder just
 * before it builds the engine; the instrumentation set here replaces SmallRye's, so the bounds live here too.
 */
@ApplicationScoped
public class GraphQLSetup {
    @Inject
    GraphQLLimits limits;

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(limits.maxDepth()),
                new MaxQueryComplexityInstrumentation(limits.maxComplexity()),
                new DeadlineInstrumentation(limits.timeout()),
                new ErrorCodeInstrumentation())));
    }
}
