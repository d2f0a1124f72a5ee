package org.newsgraph.ingest;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.newsgraph.extract.ArticleText;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * Runs the extractor for ingestion. The extractor is rules over text nobody has seen, so a text it trips on is
 * refused with its own error code (and the cause in the log) instead of a system error with no code.
 */
@ApplicationScoped
public class ArticleReader {
    private static final Logger LOG = Logger.getLogger(ArticleReader.class);

    private final Function<ArticleText, Extraction> extractor;

    public ArticleReader() {
        this(new Extractor()::extract);
    }

    ArticleReader(Function<ArticleText, Extraction> extractor) {
        this.extractor = extractor;
    }

    public Extraction read(ArticleText article) {
        try {
            return extractor.apply(article);
        } catch (RuntimeException e) {
            LOG.errorf(e, "extraction failed on a text of %d characters", article.text().length());
            throw new ExtractionFailedException();
        }
    }
}
