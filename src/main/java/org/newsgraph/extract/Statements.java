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
 * "so-called", "known as"), or three words or fewer with no speech verb beside them and nobody saying them.
 *
 * <p>
 * A quotation interrupted by its attribution in mid-sentence ({@code "We will," she said, "respond."}) is one statement
 * of two parts, whose text never holds the attribution.
 *
 * <p>
 * {@code statedOn} is the first day named in the quotation's sentence outside quotation marks; failing that, the day
 * of the latest earlier statement by the same speaker in the same or the previous paragraph; else null.
 */
final class Statements {
    /** How many neighbouring quotations are searched for a speaker or a day: plenty for an article. */
    private static final int NEIGHBOURS = 24;
    private static final String QUOTE_OPENERS = "\"\u201c\u00ab\u00bb\u2018'";
    private static final String DASHES = "-\u2013\u2014";
    /** Longest attribution that interrupts a quotation ("," said X, a spokesman for ..., ","): a sentence's worth. */
    private static final int MAX_INTERRUPTION = 200;
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
        // "called the exercises “a dangerous provocative act” that could trigger “a physical clash”": a short
        // passage beside an attributed one in the same sentence is part of the same utterance
        java.util.Set<Integer> attributedSentences = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (keep[i] && src[i].found()) {
                attributedSentences.add(sentence[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            keep[i] |= attributedSentences.contains(sentence[i]) && !isNameOrScare(qs.get(i), src[i]);
        }
        for (int i = 0; i < n; i++) {
            if (keep[i] && !src[i].found()) {
                Attributor.Source signed = signature(qs.get(i));
                src[i] = signed.found() ? signed : inherit(qs, src, keep, sentence, i);
            }
        }
        List<Quotation> out = new ArrayList<>();
        List<Integer> outIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            int last = i;
            while (last + 1 < n && keep[last + 1]
                    && resumes(qs.get(last), qs.get(last + 1), src[last], src[last + 1])) {
                last++;
            }
            Attributor.Source a = src[i];
            for (int k = i + 1; k <= last && !a.found(); k++) {
                a = src[k];
            }
            src[i] = a;
            QuoteSpan q = qs.get(i);
            QuoteSpan end = qs.get(last);
            Span s = (q.continuesNext() || q.continuesPrevious()
                    ? layout.paragraphs.get(q.paragraph())
                    : layout.sentences.get(sentence[i])).around(q.open(), end.after());
            LocalDate day = Dates.firstDay(layout, layout.tokenAt(s.start()), layout.tokenAt(s.end()), published);
            if (day == null) {
                day = earlierDay(qs, src, out, outIndex, i);
            }
            List<Quotation.Part> parts = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            for (int k = i; k <= last; k++) {
                QuoteSpan part = qs.get(k);
                parts.add(new Quotation.Part(part.start(), part.end()));
                words.append(k > i ? " " : "").append(layout.text, part.start(), part.end());
            }
            out.add(new Quotation(words.toString(), q.start(), end.end(),
                    a.person() == null ? null : a.person().name, a.person() == null ? a.source() : null, a.kind(), day,
                    layout.text.substring(s.start(), s.end()), parts));
            outIndex.add(i);
            i = last;
        }
        return out;
    }

    /**
     * Whether quotation {@code b} resumes the one {@code a} broke off for its attribution, in the same sentence:
     * "“The brigade,” Pistorius said, “is a promise.”" A new sentence after the attribution ("… he said. “We …”")
     * starts a new statement, as annotators of news read it.
     */
    private boolean resumes(QuoteSpan a, QuoteSpan b, Attributor.Source sa, Attributor.Source sb) {
        // a quotation that runs on into the next paragraph stays one statement per paragraph, as it is elsewhere
        if (a.continuesNext() || b.continuesNext() || layout.sentenceOf(a.open()) != layout.sentenceOf(b.open())
                || b.open() - a.after() > MAX_INTERRUPTION) {
            return false;
        }
        if (sa.found() && sb.found()
                && !(Objects.equals(sa.person(), sb.person()) && Objects.equals(sa.source(), sb.source()))) {
            return false;
        }
        String gap = layout.text.substring(a.end(), b.open()).strip();
        // the comma that broke the quotation off stands inside or just outside its closing mark
        boolean brokeOff = gap.startsWith(",") || gap.length() > 1 && gap.charAt(1) == ',';
        return brokeOff && gap.endsWith(",") && gap.chars().anyMatch(Character::isLetter);
    }

