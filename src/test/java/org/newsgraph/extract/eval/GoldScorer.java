package org.newsgraph.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A Java port of the evaluation's score.py matching rules: persons by full name, statements by (speaker, quote
 * overlap >= 0.8), deployments by (origin, host, count), optional gold items neither missed nor counted, one-to-one
 * maximum matching with required gold first. Reads gold and predictions as JSON-P values, so it scores the
 * extractor's own output or whatever the GraphQL API returns once shaped as pred.json.
 */
public final class GoldScorer {
    /** The scored categories, in score.py's order. */
    public static final List<String> CATEGORIES = List.of("persons", "statements", "quotes", "deployments");

    private static final Map<Character, String> QMAP = Map.ofEntries(Map.entry('\u201c', "\""),
            Map.entry('\u201d', "\""), Map.entry('\u201e', "\""), Map.entry('\u201f', "\""), Map.entry('\u00ab', "\""),
            Map.entry('\u00bb', "\""), Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201a', "'"),
            Map.entry('\u201b', "'"), Map.entry('\u2032', "'"), Map.entry('`', "'"), Map.entry('\u2013', "-"),
            Map.entry('\u2014', "-"), Map.entry('\u2212', "-"), Map.entry('\u2026', "..."), Map.entry('\u00a0', " "));
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORDS = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_ALNUM = Pattern.compile("[^0-9a-z]+");
    private static final Pattern COUNT = Pattern
            .compile("(\\d{1,3}(?:[ ,]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(k\\b|thousand|million)?");
    private static final String QUOTE_STRIP = " \"'.,;:!?-";
    private static final Set<String> EMPTY_SPEAKERS = Set.of("", "none", "null", "unknown", "unnamed", "anonymous",
            "n a", "na", "unattributed", "unidentified");
    private static final Map<String, List<String>> PLACE_ALIASES = new LinkedHashMap<>();

    static {
        PLACE_ALIASES.put("north korea", List.of("north korean", "north koreans", "dprk",
                "democratic people s republic of korea", "pyongyang", "n korea", "n korean"));
        PLACE_ALIASES.put("south korea", List.of("south korean", "republic of korea", "rok", "s korea"));
        PLACE_ALIASES.put("united states", List.of("united states of america", "us", "usa", "u s", "america",
                "american", "americans", "us army"));
        PLACE_ALIASES.put("russia", List.of("russian", "russian federation"));
        PLACE_ALIASES.put("ukraine", List.of("ukrainian"));
        PLACE_ALIASES.put("united kingdom", List.of("uk", "britain", "great britain", "british"));
        PLACE_ALIASES.put("united nations", List.of("un", "u n"));
        PLACE_ALIASES.put("baltic states", List.of("baltics", "baltic"));
        PLACE_ALIASES.put("kursk", List.of("kursk oblast", "kursk region"));
        String[][] simple = {{"poland", "polish"}, {"romania", "romanian"}, {"germany", "german"},
                {"france", "french"}, {"spain", "spanish"}, {"morocco", "moroccan"}, {"chile", "chilean"},
                {"ecuador", "ecuadorian"}, {"guatemala", "guatemalan"}, {"sri lanka", "sri lankan"},
                {"china", "chinese"}, {"lithuania", "lithuanian"}, {"latvia", "latvian"}, {"estonia", "estonian"}};
        for (String[] p : simple) {
            PLACE_ALIASES.put(p[0], List.of(p[1]));
        }
    }

    /** True and false positives and negatives of one category, with the gold and prediction indexes involved. */
    public record Counts(int tp, int fp, int fn, List<Integer> missed, List<Integer> spurious) {
        public double precision() {
            return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        }

