package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The article cut into paragraphs (one per line) and sentences. A sentence ends at ".", "!" or "?" followed by a
 * capital, a digit or an opening mark, never inside a quotation: a quotation that ends with its own full stop ends the
 * sentence too, while one that ends with "?" or "!" runs on when a speech verb follows ("“Why?” Austin asked.").
 */
final class Layout {
    final String text;
    final List<Token> tokens;
    final List<Span> paragraphs;
    final List<QuoteSpan> quotes;
    final List<Span> sentences;
    /** For each sentence, the paragraph that holds it. */
    final int[] sentenceParagraph;
    /** End of the dateline ("SEOUL, South Korea (AP) —", "MOSCOW, Nov 8 (Reuters) -"), or 0 when there is none. */
    final int datelineEnd;
    /** Start of the dateline, after any headline above it; equal to {@link #datelineEnd} when there is none. */
    final int datelineStart;

    Layout(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.paragraphs = paragraphs(text);
        this.quotes = QuoteFinder.find(text, paragraphs);
        this.sentences = new ArrayList<>();
        List<Integer> paraOf = new ArrayList<>();
        splitSentences(paraOf);
        this.sentenceParagraph = paraOf.stream().mapToInt(Integer::intValue).toArray();
        this.datelineEnd = dateline();
        this.datelineStart = datelineEnd == 0 ? 0 : datelineParagraphStart();
    }

    /**
     * A dateline opens the first paragraph of the body with a city in capitals and a comma or a dash, and ends at the
     * first dash or at an agency between slashes ("DUSHANBE, October 15. /TASS/."). Wire copy often carries a headline
     * or a "LIVE UPDATES" line first, so paragraphs that end without a full stop are passed over.
     */
    private int dateline() {
        int t = 0;
        for (int p = 0; p < Math.min(paragraphs.size(), 6); p++) {
            Span para = paragraphs.get(p);
            while (t < tokens.size() && tokens.get(t).start() < para.start()) {
                t++;
            }
            int end = datelineAt(t, para);
            if (end > 0) {
                return end;
            }
            char last = text.charAt(para.end() - 1);
            if (last == '.' || last == '"' || last == '\u201d') {
                return 0;
            }
        }
        return 0;
    }

    private int datelineParagraphStart() {
        for (Span para : paragraphs) {
            if (para.contains(datelineEnd - 1)) {
                return para.start();
            }
        }
        return 0;
    }

