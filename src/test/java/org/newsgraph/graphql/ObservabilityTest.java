package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.newsgraph.graphql.GraphQL.graphql;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What a platform scrapes: Prometheus metrics with GraphQL operations counted and timed. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void graphqlOperationsAreCountedAndTimedInPrometheusMetrics() {
        graphql("query PeopleForMetrics { people(first: 1) { totalCount } }").statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count"))
                .body(containsString("name=\"people\""));
    }
}
