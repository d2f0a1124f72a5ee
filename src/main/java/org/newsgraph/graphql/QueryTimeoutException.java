package org.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request ran past its time limit; fields not yet resolved are left null. */
@ErrorCode("timeout")
public class QueryTimeoutException extends RuntimeException {
    public QueryTimeoutException(String message) {
        super(message, null, false, false);
    }
}
