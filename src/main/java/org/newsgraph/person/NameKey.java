package org.newsgraph.person;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key under which two spellings of a name are one person: transliterations differ in accents, hyphens,
 * {@code y}/{@code i} and doubled letters (Zelensky, Zelenskyy, Zelenskiy; Sergey, Sergei; Choe Son-hui), and
 * bylines add initials and suffixes (Lloyd J. Austin III).
 */
public final class NameKey {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private NameKey() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('y', 'i').replaceAll("[^a-z0-9]+", " ");
        return Arrays.stream(plain.trim().split(" "))
                .filter(t -> t.length() > 1 && !SUFFIXES.contains(t))
                .map(t -> t.replaceAll("(.)\\1+", "$1"))
                .collect(Collectors.joining(" "));
    }

    /** Only names of two words or more identify someone; a surname alone is shared by too many. */
    public static boolean identifies(String name) {
        return of(name).indexOf(' ') > 0;
    }
}
