package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns quoted passages into statements. Each passage is attributed in its own sentence first; the parts of a
 * quotation that runs over several paragraphs share one speaker; a passage with no speech verb around it takes the
 * speaker of a later passage in the same sentence, of the previous sentence, or (when it opens its paragraph) of the
 * previous paragraph. Scare quotes and names are dropped: a title-case phrase, a phrase after a naming cue ("dubbed",
 * "so-called", "known as"), or three words or fewer with nobody saying them.
 *
 * <p>
 * A quotation interrupted by its attribution ({@code "We will," she said, "respond."}) becomes two statements with the
 * same speaker, one per stretch between marks, so that each text is exactly the article between its offsets and never
 * holds the attribution; the evaluation merges the parts of a quotation annotated as one.
 *
 * <p>
 * {@code statedOn} is the first day named in the quotation's sentence outside quotation marks; failing that, the day
 * of the latest earlier statement by the same speaker in the same or the previous paragraph; else null.
 */
final class Statements {
    private static final Set<String> SMALL_WORDS = Lexicon.set("of|the|and|for|in|on|a|an|to|de|at|by|with");

    private final Layout layout;
    private final Attributor attributor;
    private final List<Span> excluded;

    Statements(Layout layout, Attributor attributor, List<Span> excluded) {
        this.layout = layout;
        this.attributor = attributor;
        this.excluded = excluded;
    }