        public double recall() {
            return tp + fn > 0 ? (double) tp / (tp + fn) : (fp == 0 ? 1.0 : 0.0);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, List.of(), List.of());
        }
    }

    /** The scores of one article (or a micro-average): one {@link Counts} per category. */
    public record Result(Map<String, Counts> categories) {
        public Counts get(String category) {
            return categories.get(category);
        }

        public Result plus(Result o) {
            Map<String, Counts> sum = new LinkedHashMap<>();
            for (String c : CATEGORIES) {
                sum.put(c, categories.get(c).plus(o.categories.get(c)));
            }
            return new Result(sum);
        }

        public static Result empty() {
            Map<String, Counts> zero = new LinkedHashMap<>();
            for (String c : CATEGORIES) {
                zero.put(c, new Counts(0, 0, 0, List.of(), List.of()));
            }
            return new Result(zero);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (String c : CATEGORIES) {
                Counts k = categories.get(c);
                b.append(String.format(Locale.ROOT, "%-12s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)%n",
                        c.equals("quotes") ? "quote-only" : c, k.precision(), k.recall(), k.f1(), k.tp, k.fp, k.fn));
            }
            return b.toString();
        }
    }

    private GoldScorer() {
    }

    // ------------------------------------------------------------------ text

    static String translate(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = QMAP.get(c);
            if (r == null) {
                b.append(c);
            } else {
                b.append(r);
            }
        }
        return b.toString();
    }

    static String normQuote(String s) {
        String t = translate(s == null ? "" : s).toLowerCase(Locale.ROOT);
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return strip(t, QUOTE_STRIP);
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    static String normName(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            int type = Character.getType(d.charAt(i));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                b.append(d.charAt(i));
            }
        }
        String t = translate(b.toString()).toLowerCase(Locale.ROOT).replace(".", "");
        return NON_ALNUM.matcher(t).replaceAll(" ").strip();
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORDS.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Similarity in [0, 1] when the quotes match (>= 0.8), else 0. */
    public static double quoteSimilarity(String a, String b) {
        String na = normQuote(a);
        String nb = normQuote(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return 0.0;
        }
        if (na.equals(nb)) {
            return 1.0;
        }
        Set<String> ta = tokens(na);
        Set<String> tb = tokens(nb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        double jac = union.isEmpty() ? 0.0 : (double) inter.size() / union.size();
        double lcs = 0.0;
        int longer = Math.max(na.length(), nb.length());
        if ((double) Math.min(na.length(), nb.length()) / longer >= 0.8) {
            lcs = (double) longestCommonSubstring(na, nb) / longer;
        }
        double best = Math.max(jac, lcs);
        return best >= 0.8 ? best : 0.0;
    }

    private static int longestCommonSubstring(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return best;
    }

    /** A troop count from a number or a string such as "as many as 8,000", "10 000 troops", "12k"; else null. */
    public static Integer parseCount(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL || v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return (int) n.doubleValue();
        }
        if (v instanceof JsonObject o) {
            for (String k : List.of("value", "count", "number", "n")) {
                if (o.containsKey(k)) {
                    return parseCount(o.get(k));
                }
            }
            return null;
        }
        String s = (v instanceof JsonString js ? js.getString() : v.toString()).toLowerCase(Locale.ROOT);
        Matcher m = COUNT.matcher(s);
        if (!m.find()) {
            return null;
        }
        double num = Double.parseDouble(m.group(1).replace(",", "").replace(" ", ""));
        String unit = m.group(2) == null ? "" : m.group(2).strip();
        int mult = switch (unit) {
            case "k", "thousand" -> 1000;
            case "million" -> 1000000;
            default -> 1;
        };
        return (int) Math.round(num * mult);
    }

    // ------------------------------------------------------------------ names

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonValue v = o.get(key);
        if (v instanceof JsonArray a) {
            for (JsonValue x : a) {
                if (x instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        }
        return out;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static boolean truthy(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.TRUE;
    }

    /** Whether a predicted name names the gold person (full name, spelling, or a 2+-word alias with the surname). */
    public static boolean nameMatch(String predName, JsonObject person) {
        String n = normName(predName);
        if (n.isEmpty()) {
            return false;
        }
        List<String> full = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        forms.add(string(person, "name"));
        forms.addAll(strings(person, "other_spellings"));
        for (String f : forms) {
            if (f != null && !normName(f).isEmpty()) {
                full.add(normName(f));
            }
        }
        Set<String> surnames = new HashSet<>();
        for (String f : full) {
            String[] parts = f.split(" ");
            surnames.add(parts[parts.length - 1]);
        }
        Set<String> accepted = new HashSet<>(full);
        for (String a : strings(person, "aliases")) {
            String[] toks = normName(a).split(" ");
            if (toks.length >= 2 && !normName(a).isEmpty()) {
                for (String t : toks) {
                    if (surnames.contains(t)) {
                        accepted.add(String.join(" ", toks));
                        break;
                    }
                }
            }
        }
        if (accepted.contains(n)) {
            return true;
        }
        String padded = " " + n + " ";
        for (String f : full) {
            if (f.split(" ").length >= 2 && padded.contains(" " + f + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean orgMatch(String predName, List<String> orgs) {
        String n = normName(predName);
        if (n.isEmpty()) {
            return false;
        }
        for (String o : orgs) {
            String no = normName(o);
            if (no.isEmpty()) {
                continue;
            }
            if (n.equals(no) || (no.split(" ").length >= 2 && (" " + n + " ").contains(" " + no + " "))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ places

    private static Set<String> placeForms(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String x : names) {
            String n = normName(x);
            if (n.isEmpty()) {
                continue;
            }
            out.add(n);
            out.addAll(PLACE_ALIASES.getOrDefault(n, List.of()));
            for (Map.Entry<String, List<String>> e : PLACE_ALIASES.entrySet()) {
                if (e.getValue().contains(n)) {
                    out.add(e.getKey());
                    out.addAll(e.getValue());
                }
            }
        }
        return out;
    }

    private static boolean placeMatch(List<String> goldNames, String predText) {
        List<String> present = new ArrayList<>();
        for (String g : goldNames) {
            if (g != null && !g.isEmpty()) {
                present.add(g);
            }
        }
        Set<String> forms = placeForms(present);
        String p = normName(predText);
        if (forms.isEmpty()) {
            return p.isEmpty();
        }
        if (p.isEmpty()) {
            return false;
        }
        String padded = " " + p + " ";
        for (String f : forms) {
            if (padded.contains(" " + f + " ")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ reading predictions

    private static boolean present(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (v instanceof JsonString s && s.getString().isEmpty()) {
            return false;
        }
        return !(v instanceof JsonArray a && a.isEmpty());
    }

    private static JsonValue first(JsonObject d, String... keys) {
        for (String k : keys) {
            if (present(d.get(k))) {
                return d.get(k);
            }
        }
        return null;
    }

    private static String asName(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonObject o) {
            v = first(o, "name", "canonical_name", "full_name", "canonical");
        }
        if (v instanceof JsonArray a) {
            v = a.isEmpty() ? null : a.get(0);
        }
        if (v == null) {
            return null;
        }
        return pyStr(v);
    }

    private static String pyStr(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.isIntegral() ? n.bigIntegerValue().toString() : n.toString();
        }
        return v.toString();
    }

    private static List<JsonValue> list(JsonObject doc, String key) {
        JsonValue v = doc.get(key);
        return v instanceof JsonArray a ? a : List.of();
    }

    private static List<String> predPersons(JsonObject doc) {
        List<String> out = new ArrayList<>();
        for (JsonValue p : list(doc, "persons")) {
            String n = p instanceof JsonObject ? asName(p) : pyStr(p);
            out.add(n == null ? "" : n);
        }
        return out;
    }

    /** A predicted statement: speaker (may be null) and quote. */
    private record Said(String speaker, String quote) {
    }

    private static List<Said> predStatements(JsonObject doc) {
        Map<String, String> ids = new HashMap<>();
        for (JsonValue p : list(doc, "persons")) {
            if (p instanceof JsonObject o && present(o.get("id"))) {
                ids.put(pyStr(o.get("id")), asName(o));
            }
        }
        List<Said> out = new ArrayList<>();
        for (JsonValue s : list(doc, "statements")) {
            if (!(s instanceof JsonObject o)) {
                out.add(new Said(null, pyStr(s)));
                continue;
            }
            JsonValue quote = first(o, "quote", "text", "quote_text", "content", "statement");
            String spk = asName(first(o, "speaker", "speaker_name", "person", "attributed_to", "speaker_canonical"));
            if (spk == null && o.containsKey("speaker_id") && present(o.get("speaker_id"))) {
                spk = ids.get(pyStr(o.get("speaker_id")));
            }
            out.add(new Said(spk, quote == null ? "" : pyStr(quote)));
        }
        return out;
    }

    private static String join(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (v instanceof JsonArray a) {
            List<String> parts = new ArrayList<>();
            for (JsonValue x : a) {
                parts.add(join(x));
            }
            return String.join(" ; ", parts);
        }
        if (v instanceof JsonObject o) {
            List<String> parts = new ArrayList<>();
            for (JsonValue x : o.values()) {
                parts.add(join(x));
            }
            return String.join(" ; ", parts);
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return "True";
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return "False";
        }
        return pyStr(v);
    }

    /** A predicted deployment: origin text, host text, count. */
    private record Dep(String origin, String host, Integer count) {
    }

    private static List<Dep> predDeployments(JsonObject doc) {
        List<Dep> out = new ArrayList<>();
        for (JsonValue v : list(doc, "deployments")) {
            if (!(v instanceof JsonObject d)) {
                continue;
            }
            String origin = join(first(d, "origin", "origin_country", "force_origin", "from", "country", "nationality",
                    "force"));
            List<String> hosts = new ArrayList<>();
            for (String k : List.of("host_country", "host_region", "host", "location", "destination", "to",
                    "region")) {
                if (d.containsKey(k) && truthyValue(d.get(k))) {
                    hosts.add(join(d.get(k)));
                }
            }
            Integer count = parseCount(first(d, "count", "troop_count", "troops", "number", "size", "strength",
                    "personnel", "troop_number"));
            out.add(new Dep(origin, String.join(" ; ", hosts), count));
        }
        return out;
    }

    /** Python truthiness of a JSON value. */
    private static boolean truthyValue(JsonValue v) {
        return switch (v.getValueType()) {
            case NULL, FALSE -> false;
            case TRUE -> true;
            case STRING -> !((JsonString) v).getString().isEmpty();
            case NUMBER -> ((JsonNumber) v).doubleValue() != 0;
            case ARRAY -> !((JsonArray) v).isEmpty();
            case OBJECT -> !((JsonObject) v).isEmpty();
        };
    }

    // ------------------------------------------------------------------ matching

    /** Kuhn's augmenting-path maximum matching over gold indexes in {@code order}; returns gold -> pred. */
    private static Map<Integer, Integer> maxMatch(int nPred, BiPredicate<Integer, Integer> ok, List<Integer> order) {
        Map<Integer, List<Integer>> adj = new HashMap<>();
        for (int i : order) {
            List<Integer> js = new ArrayList<>();
            for (int j = 0; j < nPred; j++) {
                if (ok.test(i, j)) {
                    js.add(j);
                }
            }
            adj.put(i, js);
        }
        Map<Integer, Integer> predOf = new LinkedHashMap<>();
        for (int i : order) {
            tryAssign(i, new HashSet<>(), adj, predOf);
        }
        Map<Integer, Integer> out = new HashMap<>();
        predOf.forEach((j, i) -> out.put(i, j));
        return out;
    }

    private static boolean tryAssign(int i, Set<Integer> seen, Map<Integer, List<Integer>> adj,
            Map<Integer, Integer> predOf) {
        for (int j : adj.get(i)) {
            if (!seen.add(j)) {
                continue;
            }
            if (!predOf.containsKey(j) || tryAssign(predOf.get(j), seen, adj, predOf)) {
                predOf.put(j, i);
                return true;
            }
        }
        return false;
    }

    private static Counts scoreItems(List<JsonObject> gold, int nPred, BiPredicate<Integer, Integer> ok) {
        List<Integer> req = new ArrayList<>();
        List<Integer> opt = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            (truthy(gold.get(i), "optional") ? opt : req).add(i);
        }
        Map<Integer, Integer> m1 = maxMatch(nPred, ok, req);
        Set<Integer> used = new HashSet<>(m1.values());
        Map<Integer, Integer> m2 = maxMatch(nPred, (i, j) -> !used.contains(j) && ok.test(i, j), opt);
        used.addAll(m2.values());
        List<Integer> missed = new ArrayList<>();
        for (int i : req) {
            if (!m1.containsKey(i)) {
                missed.add(i);
            }
        }
        List<Integer> spurious = new ArrayList<>();
        for (int j = 0; j < nPred; j++) {
            if (!used.contains(j)) {
                spurious.add(j);
            }
        }
        return new Counts(m1.size(), nPred - used.size(), req.size() - m1.size(), missed, spurious);
    }

    private static List<Said> mergeSplitQuotes(List<JsonObject> gs, List<Said> predicted) {
        List<Said> ps = new ArrayList<>(predicted);
        for (JsonObject g : gs) {
            List<String> parts = strings(g, "quote_parts");
            if (parts.size() < 2) {
                continue;
            }
            boolean whole = false;
            for (Said p : ps) {
                whole |= quoteSimilarity(string(g, "quote"), p.quote()) > 0;
            }
            if (whole) {
                continue;
            }
            List<Integer> picked = new ArrayList<>();
            for (String part : parts) {
                int found = -1;
                for (int j = 0; j < ps.size() && found < 0; j++) {
                    if (!picked.contains(j) && quoteSimilarity(part, ps.get(j).quote()) > 0) {
                        found = j;
                    }
                }
                if (found < 0) {
                    break;
                }
                picked.add(found);
            }
            if (picked.size() == parts.size()) {
                String spk = null;
                List<String> texts = new ArrayList<>();
                for (int j : picked) {
                    if (spk == null && ps.get(j).speaker() != null && !ps.get(j).speaker().isEmpty()) {
                        spk = ps.get(j).speaker();
                    }
                    texts.add(ps.get(j).quote());
                }
                List<Said> rest = new ArrayList<>();
                for (int j = 0; j < ps.size(); j++) {
                    if (!picked.contains(j)) {
                        rest.add(ps.get(j));
                    }
                }
                rest.add(new Said(spk, String.join(" ", texts)));
                ps = rest;
            }
        }
        return ps;
    }

    private static List<JsonObject> objects(JsonObject doc, String key) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : list(doc, key)) {
            out.add(v.asJsonObject());
        }
        return out;
    }

    /** Scores one prediction against its gold, as score.py's {@code score(gold, pred)}. */
    public static Result score(JsonObject gold, JsonObject pred) {
        List<JsonObject> persons = objects(gold, "persons");
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonObject p : persons) {
            byName.put(string(p, "name"), p);
        }
        List<String> pp = predPersons(pred);
        Counts rPersons = scoreItems(persons, pp.size(), (i, j) -> nameMatch(pp.get(j), persons.get(i)));

        List<JsonObject> gs = objects(gold, "statements");
        List<Said> ps = mergeSplitQuotes(gs, predStatements(pred));
        Map<Long, Double> sim = new HashMap<>();
        BiPredicate<Integer, Integer> quoteOk = (i, j) -> sim.computeIfAbsent((long) i << 32 | j,
                k -> quoteSimilarity(string(gs.get(i), "quote"), ps.get(j).quote())) > 0;
        BiPredicate<Integer, Integer> speakerOk = (i, j) -> speakerOk(gs.get(i), ps.get(j).speaker(), byName);
        Counts rStatements = scoreItems(gs, ps.size(), (i, j) -> quoteOk.test(i, j) && speakerOk.test(i, j));
        Counts rQuotes = scoreItems(gs, ps.size(), quoteOk);

        List<JsonObject> gd = objects(gold, "deployments");
        List<Dep> pd = predDeployments(pred);
        Counts rDeps = scoreItems(gd, pd.size(), (i, j) -> depOk(gd.get(i), pd.get(j)));

        Map<String, Counts> out = new LinkedHashMap<>();
        out.put("persons", rPersons);
        out.put("statements", rStatements);
        out.put("quotes", rQuotes);
        out.put("deployments", rDeps);
        return new Result(out);
    }

    private static boolean speakerOk(JsonObject g, String speaker, Map<String, JsonObject> byName) {
        List<String> candidates = new ArrayList<>();
        if (string(g, "speaker") != null && !string(g, "speaker").isEmpty()) {
            candidates.add(string(g, "speaker"));
        }
        for (String a : strings(g, "speaker_alternatives")) {
            if (!a.isEmpty()) {
                candidates.add(a);
            }
        }
        if (candidates.isEmpty()) {
            if (EMPTY_SPEAKERS.contains(normName(speaker))) {
                return true;
            }
            List<String> orgs = new ArrayList<>(strings(g, "speaker_org_aliases"));
            if (string(g, "speaker_org") != null && !string(g, "speaker_org").isEmpty()) {
                orgs.add(string(g, "speaker_org"));
            }
            return orgMatch(speaker, orgs);
        }
        for (String c : candidates) {
            JsonObject person = byName.get(c);
            if (person == null) {
                person = jakarta.json.Json.createObjectBuilder().add("name", c).build();
            }
            if (nameMatch(speaker, person)) {
                return true;
            }
        }
        return false;
    }

    private static boolean depOk(JsonObject g, Dep p) {
        Integer gc = parseCount(g.get("count"));
        if (gc == null ? p.count() != null : !gc.equals(p.count())) {
            return false;
        }
        List<String> origins = new ArrayList<>();
        origins.add(string(g, "origin"));
        origins.addAll(strings(g, "origin_alternatives"));
        if (!placeMatch(origins, p.origin())) {
            return false;
        }
        List<String> hosts = new ArrayList<>();
        hosts.add(string(g, "host_country"));
        hosts.add(string(g, "host_region"));
        hosts.addAll(strings(g, "host_alternatives"));
        boolean any = hosts.stream().anyMatch(h -> h != null && !h.isEmpty());
        if (!any && string(g, "host") != null && !string(g, "host").isEmpty()) {
            hosts = List.of(string(g, "host"));
        }
        return placeMatch(hosts, p.host());
    }

    // ------------------------------------------------------------------ command line

    /**
     * {@code GoldScorer DIR}: scores every DIR/NAME/pred.json against DIR/NAME/gold.json and prints the per-article
     * rows and the micro-average, like {@code score.py --all DIR}, so the two can be compared.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(d -> Files.exists(d.resolve("gold.json"))).sorted().toList();
        }
        Result total = Result.empty();
        for (Path d : dirs) {
            JsonObject gold = EvalSet.json(d.resolve("gold.json"));
            JsonObject pred = Files.exists(d.resolve("pred.json"))
                    ? EvalSet.json(d.resolve("pred.json"))
                    : jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
            Result r = score(gold, pred);
            total = total.plus(r);
            System.out.println(row(d.getFileName().toString(), r));
        }
        System.out.println(row("MICRO (" + dirs.size() + " articles)", total));
    }

    /** One line in score.py's --all layout. */
    public static String row(String name, Result r) {
        return String.format(Locale.ROOT, "%-40s %-17s %-17s %-6.2f %-17s", name.length() > 40
                ? name.substring(0, 40)
                : name, cell(r.get("persons")), cell(r.get("statements")), r.get("quotes").recall(),
                cell(r.get("deployments")));
    }

    private static String cell(Counts c) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", c.precision(), c.recall(), c.f1());
    }
}
