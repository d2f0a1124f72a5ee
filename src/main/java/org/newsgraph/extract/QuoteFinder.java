package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in one linear pass per paragraph. Double marks of every kind open and close quotations
 * (“ ”, straight ", « », „ “, » « as Danish and German papers write them, ” ” as Finnish and Swedish ones do, and the
 * ''two apostrophes'' of ANSA's English copy); single marks inside them are part of the text. An article with no
 * double marks at all is read with single marks (‘ ’) as quotation marks, as some British papers write. A quotation
 * whose paragraph ends before its closing mark continues into the next paragraph when that paragraph opens with a
 * mark (the wire convention), and is cut at the paragraph end otherwise.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    static List<QuoteSpan> find(String text, List<Span> paragraphs) {
        boolean doubles = hasDoubleMarks(text) && !singlesLead(text, paragraphs);
        // Finnish and Swedish papers open with the mark they close with: ”like this”
        boolean nordic = text.indexOf('\u201d') >= 0 && text.indexOf('\u201c') < 0;
        List<QuoteSpan> out = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int open = -1;
            char closer = 0;
            boolean doubled = false;
            boolean continuing = false;
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                boolean pair = doubles && twoApostrophes(text, i, para.end());
                if (open < 0) {
                    char expected = pair ? '\'' : doubles ? closerFor(c, nordic) : singleCloserFor(text, para, i);
                    if (expected != 0) {
                        open = i;
                        closer = expected;
                        doubled = pair;
                        continuing = carried && i == firstVisible(text, para);
                    }
                } else if (doubled) {
                    if (pair) {
                        add(out, text, open, i + 1, open + 2, i, p, continuing, false);
                        open = -1;
                    }
                } else if (c == closer
                        || (doubles && (c == '"' || (c == '\u201d' && closer != '\u00bb' && closer != '\u00ab')))) {
                    if (!doubles && !isSingleCloser(text, para, i)) {
                        continue;
                    }
                    add(out, text, open, i, open + 1, i, p, continuing, false);
                    open = -1;
                }
            }
            carried = false;
            if (open >= 0) {
                boolean next = p + 1 < paragraphs.size() && opensWithMark(text, paragraphs.get(p + 1), doubles,
                        nordic);
                add(out, text, open, para.end(), open + (doubled ? 2 : 1), para.end(), p, continuing, next);
                carried = next;
            }
        }
        return out;
    }

    /** The words run from {@code s} to {@code e}: ANSA's ''doubled apostrophes'' are marks two wide. */
    private static void add(List<QuoteSpan> out, String text, int open, int close, int s, int e, int paragraph,
            boolean previous, boolean next) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        // The gold drops the comma that ends a quotation before its attribution.
        if (e > s && text.charAt(e - 1) == ',') {
            e--;
        }
        if (e > s) {
            out.add(new QuoteSpan(open, close, s, e, paragraph, previous, next));
        }
    }

    private static char closerFor(char c, boolean nordic) {
        return switch (c) {
            case '\u201d' -> nordic ? '\u201d' : 0;
            case '\u201c' -> '\u201d';
            case '"' -> '"';
            case '\u00ab' -> '\u00bb';
            case '\u00bb' -> '\u00ab';
            case '\u201e' -> '\u201c';
            default -> 0;
        };
    }

    /** ''Two apostrophes'' stand for double marks in ANSA's English copy. */
    private static boolean twoApostrophes(String text, int i, int end) {
        return i + 1 < end && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'';
    }

    private static boolean hasDoubleMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '\u201d' || c == '"' || c == '\u00ab' || c == '\u00bb' || c == '\u201e'
                    || twoApostrophes(text, i, text.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Times writes 'like this' and puts the few double marks inside: single marks open more quotations of four
     * words or more than double marks do, two at least; names in single marks ('Ekuverin') do not count.
     */
    private static boolean singlesLead(String text, List<Span> paragraphs) {
        int singles = 0;
        for (Span para : paragraphs) {
            // a mark that found no closer has none after it in this paragraph: later openers need not look again
            String unclosed = "";
            for (int i = para.start(); i < para.end(); i++) {
                char closer = singleCloserFor(text, para, i);
                if (closer == 0 || unclosed.indexOf(closer) >= 0) {
                    continue;
                }
                int spaces = 0;
                int j = i + 1;
                while (j < para.end() && !(text.charAt(j) == closer && isSingleCloser(text, para, j))) {
                    spaces += text.charAt(j) == ' ' ? 1 : 0;
                    j++;
                }
                if (j == para.end()) {
                    unclosed += closer;
                } else {
                    singles += spaces >= 3 ? 1 : 0;
                    i = j;
                }
            }
        }
        if (singles < 2) {
            return false;
        }
        int doubleMarks = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("\u201c\u201d\"\u00ab\u00bb\u201e".indexOf(text.charAt(i)) >= 0
                    || twoApostrophes(text, i, text.length())) {
                doubleMarks++;
            }
        }
        return singles * 2 > doubleMarks;
    }

    /** An opening single mark stands after a space or the paragraph start and before a letter or digit. */
    private static char singleCloserFor(String text, Span para, int i) {
        char c = text.charAt(i);
        if (c != '\u2018' && c != '\'') {
            return 0;
        }
        boolean before = i == para.start() || Character.isWhitespace(text.charAt(i - 1))
                || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!before || !after) {
            return 0;
        }
        return c == '\u2018' ? '\u2019' : '\'';
    }

    /** A closing single mark is not an apostrophe: no letter follows it. */
    private static boolean isSingleCloser(String text, Span para, int i) {
        return i > para.start() && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static int firstVisible(String text, Span para) {
        int i = para.start();
        while (i < para.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean opensWithMark(String text, Span para, boolean doubles, boolean nordic) {
        int i = firstVisible(text, para);
        if (i >= para.end()) {
            return false;
        }
        return doubles
                ? closerFor(text.charAt(i), nordic) != 0 || twoApostrophes(text, i, para.end())
                : singleCloserFor(text, para, i) != 0;
    }
}
