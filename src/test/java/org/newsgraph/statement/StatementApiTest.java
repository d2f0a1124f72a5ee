package org.newsgraph.statement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.graphql.GraphQL.graphql;
import static org.newsgraph.graphql.GraphQL.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.graphql.TestArticles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatementApiTest {

    @Test
    void aStatementCarriesItsSpeakerArticleDateAndAttribution() {
        graphql("""
                { statements(first: 1, filter: { text: "consulting closely with our allies" }) {
                    nodes { text context startOffset endOffset statedOn attribution
                            speaker { name } article { outlet publishedOn } deployments { origin } } } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.statements.nodes[0].speaker.name", equalTo("Lloyd Austin"))
                .body("data.statements.nodes[0].statedOn", equalTo("2024-10-31"))
                .body("data.statements.nodes[0].attribution", equalTo("EXPLICIT"))
                .body("data.statements.nodes[0].article.outlet", equalTo("CNN"))
                .body("data.statements.nodes[0].endOffset", greaterThan(0));
    }

    @Test
    void aQuotationWithNoPersonBehindItHasNoSpeakerButKeepsItsSource() {
        String token = TestArticles.token();
        ingest(TestArticles.ministerQuotes(token, 1), "2025-03-07");
        graphql("""
                query($t: String!) { statements(filter: { text: $t }) { nodes { text speaker { name } source } } }""",
                Map.of("t", "reject these claims about the " + token))
                .body("data.statements.nodes", hasSize(1))
                .body("data.statements.nodes[0].speaker", nullValue())
                .body("data.statements.nodes[0].source", equalTo("the Kremlin"));
    }

    @Test
    void aQuotationInterruptedByItsAttributionIsOneStatementWithTheStretchesThatHoldIt() {
        String token = TestArticles.token();
        ingest("Finnish Defence Minister Aino Virtanen visited the " + token + " brigade on Tuesday.\n"
                + "“The " + token + " brigade,” Virtanen said, “is a promise we keep.”\n", "2025-03-07");
        var response = graphql("""
                query($t: String!) { statements(filter: { text: $t }) {
                    nodes { text startOffset endOffset parts { startOffset endOffset } speaker { name }
                            article { text } } } }""", Map.of("t", "promise " + token))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.statements.nodes", hasSize(1))
                .body("data.statements.nodes[0].text", equalTo("The " + token + " brigade is a promise we keep."))
                .body("data.statements.nodes[0].speaker.name", equalTo("Aino Virtanen"))
                .body("data.statements.nodes[0].parts", hasSize(2))
                .extract();
        String article = response.path("data.statements.nodes[0].article.text");
        List<Map<String, Integer>> parts = response.path("data.statements.nodes[0].parts");
        assertEquals(List.of("The " + token + " brigade", "is a promise we keep."),
                parts.stream().map(p -> article.substring(p.get("startOffset"), p.get("endOffset"))).toList());
        assertEquals(parts.get(0).get("startOffset"), response.path("data.statements.nodes[0].startOffset"));
        assertEquals(parts.get(1).get("endOffset"), response.path("data.statements.nodes[0].endOffset"));
    }

    @Test
    void statementsAreFilteredBySpeakerArticleWordsAndDates() {
        String token = TestArticles.token();
        String article = ingest(TestArticles.ministerQuotes(token, 3), "2025-03-07");
        graphql("""
                query($a: ID!) { statements(filter: { article: $a }) { totalCount nodes { article { id } } } }""",
                Map.of("a", article))
                .body("data.statements.totalCount", is(4))
                .body("data.statements.nodes.article.id", everyItem(equalTo(article)));

        String blinken = graphql("""
                { people(filter: { name: "Antony Blinken" }) { nodes { id } } }""")
                .extract().path("data.people.nodes[0].id");
        graphql("""
                query($s: ID!) { statements(first: 100, filter: { speaker: $s }) { nodes { speaker { name } } } }""",
                Map.of("s", blinken))
                .body("data.statements.nodes.speaker.name", everyItem(equalTo("Antony Blinken")))
                .body("data.statements.nodes.size()", greaterThan(3));

        graphql("""
                { statements(filter: { text: "CHINA silence surprised" }) { nodes { text } } }""")
                .body("data.statements.nodes.text", contains("I’m surprised by China’s silence"));

        graphql("""
                { statements(first: 100, filter: { statedFrom: "2024-11-01", statedTo: "2024-11-01" }) {
                    nodes { statedOn speaker { name } } } }""")
                .body("data.statements.nodes.statedOn", everyItem(equalTo("2024-11-01")))
                .body("data.statements.nodes.speaker.name", hasItem("Sergey Lavrov"));
    }

    @Test
    void aStatementIsFoundByIdAndAnUnknownIdGivesNull() {
        String id = graphql("""
                { statements(first: 1) { nodes { id } } }""").extract().path("data.statements.nodes[0].id");
        graphql("""
                query($id: ID!) { statement(id: $id) { id text } }""", Map.of("id", id))
                .body("data.statement.id", equalTo(id));
        graphql("""
                { statement(id: "99999999") { id } }""")
                .body("errors", nullValue())
                .body("data.statement", nullValue());
    }

    @Test
    void tooManyWordsInATextFilterAreRefused() {
        graphql("""
                { statements(filter: { text: "a b c d e f g h i j k" }) { totalCount } }""")
                .body("errors[0].extensions.code", equalTo("invalid-input"));
    }
}
