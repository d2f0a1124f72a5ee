package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Quotations attributed in many ways, one or two sentences each: the quotation must get its speaker (or none). */
class AttributionPhrasingTest {
    private final Extractor extractor = new Extractor();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/extract/attribution-sentences.tsv", delimiter = '\t', quoteCharacter = '§')
    void theQuotationGetsItsSpeaker(String text, String quoteStart, String speaker) {
        Extraction x = extractor.extract(new ArticleText(text, LocalDate.of(2024, 11, 4)));
        Quotation q = x.quotations().stream().filter(z -> z.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation in " + x.quotations()));
        assertEquals(speaker, q.speaker(), q.toString());
    }
}
