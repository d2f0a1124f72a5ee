package org.newsgraph.eval;

import static org.newsgraph.graphql.GraphQL.asEditor;
import static org.newsgraph.graphql.GraphQL.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.eval.EvalSet;
import org.newsgraph.extract.eval.GoldScorer;
import org.newsgraph.extract.eval.Targets;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The extraction as users get it: each article goes in through {@code articleIngest}, comes back out through GraphQL
 * (with people resolved across articles), and is scored against the hand-made gold with score.py's rules.
 */
@QuarkusTest
class ExtractionThroughApiTest {
    private static final String READ_BACK = """
            query($id: ID!) {
              article(id: $id) {
                people { name role affiliation aliases }
                statements { text source speaker { name } }
                deployments { origin hostCountry region troops }
              }
            }""";

    @Test
    void theSeedArticleScoresAtLeast95PerCentInEveryCategory() {
        Targets.assertSeed(scoreThroughApi(EvalSet.seed()));
    }

    @Test
    void theDevSetMeetsTheTargetsOnMicroAverage() {
        Targets.assertDevSet(", through the API", ExtractionThroughApiTest::scoreThroughApi);
    }

    private static GoldScorer.Result scoreThroughApi(EvalSet.Item item) {
        Map<String, Object> input = new HashMap<>();
        input.put("text", item.article().text());
        input.put("publishedOn", item.article().publishedOn() == null ? null : item.article().publishedOn().toString());
        String id = asEditor("""
                mutation($input: ArticleInput!) { articleIngest(input: $input) { article { id } } }""",
                Map.of("input", input))
                .statusCode(200).extract().path("data.articleIngest.article.id");
        Map<String, Object> article = graphql(READ_BACK, Map.of("id", id)).statusCode(200)
                .extract().path("data.article");
        return GoldScorer.score(item.gold(), prediction(article));
    }

    /** What the API served, in score.py's pred.json shape. */
    @SuppressWarnings("unchecked")
    static JsonObject prediction(Map<String, Object> article) {
        JsonArrayBuilder persons = Json.createArrayBuilder();
        for (var p : (List<Map<String, Object>>) article.get("people")) {
            persons.add(Json.createObjectBuilder(p));
        }
        JsonArrayBuilder statements = Json.createArrayBuilder();
        for (var s : (List<Map<String, Object>>) article.get("statements")) {
            var speaker = (Map<String, Object>) s.get("speaker");
            var o = Json.createObjectBuilder().add("quote", (String) s.get("text"));
            if (speaker != null) {
                o.add("speaker", (String) speaker.get("name"));
            } else {
                o.addNull("speaker");
            }
            if (s.get("source") != null) {
                o.add("speaker_org", (String) s.get("source"));
            }
            statements.add(o);
        }
        JsonArrayBuilder deployments = Json.createArrayBuilder();
        for (var d : (List<Map<String, Object>>) article.get("deployments")) {
            var o = Json.createObjectBuilder().add("origin", (String) d.get("origin"));
            add(o, "host_country", d.get("hostCountry"));
            add(o, "host_region", d.get("region"));
            if (d.get("troops") == null) {
                o.addNull("count");
            } else {
                o.add("count", ((Number) d.get("troops")).intValue());
            }
            deployments.add(o);
        }
        return Json.createObjectBuilder().add("persons", persons).add("statements", statements)
                .add("deployments", deployments).build();
    }

    private static void add(jakarta.json.JsonObjectBuilder o, String key, Object value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, (String) value);
        }
    }
}
