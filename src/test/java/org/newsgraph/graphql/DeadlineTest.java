package org.newsgraph.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A request that runs past its time limit stops resolving fields and says so with code "timeout". */
@QuarkusTest
@TestProfile(DeadlineTest.OneMillisecond.class)
class DeadlineTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.timeout", "1ms");
        }
    }

    @Test
    void aRequestPastItsTimeLimitIsCutShortWithCodeTimeout() {
        graphql("""
                { people(first: 100) { nodes { name aliases articles { title people { name aliases } }
                                                statements(first: 100) { nodes { text article { title } } } } } }""")
                .statusCode(200)
                .body("errors.extensions.code", hasItem("timeout"))
                .body("errors.find { it.extensions.code == 'timeout' }.message",
                        equalTo("The request took longer than 1 ms"));
    }
}
