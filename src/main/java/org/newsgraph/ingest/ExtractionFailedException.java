package org.newsgraph.ingest;

import io.smallrye.graphql.api.ErrorCode;

/** The extractor could not read an article; nothing of it was stored. */
@ErrorCode("extraction-failed")
public class ExtractionFailedException extends RuntimeException {
    public ExtractionFailedException() {
        super("The extractor could not read this article; nothing was stored. The server log has the cause.");
    }
}
