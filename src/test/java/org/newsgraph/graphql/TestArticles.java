package org.newsgraph.graphql;

import java.util.List;
import java.util.UUID;

/**
 * Articles written for the tests, in plain wire style. Each carries a fresh token, so every test ingests an article
 * no other test has, and finds its own data by it.
 */
public final class TestArticles {
    private TestArticles() {
    }

    /**
     * A token no other article has: letters only, since extractors read digits as counts, and all of one length, so
     * that no token is found inside another when a test filters by text.
     */
    public static String token() {
        var letters = new StringBuilder();
        for (char hex : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            letters.append((char) ('g' + Character.digit(hex, 16)));
        }
        return letters.toString();
    }

    /**
     * An article in which a Finnish minister makes {@code quotes} statements about an exercise named by the token, and
     * the Kremlin answers once.
     */
    public static String ministerQuotes(String token, int quotes) {
        var text = new StringBuilder("Finnish Defence Minister Aino Virtanen said on Tuesday that the ")
                .append(token).append(" exercise would go ahead as planned.\n");
        for (int i = 1; i <= quotes; i++) {
            text.append("“Point ").append(i).append(" about the ").append(token)
                    .append(" exercise is that it keeps the region safe,” Virtanen said.\n");
        }
        text.append("“We reject these claims about the ").append(token)
                .append(" exercise entirely,” the Kremlin said in a statement.\n");
        return text.toString();
    }

    private static final List<String> FIRST_NAMES = List.of("Anna", "Jonas", "Marta", "Pieter", "Sofia", "Lukas",
            "Elena", "Tomas", "Ingrid", "Mateusz");
    private static final List<String> SURNAMES = List.of("Berglund", "Kowalczyk", "Lindqvist", "Novak", "Hartmann",
            "Vasquez", "Olsen");

    /** An article in which {@code ministers} defence ministers, each with a name of their own, are named once. */
    public static String ministersMeeting(String token, int ministers) {
        var text = new StringBuilder();
        for (int i = 0; i < ministers; i++) {
            String name = FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + SURNAMES.get(i / FIRST_NAMES.size());
            text.append("Defence Minister ").append(name).append(" said on Monday that the ").append(token)
                    .append(" meeting had been useful.\n");
        }
        return text.toString();
    }
}
