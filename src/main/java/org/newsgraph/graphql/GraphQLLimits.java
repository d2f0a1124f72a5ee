package org.newsgraph.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on one read, since reads are public: NEWSGRAPH_GRAPHQL_MAX_DEPTH, NEWSGRAPH_GRAPHQL_MAX_COMPLEXITY. */
@ConfigMapping(prefix = "newsgraph.graphql")
public interface GraphQLLimits {
    /** Deepest nesting of fields; the deepest sensible query (a person's statements' deployments' article) is 6. */
    @WithDefault("12")
    int maxDepth();

    /** Most fields in one query, counting each field of each fragment use. */
    @WithDefault("2000")
    int maxComplexity();

    /** Largest request body: room for an article of the largest size, JSON-escaped. */
    @WithDefault("2097152")
    int maxRequestBytes();
}