    /**
     * Who signs a quotation that opens its paragraph, on the line below it or below the quotation paragraphs that
     * follow it: "“Our people are ready.”" then "– General Jennie Carignan, Chief of the Defence Staff", with or
     * without the dash.
     */
    private Attributor.Source signature(QuoteSpan q) {
        List<Span> paragraphs = layout.paragraphs;
        if (q.open() != paragraphs.get(q.paragraph()).start()) {
            return Attributor.Source.NONE;
        }
        int p = q.paragraph() + 1;
        while (p < paragraphs.size() && QUOTE_OPENERS.indexOf(layout.text.charAt(paragraphs.get(p).start())) >= 0) {
            p++;
        }
        if (p >= paragraphs.size()) {
            return Attributor.Source.NONE;
        }
        Span line = paragraphs.get(p);
        if (DASHES.indexOf(layout.text.charAt(line.start())) >= 0) {
            return attributor.signedBy(line, true);
        }
        // a news release signs its quotations on a line of its own with no dash and no full stop
        char last = layout.text.charAt(line.end() - 1);
        return Character.isLetter(last) || last == ')' ? attributor.signedBy(line, false) : Attributor.Source.NONE;
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
        if (isNameOrScare(q, src)) {
            return false;
        }
        return words(q) > 3 || src.found() || speechVerbAround(q);
    }

    private int words(QuoteSpan q) {
        int words = 0;
        for (int t = layout.tokenAt(q.start()); t < layout.tokenAt(q.end()); t++) {
            if (layout.tokens.get(t).isWord()) {
                words++;
            }
        }
        return words;
    }

    /**
     * A title-case name ("Iron Brigade"; with a full stop only when no person says it, or when it is three words or
     * fewer) or a phrase after a naming cue ("so-called “liberation”", "known as the “Lightning Unit”").
     */
    private boolean isNameOrScare(QuoteSpan q, Attributor.Source src) {
        int from = layout.tokenAt(q.start());
        int to = layout.tokenAt(q.end());
        boolean titleCase = true;
        for (int t = from; t < to; t++) {
            Token tok = layout.tokens.get(t);
            if (tok.isWord()) {
                titleCase &= Character.isUpperCase(tok.text().charAt(0)) || tok.isNumber()
                        || SMALL_WORDS.contains(tok.lower());
            }
        }
        int words = words(q);
        char last = layout.text.charAt(q.end() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?';
        if (words <= 5 && titleCase && (!sentenceEnd || words <= 3 || src.person() == null)) {
            return true;
        }
        return words <= 6 && afterNamingCue(layout.tokenAt(q.open()));
    }

    /** A speech verb right after the closing mark or shortly before the opening one: "“We are ready,” she said". */
    private boolean speechVerbAround(QuoteSpan q) {
        int after = layout.tokenAt(q.after());
        for (int t = after; t < Math.min(layout.tokens.size(), after + 4); t++) {
            if (attributor.isSpeechVerb(t)) {
                return true;
            }
        }
        int before = layout.tokenAt(q.open());
        for (int t = before - 1; t >= Math.max(0, before - 4); t--) {
            if (attributor.isSpeechVerb(t)) {
                return true;
            }
        }
        return false;
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
        boolean capitalQuote = markToken + 1 < layout.tokens.size()
                && Character.isUpperCase(layout.tokens.get(markToken + 1).text().charAt(0));
        return Lexicon.NAMING_CUES.contains(l) || (capitalQuote && Lexicon.NAMED_THINGS.contains(l));
    }

    private Attributor.Source inherit(List<QuoteSpan> qs, Attributor.Source[] src, boolean[] keep, int[] sentence,
            int i) {
        for (int k = i + 1; k < Math.min(qs.size(), i + NEIGHBOURS) && sentence[k] == sentence[i]; k++) {
            if (keep[k] && src[k].found()) {
                return src[k];
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - NEIGHBOURS) && sentence[k] == sentence[i]; k--) {
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
        // quotations are in text order: find the last one of sentence s by binary search, then look back a little
        int lo = 0;
        int hi = qs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentence[mid] <= s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= Math.max(0, lo - NEIGHBOURS) && sentence[k] == s; k--) {
            if (keep[k] && src[k].found()) {
                return src[k];
            }
        }
        return attributor.reportedSpeaker(s);
    }

    private LocalDate earlierDay(List<QuoteSpan> qs, Attributor.Source[] src, List<Quotation> out,
            List<Integer> outIndex, int i) {
        int para = qs.get(i).paragraph();
        for (int k = out.size() - 1; k >= Math.max(0, out.size() - NEIGHBOURS); k--) {
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
