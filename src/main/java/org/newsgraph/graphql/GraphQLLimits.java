package org.newsgraph.graphql;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on one request, since reads are public; each has an environment variable, e.g. NEWSGRAPH_GRAPHQL_MAX_DEPTH. */
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

    /** Most aliased fields in one document: aliases let one request repeat an expensive field many times. */
    @WithDefault("30")
    int maxAliases();

    /** How long one request may resolve fields before the rest is abandoned. */
    @WithDefault("10s")
    Duration timeout();
}
