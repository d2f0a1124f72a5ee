package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.eval.EvalSet;
import org.newsgraph.extract.eval.ExtractionJson;
import org.newsgraph.extract.eval.GoldScorer;
import org.newsgraph.extract.eval.Targets;

/** Scores the extractor against the hand-made gold of the seed and of every dev article. */
class ExtractorEvalTest {
    private final Extractor extractor = new Extractor();

    private GoldScorer.Result score(EvalSet.Item item) {
        return GoldScorer.score(item.gold(), ExtractionJson.toJson(extractor.extract(item.article())));
    }

    @Test
    void theSeedArticleScoresAtLeast95PerCentInEveryCategory() {
        Targets.assertSeed(score(EvalSet.seed()));
    }

    @Test
    void theDevSetMeetsTheTargetsOnMicroAverage() {
        Targets.assertDevSet("", this::score);
    }

    @Test
    void everyQuotationOfTheEvalSetIsTheArticleInItsParts() {
        for (EvalSet.Item item : EvalSet.dev()) {
            String text = item.article().text();
            for (Quotation q : extractor.extract(item.article()).quotations()) {
                List<String> parts = q.parts().stream().map(p -> text.substring(p.start(), p.end())).toList();
                assertEquals(String.join(" ", parts), q.text(), item.name());
                assertEquals(q.parts().get(0).start(), q.start(), item.name());
                assertEquals(q.parts().get(q.parts().size() - 1).end(), q.end(), item.name());
            }
        }
    }

    @Test
    void aParagraphCutOffAfterAnyOfItsWordsIsStillRead() {
        // rules look at the words after a count, a noun or a place; a text may end there, as a truncated paste does
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher("");
        for (EvalSet.Item item : EvalSet.dev()) {
            for (String paragraph : item.article().text().split("\n")) {
                word.reset(paragraph);
                while (word.find()) {
                    String cut = paragraph.substring(0, word.end());
                    assertDoesNotThrow(() -> extractor.extract(new ArticleText(cut, null)),
                            () -> item.name() + ": " + cut);
                }
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
