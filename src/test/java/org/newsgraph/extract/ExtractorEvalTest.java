package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.eval.EvalSet;
import org.newsgraph.extract.eval.ExtractionJson;
import org.newsgraph.extract.eval.GoldScorer;

/** Scores the extractor against the hand-made gold of the seed and of every dev article. */
class ExtractorEvalTest {
    private final Extractor extractor = new Extractor();

    private GoldScorer.Result score(EvalSet.Item item) {
        Extraction x = extractor.extract(item.article());
        GoldScorer.Result r = GoldScorer.score(item.gold(), ExtractionJson.toJson(x));
        System.out.println(GoldScorer.row(item.name(), r));
        return r;
    }

    @Test
    void theSeedArticleScoresAtLeast95PerCentInEveryCategory() {
        GoldScorer.Result r = score(EvalSet.seed());
        for (String category : GoldScorer.CATEGORIES) {
            assertTrue(r.get(category).f1() >= 0.95, category + ": " + r);
        }
    }

    @Test
    void theDevSetMeetsTheTargetsOnMicroAverage() {
        List<EvalSet.Item> dev = EvalSet.dev();
        assertTrue(dev.size() >= 12, "dev articles: " + dev.size());
        GoldScorer.Result total = GoldScorer.Result.empty();
        for (EvalSet.Item item : dev) {
            total = total.plus(score(item));
        }
        System.out.println(GoldScorer.row("MICRO (" + dev.size() + " dev articles)", total));
        assertTrue(total.get("statements").f1() >= 0.90, total.toString());
        assertTrue(total.get("quotes").recall() >= 0.95, total.toString());
        assertTrue(total.get("persons").f1() >= 0.90, total.toString());
        assertTrue(total.get("deployments").f1() >= 0.85, total.toString());
    }

    @Test
    void everyQuotationOfTheEvalSetIsTheArticleBetweenItsOffsets() {
        for (EvalSet.Item item : EvalSet.dev()) {
            String text = item.article().text();
            for (Quotation q : extractor.extract(item.article()).quotations()) {
                assertEquals(text.substring(q.start(), q.end()), q.text(), item.name());
            }
        }
    }

    @Test
    void everySpeakerIsOneOfThePeopleFound() {
        for (EvalSet.Item item : EvalSet.dev()) {
            Extraction x = extractor.extract(item.article());
            List<String> names = x.people().stream().map(PersonMention::name).toList();
            for (Quotation q : x.quotations()) {
                assertTrue(q.speaker() == null || names.contains(q.speaker()), item.name() + ": " + q);
            }
        }
    }
}
