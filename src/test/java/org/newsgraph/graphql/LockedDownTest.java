package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Exploration is on by default; an operator can turn introspection and GraphiQL off by configuration alone. */
@QuarkusTest
@TestProfile(LockedDownTest.NoExploration.class)
class LockedDownTest {

    public static class NoExploration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false");
        }
    }

    @Test
    void introspectionIsRefusedButQueriesStillWork() {
        graphql("{ __schema { types { name } } }").body("errors[0].extensions.code", notNullValue());
        graphql("{ articles(first: 1) { totalCount } }").body("data.articles.totalCount", notNullValue());
    }

    @Test
    void graphiqlIsNotServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
    }
}
