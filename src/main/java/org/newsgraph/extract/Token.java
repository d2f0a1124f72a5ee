package org.newsgraph.extract;

import java.util.Locale;

/** A word, number or punctuation mark of the article at [{@code start}, {@code end}). */
record Token(int start, int end, String text, String lower) {

    static Token of(String article, int start, int end) {
        String text = article.substring(start, end);
        return new Token(start, end, text, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** Starts with a capital letter and holds a lowercase one, or is an initial ("J."). */
    boolean isCapitalised() {
        if (!Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        if (text.length() == 2 && text.charAt(1) == '.') {
            return true;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Double quotation marks of every kind and guillemets, each a token of its own. */
    static final String QUOTE_MARKS = "\u201c\u201d\"\u00ab\u00bb";

    boolean isQuoteMark() {
        return text.length() == 1 && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    boolean isPossessive() {
        return lower.equals("'s") || lower.equals("'");
    }

    boolean is(String punct) {
        return text.equals(punct);
    }
}
