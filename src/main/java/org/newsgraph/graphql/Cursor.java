package org.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: the id of the last item seen, wrapped so that clients do not build them by hand and we stay free to
 * change what is inside.
 */
public final class Cursor {
    private static final String PREFIX = "ng1:";

    private Cursor() {
    }

    public static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInputException for anything {@link #encode} did not produce */
    public static long decode(String cursor) {
        if (cursor.length() > 64) {
            throw invalid(cursor);
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        if (!plain.startsWith(PREFIX)) {
            throw invalid(cursor);
        }
        String id = plain.substring(PREFIX.length());
        if (id.isEmpty() || id.length() > 19 || !id.chars().allMatch(Character::isDigit)) {
            throw invalid(cursor);
        }
        return Long.parseLong(id);
    }

    private static InvalidInputException invalid(String cursor) {
        return new InvalidInputException("'" + Ids.abbreviate(cursor) + "' is not a cursor this API issued");
    }
}
