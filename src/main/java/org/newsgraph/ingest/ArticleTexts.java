package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** How an article's text is stored and how two copies of one article are recognised. */
public final class ArticleTexts {
    private ArticleTexts() {
    }

    /**
     * The stored form: Unicode NFC and {@code \n} line ends, trimmed. Offsets index into this form, so it changes
     * nothing a reader would see.
     */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The identity of an article: the SHA-256 of its stored text with runs of white space folded to one space. */
    public static String hash(String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalised.replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