    List<Quotation> find(LocalDate published) {
        List<QuoteSpan> qs = new ArrayList<>();
        for (QuoteSpan q : layout.quotes) {
            if (!inExcluded(q.open())) {
                qs.add(q);
            }
        }
        int n = qs.size();
        Attributor.Source[] src = new Attributor.Source[n];
        int[] sentence = new int[n];
        for (int i = 0; i < n; i++) {
            QuoteSpan q = qs.get(i);
            sentence[i] = layout.sentenceOf(q.open());
            Span s = layout.sentences.get(sentence[i]);
            int prevEnd = i > 0 && sentence[i - 1] == sentence[i] ? qs.get(i - 1).after() : -1;
            int nextOpen = i + 1 < n && layout.sentenceOf(qs.get(i + 1).open()) == sentence[i]
                    ? qs.get(i + 1).open()
                    : Integer.MAX_VALUE;
            src[i] = attributor.inSentence(q, s, prevEnd, nextOpen);
        }
        shareAcrossParagraphs(qs, src);
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = isStatement(qs.get(i), src[i]);
        }
        for (int i = 0; i < n; i++) {
            if (keep[i] && !src[i].found()) {
                src[i] = inherit(qs, src, keep, sentence, i);
            }
        }
        List<Quotation> out = new ArrayList<>();
        List<Integer> outIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            QuoteSpan q = qs.get(i);
            Span s = q.continuesNext() || q.continuesPrevious()
                    ? layout.paragraphs.get(q.paragraph())
                    : layout.sentences.get(sentence[i]);
            LocalDate day = Dates.firstDay(layout, layout.tokenAt(s.start()), layout.tokenAt(s.end()), published);
            if (day == null) {
                day = earlierDay(qs, src, out, outIndex, i);
            }
            Attributor.Source a = src[i];
            out.add(new Quotation(layout.text.substring(q.start(), q.end()), q.start(), q.end(),
                    a.person() == null ? null : a.person().name, a.person() == null ? a.source() : null, a.kind(), day,
                    layout.text.substring(s.start(), s.end())));
            outIndex.add(i);
        }
        return out;
    }

    private boolean inExcluded(int offset) {
        for (Span s : excluded) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of one quotation over several paragraphs take the speaker found for any of them. */
    private static void shareAcrossParagraphs(List<QuoteSpan> qs, Attributor.Source[] src) {
        int i = 0;
        while (i < qs.size()) {
            int j = i;
            while (j + 1 < qs.size() && qs.get(j).continuesNext() && qs.get(j + 1).continuesPrevious()) {
                j++;
            }
            if (j > i) {
                Attributor.Source found = Attributor.Source.NONE;
                for (int k = i; k <= j && !found.found(); k++) {
                    found = src[k];
                }
                for (int k = i; k <= j; k++) {
                    if (!src[k].found()) {
                        src[k] = found.found() && k > i ? found.as(Attribution.CONTINUATION_PARAGRAPH) : found;
                    }
                }
            }
            i = j + 1;
        }
    }

    private boolean isStatement(QuoteSpan q, Attributor.Source src) {
        if (q.continuesNext() || q.continuesPrevious()) {
            return true;
        }
        int from = layout.tokenAt(q.start());
        int to = layout.tokenAt(q.end());
        int words = 0;
        boolean titleCase = true;
        for (int t = from; t < to; t++) {
            Token tok = layout.tokens.get(t);
            if (tok.isWord()) {
                words++;
                titleCase &= Character.isUpperCase(tok.text().charAt(0)) || tok.isNumber()
                        || SMALL_WORDS.contains(tok.lower());
            }
        }
        char last = layout.text.charAt(q.end() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?';
        if (words <= 5 && titleCase && (!sentenceEnd || words <= 3 || src.person() == null)) {
            return false;
        }
        if (words <= 6 && afterNamingCue(layout.tokenAt(q.open()))) {
            return false;
        }
        return words > 3 || src.found();
    }

    private boolean afterNamingCue(int markToken) {
        int t = markToken - 1;
        while (t >= 0
                && Set.of("the", "a", "an", "its", "their", "his", "her").contains(layout.tokens.get(t).lower())) {
            t--;
        }
        if (t < 0) {
            return false;
        }
        String l = layout.tokens.get(t).lower();
        if (l.equals("as")) {
            // "known in North Korea as the “Lightning Unit”"
            for (int k = t - 1; k >= Math.max(0, t - 5); k--) {
                String w = layout.tokens.get(k).lower();
                if (w.equals("known") || w.equals("referred") || w.equals("described")) {
                    return !w.equals("described");
                }
            }
        }
        if (l.equals("called") || l.equals("calls")) {
            return !attributor.isSpeechVerb(t);
        }
        return Lexicon.NAMING_CUES.contains(l);
    }

    private Attributor.Source inherit(List<QuoteSpan> qs, Attributor.Source[] src, boolean[] keep, int[] sentence,
            int i) {
        for (int k = i + 1; k < qs.size() && sentence[k] == sentence[i]; k++) {
            if (keep[k] && src[k].found()) {
                return src[k];
            }
        }
        for (int k = i - 1; k >= 0 && sentence[k] == sentence[i]; k--) {
            if (keep[k] && src[k].found()) {
                return src[k];
            }
        }
        int s = sentence[i];
        int para = layout.sentenceParagraph[s];
        if (s > 0 && layout.sentenceParagraph[s - 1] == para) {
            Attributor.Source prev = lastSourceIn(qs, src, keep, sentence, s - 1);
            if (prev.found()) {
                return prev.as(Attribution.PREVIOUS_SENTENCE);
            }
            return Attributor.Source.NONE;
        }
        QuoteSpan q = qs.get(i);
        boolean opensParagraph = q.open() == layout.paragraphs.get(para).start();
        if (opensParagraph && s > 0) {
            Attributor.Source prev = lastSourceIn(qs, src, keep, sentence, s - 1);
            if (prev.found()) {
                return prev.as(Attribution.CONTINUATION_PARAGRAPH);
            }
        }
        return Attributor.Source.NONE;
    }

    /** The speaker of sentence {@code s}: that of its last attributed statement, else its reported speech. */
    private Attributor.Source lastSourceIn(List<QuoteSpan> qs, Attributor.Source[] src, boolean[] keep,
            int[] sentence, int s) {
        for (int k = qs.size() - 1; k >= 0; k--) {
            if (sentence[k] == s && keep[k] && src[k].found()) {
                return src[k];
            }
        }
        return attributor.reportedSpeaker(s);
    }

    private LocalDate earlierDay(List<QuoteSpan> qs, Attributor.Source[] src, List<Quotation> out,
            List<Integer> outIndex, int i) {
        int para = qs.get(i).paragraph();
        for (int k = out.size() - 1; k >= 0; k--) {
            int j = outIndex.get(k);
            if (para - qs.get(j).paragraph() > 1) {
                break;
            }
            if (out.get(k).statedOn() != null && src[i].found() && Objects.equals(src[j].person(), src[i].person())
                    && Objects.equals(src[j].source(), src[i].source())) {
                return out.get(k).statedOn();
            }
        }
        return null;
    }
}
