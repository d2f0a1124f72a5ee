package org.newsgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request is well-formed GraphQL but an argument makes no sense (a bad id, cursor or page size). */
@ErrorCode("invalid-input")
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