    private int datelineAt(int first, Span para) {
        if (first + 1 >= tokens.size() || tokens.get(first).start() >= para.end()) {
            return 0;
        }
        // "NEW YORK,", "ABOARD THE FRIGATE HESSEN, Red Sea -": the place may take several words in capitals
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < para.end()) {
            if (capitalsWord(tokens.get(last + 1))) {
                last++;
            } else if (tokens.get(last + 1).is("/") && last + 2 < tokens.size()
                    && capitalsWord(tokens.get(last + 2))) {
                // "SEOUL/MOSCOW, April 28 (Reuters) -": a story filed from two cities
                last += 2;
            } else {
                break;
            }
        }
        Token city = tokens.get(last);
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : city;
        boolean spacedDash = isDash(next.text()) && next.start() > city.end();
        if (!capitalsWord(tokens.get(first))) {
            return titleCaseDateline(first, para);
        }
        if (next.is(":") && city.text().length() >= 3 && next.start() == city.end()) {
            // "ISLAMABAD: The army has moved ...", "NEW DELHI: The Army has begun ...", as Pakistani and Indian papers
            // write it
            return next.end();
        }
        if ((first == last && city.text().length() < 3) || !(next.is(",") || next.is("(") || spacedDash)) {
            return 0;
        }
        for (int t = first + 1; t < Math.min(tokens.size(), first + 12) && tokens.get(t).start() < para.end(); t++) {
            String s = tokens.get(t).text();
            if (isDash(s)) {
                return tokens.get(t).end();
            }
            if (s.equals("/") && t + 2 < tokens.size() && tokens.get(t + 2).is("/")) {
                boolean stop = t + 3 < tokens.size() && tokens.get(t + 3).is(".");
                return tokens.get(t + (stop ? 3 : 2)).end();
            }
        }
        return 0;
    }

    /**
     * "Bamako (AFP) - ", "Sälen, Sweden (dpa) - ", "Tapa (Estonia) (AFP) - ": agencies that write the place in title
     * case put their own name in brackets just before the dash; the offset after the dash, or 0.
     */
    private int titleCaseDateline(int first, Span para) {
        if (!tokens.get(first).isCapitalised()) {
            return 0;
        }
        for (int t = first + 1; t + 3 < tokens.size() && t < first + 10 && tokens.get(t).start() < para.end(); t++) {
            if (tokens.get(t).is("(") && tokens.get(t + 2).is(")") && isDash(tokens.get(t + 3).text())
                    && AGENCIES.contains(tokens.get(t + 1).lower())) {
                return tokens.get(t + 3).end();
            }
            if (!tokens.get(t).isWord() && !tokens.get(t).is(",") && !tokens.get(t).is("(")
                    && !tokens.get(t).is(")")) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean capitalsWord(Token t) {
        return Character.isLetter(t.text().charAt(0)) && Places.isCapitals(t.text());
    }

    private static boolean isDash(String s) {
        return s.equals("\u2014") || s.equals("\u2013") || s.equals("-") || s.equals("--");
    }

    private static final java.util.Set<String> AGENCIES = Lexicon.set("afp|ap|dpa|reuters|pap|xinhua|yonhap|kyodo"
            + "|anadolu|aa|ukrinform|interfax|tass|ria|upi|efe|ansa|bta|mti|ctk|apa|belga|anp|ntb|tt|stt|lusa|bna"
            + "|kuna|wam|spa|irna|pti|ians|ani|bernama|antara|pna|vna|kna");

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private void splitSentences(List<Integer> paraOf) {
        int q = 0;
        int t = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            while (t < tokens.size() && tokens.get(t).start() < para.start()) {
                t++;
            }
            int sentenceStart = para.start();
            for (; t < tokens.size() && tokens.get(t).start() < para.end(); t++) {
                Token tok = tokens.get(t);
                while (q < quotes.size() && quotes.get(q).close() < tok.start()) {
                    q++;
                }
                QuoteSpan inside = q < quotes.size() && quotes.get(q).open() < tok.start()
                        && tok.start() < quotes.get(q).close() ? quotes.get(q) : null;
                int boundary = -1;
                if (inside == null && (tok.is(".") || tok.is("!") || tok.is("?"))) {
                    // "Sen. Jack Reed, D-R.I., the top Democrat": a letter right after the period goes on the word
                    boolean joined = t + 1 < tokens.size() && tokens.get(t + 1).start() == tok.end()
                            && Character.isLetter(tokens.get(t + 1).text().charAt(0));
                    int note = footnoteAfter(t);
                    if (!joined && startsSentence(t + 1, para)) {
                        boundary = tok.end();
                    } else if (note > 0 && startsSentence(note, para)) {
                        // "... its assessment.[3] Russian forces": a citation mark closes the sentence it follows
                        boundary = tokens.get(note - 1).end();
                    }
                } else if (inside != null && !inside.continuesNext() && t + 1 < tokens.size()
                        && tokens.get(t + 1).start() == inside.close() && isEnd(tok)) {
                    boolean period = tok.is(".");
                    int note = footnoteAfter(t + 1);
                    if (startsSentence(t + 2, para) && (period || !speechVerbFollows(t + 2))) {
                        boundary = inside.close() + 1;
                    } else if (note > 0 && startsSentence(note, para) && (period || !speechVerbFollows(note))) {
                        boundary = tokens.get(note - 1).end();
                    }
                }
                if (boundary > 0) {
                    sentences.add(new Span(sentenceStart, boundary));
                    paraOf.add(p);
                    sentenceStart = boundary;
                    while (sentenceStart < para.end() && Character.isWhitespace(text.charAt(sentenceStart))) {
                        sentenceStart++;
                    }
                }
            }
            if (sentenceStart < para.end()) {
                sentences.add(new Span(sentenceStart, para.end()));
                paraOf.add(p);
            }
        }
    }

    /** "[8]" right after token {@code t}, as analysts cite their sources: the token after it, or -1. */
    private int footnoteAfter(int t) {
        if (t + 3 >= tokens.size() || !tokens.get(t + 1).is("[") || tokens.get(t + 1).start() != tokens.get(t).end()
                || !tokens.get(t + 2).isNumber() || !tokens.get(t + 3).is("]")) {
            return -1;
        }
        return t + 4;
    }

    private static boolean isEnd(Token tok) {
        return tok.is(".") || tok.is("!") || tok.is("?");
    }

    private boolean startsSentence(int t, Span para) {
        if (t >= tokens.size() || tokens.get(t).start() >= para.end()) {
            return false;
        }
        String s = tokens.get(t).text();
        char c = s.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '\u201c' || c == '"' || c == '\u00ab'
                || c == '\u00bb' || c == '\u2018' || c == '\u201e';
    }

    private boolean speechVerbFollows(int t) {
        for (int i = t; i < Math.min(tokens.size(), t + 4); i++) {
            if (Lexicon.SPEECH_VERBS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    int sentenceOf(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether the offset lies between a quotation's marks. */
    boolean inQuote(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteSpan qs = quotes.get(mid);
            if (offset <= qs.open()) {
                hi = mid - 1;
            } else if (offset >= qs.close()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
