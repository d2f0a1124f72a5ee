package org.newsgraph.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.newsgraph.graphql.GraphQL.graphql;
import static org.newsgraph.graphql.GraphQL.ingest;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.graphql.TestArticles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PersonApiTest {

    @Test
    void theSeedPeopleAreListedWithRoleAndAffiliation() {
        graphql("""
                { people(first: 100) { totalCount nodes { name role affiliation } } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.people.nodes.name", hasItems("Antony Blinken", "Lloyd Austin", "Volodymyr Zelensky",
                        "Sergey Lavrov", "Choe Son Hui"))
                .body("data.people.nodes.find { it.name == 'Antony Blinken' }.role", equalTo("Secretary of State"))
                .body("data.people.nodes.find { it.name == 'Antony Blinken' }.affiliation", equalTo("United States"))
                .body("data.people.nodes.find { it.name == 'Sergey Lavrov' }.affiliation", equalTo("Russia"));
    }

    @Test
    void peopleAreFoundByAnyPartOfANameOrAliasInAnyCase() {
        graphql("""
                { people(filter: { name: "bLiNk" }) { nodes { name } } }""")
                .body("data.people.nodes.name", contains("Antony Blinken"));
        // other articles the suite ingests may describe another top diplomat the same way
        graphql("""
                { people(filter: { name: "top us diplomat" }) { nodes { name } } }""")
                .body("data.people.nodes.name", hasItem("Antony Blinken"));
        graphql("""
                { people(filter: { name: "no such person anywhere" }) { totalCount nodes { name } } }""")
                .body("data.people.totalCount", is(0))
                .body("data.people.nodes", hasSize(0));
    }

    @Test
    void peopleAreFilteredByAffiliation() {
        graphql("""
                { people(first: 100, filter: { affiliation: "united states" }) { nodes { name affiliation } } }""")
                .body("data.people.nodes.name", hasItems("Antony Blinken", "Lloyd Austin"))
                .body("data.people.nodes.name", not(hasItem("Sergey Lavrov")))
                .body("data.people.nodes.affiliation", everyItem(equalTo("United States")));
    }

    @Test
    void aLikeWildcardInAFilterMatchesOnlyItself() {
        graphql("""
                { people(filter: { name: "%" }) { totalCount } }""")
                .body("errors", nullValue())
                .body("data.people.totalCount", is(0));
    }

    @Test
    void aPersonLeadsToWhatTheySaidAndTheArticlesThatNameThem() {
        String id = graphql("""
                { people(filter: { name: "Lavrov" }) { nodes { id } } }""")
                .extract().path("data.people.nodes[0].id");
        graphql("""
                query($id: ID!) {
                  person(id: $id) {
                    name aliases
                    articles { outlet }
                    statements(first: 1) { totalCount pageInfo { hasNextPage } nodes { text speaker { name } } }
                  }
                }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.person.name", equalTo("Sergey Lavrov"))
                .body("data.person.aliases", hasItem("Lavrov"))
                .body("data.person.articles.outlet", hasItem("CNN"))
                .body("data.person.statements.totalCount", greaterThanOrEqualTo(2))
                .body("data.person.statements.pageInfo.hasNextPage", is(true))
                .body("data.person.statements.nodes[0].speaker.name", equalTo("Sergey Lavrov"));
    }

    @Test
    void aPersonsStatementsArePagedPerPerson() {
        String token = TestArticles.token();
        ingest(TestArticles.ministerQuotes(token, 5), "2025-03-07");
        var first = graphql("""
                query($t: String!) {
                  statements(filter: { text: $t }, first: 1) { nodes { speaker { id } } }
                }""", Map.of("t", token)).extract();
        String speaker = first.path("data.statements.nodes[0].speaker.id");
        var page = graphql(
                """
                        query($id: ID!) {
                          person(id: $id) { statements(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
                        }""",
                Map.of("id", speaker)).extract();
        String cursor = page.path("data.person.statements.pageInfo.endCursor");
        int total = page.path("data.person.statements.totalCount");
        graphql("""
                query($id: ID!, $after: String) {
                  person(id: $id) { statements(first: 100, after: $after) { nodes { id } } }
                }""", Map.of("id", speaker, "after", cursor))
                .body("data.person.statements.nodes", hasSize(total - 3))
                .body("data.person.statements.nodes.id",
                        not(hasItem((String) page.path("data.person.statements.nodes[2].id"))));
    }

    @Test
    void theSamePersonSpelledTwoWaysIsOnePersonWithBothSpellings() {
        String token = TestArticles.token();
        ingest("Ukrainian President Volodymyr Zelenskyy said on Sunday that the " + token
                + " offensive had stalled.\n“We are holding the line,” Zelenskyy said in his nightly address.\n",
                "2025-02-03");
        graphql("""
                { people(filter: { name: "zelensk" }) { totalCount nodes { name aliases } } }""")
                .body("data.people.totalCount", is(1))
                .body("data.people.nodes[0].name", equalTo("Volodymyr Zelensky"))
                .body("data.people.nodes[0].aliases", hasItem("Volodymyr Zelenskyy"));
    }

    @Test
    void aPersonsIdIsAnIdAndUnknownOnesGiveNull() {
        graphql("""
                { person(id: "424242424") { name } }""")
                .body("errors", nullValue())
                .body("data.person", nullValue());
        graphql("""
                { person(id: "-1") { name } }""")
                .body("errors[0].extensions.code", equalTo("invalid-input"));
        graphql("""
                { __type(name: "Person") { fields { name type { kind ofType { name } } } } }""")
                .body("data.__type.fields.find { it.name == 'id' }.type.ofType.name", equalTo("ID"));
        graphql("""
                { __type(name: "PersonConnection") { fields { name } } }""")
                .body("data.__type.fields.name", containsInAnyOrder("totalCount", "pageInfo", "edges", "nodes"));
    }
}
