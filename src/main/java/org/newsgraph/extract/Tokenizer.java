package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words, numbers and single punctuation marks in one linear pass. A possessive "’s" is its own token;
 * initials and common abbreviations ("J.", "U.S.", "Gen.") keep their periods so they do not end sentences.
 */
final class Tokenizer {
    private static final Set<String> ABBREVIATIONS = Lexicon.set("mr|mrs|ms|dr|gen|lt|col|maj|sgt|sen|rep|del|gov|st|jr"
            + "|sr|adm|capt|cpl|pvt|prof|rev|jan|feb|aug|sept|sep|oct|nov|dec|no|vs|etc|mt|ft|gens|brig|cmdr|pres"
            + "|cmdr|insp|supt|lt.col|fr|corp|inc|ltd|co|dept|est|approx|spc|pfc|pte|cdr|sgts|sfc|ssgt|lcpl|cdre");

    private Tokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 8);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                i = wordEnd(s, i);
                out.add(Token.of(s, start, i));
            } else if (isApostrophe(c) && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2))) && i > 0
                    && Character.isLetterOrDigit(s.charAt(i - 1))) {
                out.add(Token.of(s, i, i + 2));
                i += 2;
            } else {
                out.add(Token.of(s, i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String s, int start) {
        int n = s.length();
        int i = start;
        boolean digits = Character.isDigit(s.charAt(start));
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)) && joins(s, i, c, digits)) {
                i++;
            } else {
                break;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            String word = s.substring(start, i);
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (initial || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                i++;
                // "U.S." and "a.m.": letter, period, letter, period
                while (i + 1 < n && Character.isLetter(s.charAt(i)) && s.charAt(i + 1) == '.'
                        && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
                    i += 2;
                }
            }
        }
        return i;
    }

    /**
     * An inner hyphen, apostrophe (not a possessive), a digit group separator or the slash after a lone capital keeps a
     * word together.
     */
    private static boolean joins(String s, int i, char c, boolean digits) {
        if (c == '-' || c == '\u2010' || c == '\u2011') {
            return true;
        }
        if (isApostrophe(c)) {
            char next = s.charAt(i + 1);
            boolean possessive = (next == 's' || next == 'S')
                    && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
            return !possessive;
        }
        if (digits && (c == ',' || c == '.')) {
            return Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i - 1));
        }
        // "L/Cpl", "L/Sgt": a lance rank is one word; "Israel/Lebanon" stays two places
        return c == '/' && Character.isUpperCase(s.charAt(i - 1))
                && (i == 1 || !Character.isLetterOrDigit(s.charAt(i - 2)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
