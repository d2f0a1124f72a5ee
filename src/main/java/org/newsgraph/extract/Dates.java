package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Resolves the day words of a sentence against the publication date: a weekday is its latest occurrence on or before
 * publication ("Thursday" in a Friday paper is the day before; "last Friday" a week back when it would be the same
 * day), "today" and "tonight" the day itself, "yesterday" and "last night" the day before, "Oct. 31" or "31 October"
 * that date in the publication year (the year before when that date would lie in the future). Vague spans ("last
 * week") give nothing, and so does any day word when the publication date is unknown.
 */
final class Dates {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan.", 1),
            Map.entry("february", 2), Map.entry("feb.", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("aug.", 8),
            Map.entry("september", 9), Map.entry("sept.", 9), Map.entry("sep.", 9), Map.entry("october", 10),
            Map.entry("oct.", 10), Map.entry("november", 11), Map.entry("nov.", 11), Map.entry("december", 12),
            Map.entry("dec.", 12));

    private Dates() {
    }

    /** A month as written before a day: "Sept. 14-20", "March 3". */
    static boolean isMonth(Token tok) {
        return MONTHS.containsKey(tok.lower()) && Character.isUpperCase(tok.text().charAt(0));
    }

    /** The first day named in tokens [from, to) that are not inside a quotation, or null. */
    static LocalDate firstDay(Layout layout, int from, int to, LocalDate published) {
        if (published == null) {
            return null;
        }
        List<Token> tokens = layout.tokens;
        for (int t = from; t < to; t++) {
            Token tok = tokens.get(t);
            if (!tok.isWord() || layout.inQuote(tok.start())) {
                continue;
            }
            String l = tok.lower();
            String prev = t > from ? tokens.get(t - 1).lower() : "";
            DayOfWeek dow = WEEKDAYS.get(l);
            if (dow != null) {
                int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
                if (back == 0 && prev.equals("last")) {
                    back = 7;
                }
                if (!prev.equals("next")) {
                    return published.minusDays(back);
                }
            } else if (l.equals("today") || l.equals("tonight")) {
                return published;
            } else if (l.equals("yesterday") || (l.equals("night") && prev.equals("last"))) {
                return published.minusDays(1);
            } else if (MONTHS.containsKey(l) && Character.isUpperCase(tok.text().charAt(0))) {
                LocalDate d = monthDay(MONTHS.get(l), t + 1 < to ? tokens.get(t + 1) : null,
                        t > from ? tokens.get(t - 1) : null, published);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static LocalDate monthDay(int month, Token after, Token before, LocalDate published) {
        int day = dayNumber(after);
        if (day < 0) {
            day = dayNumber(before);
        }
        if (day < 1 || day > 31) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            return d.isAfter(published) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int dayNumber(Token tok) {
        if (tok == null || !tok.isNumber()) {
            return -1;
        }
        String s = tok.lower();
        if (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.length() > 2) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }
}
