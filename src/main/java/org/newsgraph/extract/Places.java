package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Recognises countries, demonyms, capitals and regions at a token, by longest match over {@link Lexicon}. */
final class Places {
    /** Every word that occurs in a country form, so a backward scan can step over "North Korean". */
    static final Set<String> COUNTRY_WORDS;

    static {
        Set<String> words = new HashSet<>();
        for (String k : Lexicon.COUNTRY.keySet()) {
            for (String w : k.split(" ")) {
                words.add(w);
            }
        }
        COUNTRY_WORDS = Set.copyOf(words);
    }

    /** A place found at a token: the country it stands for and the number of tokens it spans. */
    record Match(String country, int length, String region) {
    }

    private Places() {
    }

    /** "US", "UN", "U.S.": a short form counts only in capitals ("Un" in "Kim Jong Un" is no country). */
    static boolean isCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLake(List<Token> tokens, int t, int limit) {
        return t + 1 < limit && tokens.get(t).text().equals("Lake") && tokens.get(t + 1).isCapitalised()
                && tokens.get(t + 1).start() == tokens.get(t).end() + 1;
    }

    /** "Kenyans", "Filipinos": a demonym the lexicon holds only in the singular, in the plural. */
    private static String pluralDemonym(String key) {
        if (key.length() < 6 || !key.endsWith("s")) {
            return null;
        }
        String singular = key.substring(0, key.length() - 1);
        char last = singular.charAt(singular.length() - 1);
        return last == 'n' || last == 'o' || last == 'i' ? Lexicon.COUNTRY.get(singular) : null;
    }

    /** "the Democratic People's Republic of Korea": the North's own name, whose possessive no lexicon key holds. */
    static boolean dprkAt(List<Token> tokens, int t, int limit) {
        return t + 5 < limit && tokens.get(t).lower().equals("democratic") && tokens.get(t + 1).lower().equals("people")
                && tokens.get(t + 2).isPossessive() && tokens.get(t + 3).lower().equals("republic")
                && tokens.get(t + 4).lower().equals("of") && tokens.get(t + 5).lower().equals("korea");
    }

    /**
     * The country (or region) named by the tokens starting at {@code t}, or null. Lowercase "us" is the pronoun, so
     * short forms must be written in capitals ("US", "U.S.").
     */
    static Match at(List<Token> tokens, int t, int limit) {
        if (isLake(tokens, t, limit)) {
            // "around Lake Chad": the lake, which is no country, rather than "Chad"
            Token name = tokens.get(t + 1);
            return new Match("Lake " + name.text(), 2, null);
        }
        if (t > 0 && isLake(tokens, t - 1, limit)) {
            return null;
        }
        if (dprkAt(tokens, t, limit)) {
            return new Match("North Korea", 6, null);
        }
        if (t >= 3 && dprkAt(tokens, t - 3, limit)) {
            // "Republic of Korea" inside "Democratic People's Republic of Korea" is not the South
            return null;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder written = new StringBuilder();
        Match best = null;
        for (int n = 0; n < Lexicon.COUNTRY_MAX_TOKENS && t + n < limit; n++) {
            Token tok = tokens.get(t + n);
            if (!tok.isWord() || (n == 0 && !Character.isUpperCase(tok.text().charAt(0)))) {
                break;
            }
            if (n > 0) {
                if (tok.start() - tokens.get(t + n - 1).end() > 1) {
                    break;
                }
                key.append(' ');
                written.append(' ');
            }
            key.append(tok.lower());
            written.append(tok.text());
            String k = key.toString();
            if (!k.chars().allMatch(ch -> ch < 128) && !Lexicon.COUNTRY.containsKey(k)
                    && !Lexicon.REGION_COUNTRY.containsKey(k)) {
                // "Chișinău", "Kraków": the lexicon writes places without their accents
                k = People.fold(k);
            }
            String country = Lexicon.COUNTRY.get(k);
            if (country == null) {
                country = pluralDemonym(k);
            }
            if (country != null && !(n == 0 && k.length() <= 3 && !isCapitals(tok.text()))) {
                best = new Match(country, n + 1, null);
            }
            String regionCountry = Lexicon.REGION_COUNTRY.get(k);
            if (regionCountry != null) {
                best = new Match(regionCountry, n + 1, written.toString());
            }
        }
        if (best != null && best.length() == 1 && Lexicon.isArea(best.country()) && t + 2 < limit
                && tokens.get(t + 1).lower().equals("of") && tokens.get(t + 2).isCapitalised()) {
            // "the Gulf of Paria": another gulf than the one "the Gulf" alone names
            return null;
        }
        return best != null && language(tokens, t, best, limit) ? null : best;
    }

    /** "told reporters, speaking in Spanish": a demonym standing alone after "in" or "speaking" is a language. */
    private static boolean language(List<Token> tokens, int t, Match m, int limit) {
        if (t == 0 || m.length() != 1 || !Lexicon.LANGUAGES.contains(tokens.get(t).lower())) {
            return false;
        }
        boolean alone = t + 1 >= limit || !tokens.get(t + 1).isWord()
                || Set.of("and", "or").contains(tokens.get(t + 1).lower());
        return alone && Set.of("in", "speaking", "speaks", "spoke").contains(tokens.get(t - 1).lower());
    }
}
