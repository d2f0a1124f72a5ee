package org.newsgraph.graphql;

import java.time.Duration;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Stops resolving fields once a request has run past its time limit, so no public query holds a worker and the
 * database for long. Fields started before the limit finish; the rest fail with code "timeout".
 */
public class DeadlineInstrumentation extends SimplePerformantInstrumentation {
    private final Duration timeout;

    public DeadlineInstrumentation(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Deadline deadline)) {
            return dataFetcher;
        }
        return environment -> {
            if (System.nanoTime() > deadline.at) {
                throw new QueryTimeoutException("The request took longer than " + timeout.toMillis() + " ms");
            }
            return dataFetcher.get(environment);
        };
    }

    private record Deadline(long at) implements InstrumentationState {
    }
}
