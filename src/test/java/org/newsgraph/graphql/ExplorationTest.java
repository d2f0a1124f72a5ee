package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.newsgraph.graphql.GraphQL.graphql;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an analyst and an operator reach besides the API itself. */
@QuarkusTest
class ExplorationTest {

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("graphiql"));
    }

    @Test
    void theSchemaIsServedAsSdl() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Query"));
    }

    @Test
    void readinessWaitsForTheSeeds() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("seeds"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aQueryTooDeepIsRefusedWithACode() {
        String deep = "{ people { nodes { " + "articles { people { ".repeat(6) + "id" + " } }".repeat(6) + " } } }";
        graphql(deep)
                .body("errors[0].extensions.code", equalTo("query-too-deep"));
    }

    @Test
    void aQueryThatIsNotValidGetsAValidationCodeAndNoSuggestion() {
        graphql("{ people { nodes { nam } } }")
                .body("errors[0].extensions.code", equalTo("graphql-validation-failed"))
                .body("errors[0].message", not(containsString("Did you mean")))
                .body("errors[0].message", not(containsString("name")));
    }

    @Test
    void browsersOnOtherOriginsMayRead() {
        given().header("Origin", "https://analyst.example.org").when().get("/q/health/live").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "https://analyst.example.org");
    }
}
