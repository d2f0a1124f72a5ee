package org.newsgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

/** The bars of the extraction issues, checked the same way whether the extractor is scored alone or through the API. */
public final class Targets {
    private Targets() {
    }

    /** The seed article: F1 at least 0.95 in every category. */
    public static void assertSeed(GoldScorer.Result r) {
        for (String category : GoldScorer.CATEGORIES) {
            assertTrue(r.get(category).f1() >= 0.95, category + ": " + r);
        }
    }

    /** Scores every dev article, prints a row each and the micro average, and asserts the targets on it. */
    public static void assertDevSet(String how, Function<EvalSet.Item, GoldScorer.Result> score) {
        List<EvalSet.Item> dev = EvalSet.dev();
        assertTrue(dev.size() >= 12, "dev articles: " + dev.size());
        GoldScorer.Result total = GoldScorer.Result.empty();
        for (EvalSet.Item item : dev) {
            GoldScorer.Result r = score.apply(item);
            System.out.println(GoldScorer.row(item.name(), r));
            total = total.plus(r);
        }
        System.out.println(GoldScorer.row("MICRO (" + dev.size() + " dev articles" + how + ")", total));
        assertTrue(total.get("statements").f1() >= 0.90, total.toString());
        assertTrue(total.get("quotes").recall() >= 0.95, total.toString());
        assertTrue(total.get("persons").f1() >= 0.90, total.toString());
        assertTrue(total.get("deployments").f1() >= 0.85, total.toString());
    }
}
