package org.newsgraph.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Extractor;

/**
 * Writes OUT/NAME/gold.json and OUT/NAME/pred.json for the seed and every dev article, so that
 * {@code python3 /work/shared/eval/score.py --all OUT} can cross-check {@link GoldScorer}; given a
 * second argument, for the articles of that folder alone (a new wave, scored before it joins the dev set).
 */
public final class PredictionWriter {
    private PredictionWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/extract-eval");
        Extractor extractor = new Extractor();
        List<EvalSet.Item> items = new ArrayList<>();
        if (args.length > 1) {
            items.addAll(EvalSet.folder(Path.of(args[1])));
        } else {
            items.add(EvalSet.seed());
            items.addAll(EvalSet.dev());
        }
        for (EvalSet.Item item : items) {
            Path dir = out.resolve(item.name());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("gold.json"), item.gold().toString());
            ExtractionJson.writePred(extractor.extract(item.article()), dir.resolve("pred.json"));
        }
        System.out.println("wrote " + items.size() + " predictions under " + out);
    }
}
