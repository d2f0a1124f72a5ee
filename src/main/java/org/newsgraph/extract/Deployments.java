package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds troop deployments: a count ("As many as 8,000 North Korean troops", "2,000 more soldiers", "12 000", "1.5
 * million", "three thousand") or, when no count is given, a demonym before a troop noun in a sentence that says they
 * were sent somewhere. Origin comes from the demonyms before the noun (two for joint units), else from "troops from X",
 * "X's troops" or the country the sentence is about, else from the previous report; host and region from the place
 * after "in", "to", "into" and the like ("in Russia's Kursk region"). A bare number counts when a deployment verb
 * follows it in a sentence about troops ("the 10,000 the US says were deployed"). Casualty figures are not
 * deployments. The same origin and count reported twice is one deployment.
 */
final class Deployments {
    private static final Set<String> FILLERS = Lexicon.set("more|additional|extra|fresh|new|elite|special|combat"
            + "|ground|active-duty|regular|military|army|its|their|his|and|the|of|well-trained|trained|armed|support"
            + "|logistics|medical|combat-ready|battle-hardened|them|those|these"
            + "|highly|professional|allied|foreign|regular|frontline|front-line|other|reinforcement|reserve|navy"
            + "|air|defense|defence|forces|operations|assault");
    private static final Set<String> CASUALTIES = Lexicon.set("killed|wounded|dead|died|casualties|injured"
            + "|captured|losses|lost|missing|deaths|dying|surrendered|prisoners|pows|executed|deserted");
    private static final Set<String> DEPLOY_VERBS = Lexicon.set("deployed|sent|dispatched|stationed|arrived"
            + "|moved|transferred|deploying|sending|massed|amassed|deploy|send|posted|based|arriving|shipped"
            + "|transported|heading|moving|withdrawn|withdrew|pulled|fighting|fought|serving|trained|training|arrive"
            + "|station|stationed|move|withdraw|fight|deploys|sends|arrives|crossed|entered");
    private static final Set<String> LOC_PREPS = Lexicon.set("in|to|into|inside|toward|towards|through|across|at"
            + "|near|on|within|from|throughout|via|around|off|along");
    private static final Set<String> REGION_WORDS = Lexicon.set("region|oblast|province|krai|district|area|border"
            + "|peninsula|front");
    private static final Set<String> ANAPHORIC = Lexicon.set("more|further|additional|another|extra|of|them|those"
            + "|these|remaining|rest");
    private static final Set<String> AFTER_BARE_COUNT = Lexicon.set("more|of|were|are|have|had|has|was|will|would"
            + "|could|the|in|to|into|from|already|now|being|who|that|over|by|within|next|this|last|remain|remained"
            + "|stay|stayed|are|is|had|may|might|should|currently|still|as|at|on|near");
    private static final Set<String> STRONG_NOUNS = Lexicon.set("force|forces|contingent|brigade|battalion|unit"
            + "|division|army|mission|corps|group|regiment|detachment");
    /** Bodies that troops serve under but are never the host of a deployment. */
    private static final Set<String> ALLIANCES = Set.of("NATO", "United Nations", "European Union");
    private static final Set<String> DEICTIC = Lexicon.set("region|country|area|oblast|province|territory|there"
            + "|island|peninsula");
    private static final Pattern EUROPEAN_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\u201c\u201d\"\u00ab\u00bb]");
    private static final Pattern LIST_SEPARATORS = Pattern
            .compile(",|;|\\band\\b|\\bincluding\\b|\\bsuch as\\b|\\bas well as\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> CLAIM_VERBS = Lexicon.set("reported|believe|believes|estimate|estimates"
            + "|assess|assesses|assessed|announced|estimated|confirmed|claimed|say|says|said|told|according");

    private final Layout layout;
    private final Attributor attributor;
    private final People people;
    private final List<Span> excluded;

    Deployments(Layout layout, Attributor attributor, People people, List<Span> excluded) {
        this.layout = layout;
        this.attributor = attributor;
        this.people = people;
        this.excluded = excluded;
    }

    /** A count: tokens [start, end), its value (null for "thousands"), qualifier, and whether it read "5,000-strong". */
    private record Count(int start, int end, Integer value, TroopsQualifier qualifier, boolean strong) {
        Count(int start, int end, Integer value, TroopsQualifier qualifier) {
            this(start, end, value, qualifier, false);
        }
    }

    /** A deployment being built. */
    private static final class Found {
        String origin;
        String host;
        String region;
        Integer troops;
        TroopsQualifier qualifier;
        DeploymentStatus status;
        final LinkedHashSet<String> training = new LinkedHashSet<>();
        String claimedBy;
        Span evidence;
        final List<Span> related = new ArrayList<>();
    }

    List<DeploymentReport> find(List<Quotation> quotations) {
        List<Found> found = new ArrayList<>();
        List<Token> tokens = layout.tokens;
        Found last = null;
        for (int s = 0; s < layout.sentences.size(); s++) {
            Span sentence = layout.sentences.get(s);
            if (isExcluded(sentence.start())) {
                continue;
            }
            int from = layout.tokenAt(sentence.start());
            int to = layout.tokenAt(sentence.end());
            boolean troopContext = last != null || mentionsTroops(from, to);
            for (int t = from; t < to; t++) {
                Count c = countAt(t, to);
                if (c == null) {
                    continue;
                }
                Found f = candidate(c, from, to, sentence, troopContext, last);
                t = Math.max(t, c.end() - 1);
                if (f != null) {
                    last = merge(found, f);
                }
            }
            Found bare = uncounted(from, to, sentence);
            if (bare != null) {
                last = merge(found, bare);
            }
            List<String> training = training(from, to);
            if (!training.isEmpty() && last != null) {
                last.training.addAll(training);
                last.related.add(sentence);
            }
        }
        List<DeploymentReport> out = new ArrayList<>();
        for (Found f : found) {
            if (f.troops == null && hasCounted(found, f.origin)) {
                continue;
            }
            List<Integer> linked = new ArrayList<>();
            for (int i = 0; i < quotations.size(); i++) {
                Quotation q = quotations.get(i);
                boolean inside = f.evidence.contains(q.start());
                for (Span r : f.related) {
                    inside |= r.contains(q.start());
                }
                if (inside) {
                    linked.add(i);
                }
            }
            out.add(new DeploymentReport(f.origin, f.host, f.region, f.troops, f.qualifier, f.status,
                    List.copyOf(f.training), f.claimedBy, layout.text.substring(f.evidence.start(), f.evidence.end()),
                    f.evidence.start(), f.evidence.end(), linked));
        }
        return out;
    }

    private static boolean hasCounted(List<Found> found, String origin) {
        for (Found f : found) {
            if (f.troops != null && f.origin.equals(origin)) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code f}, or folds it into an earlier report of the same origin and count; returns the report kept. */
    private static Found merge(List<Found> found, Found f) {
        for (Found g : found) {
            if (g.origin.equals(f.origin) && java.util.Objects.equals(g.troops, f.troops)
                    && (f.troops != null || java.util.Objects.equals(g.host, f.host))) {
                if (g.host == null) {
                    g.host = f.host;
                }
                if (g.region == null) {
                    g.region = f.region;
                }
                if (g.claimedBy == null) {
                    g.claimedBy = f.claimedBy;
                }
                g.related.add(f.evidence);
                return g;
            }
        }
        found.add(f);
        return f;
    }

    private boolean isExcluded(int offset) {
        for (Span s : excluded) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsTroops(int from, int to) {
        for (int t = from; t < to; t++) {
            if (isTroopNoun(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTroopNoun(int t) {
        String l = layout.tokens.get(t).lower();
        if (l.equals("service")) {
            return t + 1 < layout.tokens.size() && layout.tokens.get(t + 1).lower().startsWith("member");
        }
        return Lexicon.TROOP_NOUNS.contains(l);
    }

    private Found candidate(Count c, int from, int to, Span sentence, boolean troopContext, Found previous) {
        List<Token> tokens = layout.tokens;
        LinkedHashSet<String> origins = new LinkedHashSet<>();
        boolean anaphoric = false;
        int k = c.end();
        int noun = -1;
        while (k < to && k - c.end() < 8) {
            if (isTroopNoun(k)) {
                noun = k;
                if (k + 1 < to && isTroopNoun(k + 1)) {
                    noun = k + 1;
                }
                break;
            }
            Places.Match place = Places.at(tokens, k, to);
            if (place != null && place.region() == null) {
                origins.add(place.country());
                k += place.length();
            } else if (FILLERS.contains(tokens.get(k).lower())) {
                anaphoric |= ANAPHORIC.contains(tokens.get(k).lower());
                k++;
            } else if (tokens.get(k).isCapitalised() && k - c.end() < 3) {
                // a unit or group named before the noun: "400 Wagner mercenaries"
                k++;
            } else {
                break;
            }
        }
        if (noun < 0 && c.strong() && k < to && STRONG_NOUNS.contains(tokens.get(k).lower())) {
            noun = k;
        }
        if (noun < 0) {
            // "Air Base 101", "Panzerbrigade 45": a number that ends a name is no count
            boolean named = c.start() > from && layout.tokens.get(c.start() - 1).isCapitalised();
            boolean elliptical = troopContext && !named && standsAlone(c.end(), to) && c.value() != null
                    && c.value() >= 100
                    && (deployVerbFollows(c.end(), to) || deployVerbBefore(c.start(), from)
                            || totalOf(c.start(), from));
            if (!elliptical) {
                return null;
            }
            noun = c.end() - 1;
            origins.clear();
            anaphoric = true;
        }
        if (casualties(Math.max(from, c.start() - 4), Math.min(to, noun + 8))) {
            return null;
        }
        DeploymentStatus status = status(sentence, layout.tokens.get(c.start()).start());
        if (origins.isEmpty()) {
            String[] around = originAround(c.start(), noun, from, to);
            if (around[0] != null) {
                origins.add(around[0]);
            } else if (previous != null && (anaphoric || around[1] != null || near(previous, sentence))) {
                origins.add(previous.origin);
            } else if (around[1] != null) {
                origins.add(around[1]);
            }
        }
        if (origins.isEmpty()) {
            return null;
        }
        Found f = new Found();
        f.origin = String.join(" and ", origins);
        f.troops = c.value();
        f.qualifier = c.value() == null ? null : c.qualifier();
        f.evidence = sentence;
        f.status = status;
        boolean leaving = status == DeploymentStatus.WITHDRAWN;
        String[] host = host(noun + 1, to, origins, leaving);
        if (host == null) {
            host = host(from, c.start(), origins, leaving);
        }
        if (host == null && previous != null && overlaps(origins, previous.origin)
                && (previous.host != null || previous.region != null)) {
            host = new String[]{previous.host, previous.region};
        }
        if (host == null && deictic(from, to)) {
            host = earlierHost(sentence, origins);
        }
        if (host == null) {
            return null;
        }
        f.host = host[0];
        f.region = host[1];
        f.claimedBy = claimant(from, to);
        return f;
    }

    /** Nothing that could be a noun follows the number ("the 10,000 the US says", "a further 500 are expected"). */
    private boolean standsAlone(int t, int to) {
        if (t >= to) {
            return true;
        }
        Token next = layout.tokens.get(t);
        return !next.isWord() || AFTER_BARE_COUNT.contains(next.lower());
    }

    /** The previous report is in this sentence or one of the two before it: the text is still about those troops. */
    private boolean near(Found previous, Span sentence) {
        return layout.sentenceOf(sentence.start()) - layout.sentenceOf(previous.evidence.start()) <= 2;
    }

    private static boolean overlaps(Set<String> origins, String previous) {
        for (String o : origins) {
            if (previous.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /** "crossed into the region", "stationed in the country": the place is named earlier. */
    private boolean deictic(int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (DEICTIC.contains(layout.tokens.get(t).lower())
                    && (layout.tokens.get(t - 1).lower().equals("the")
                            || layout.tokens.get(t).lower().equals("there"))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest host named in an earlier sentence. */
    private String[] earlierHost(Span sentence, Set<String> origins) {
        for (int s = layout.sentenceOf(sentence.start()) - 1; s >= 0; s--) {
            Span prev = layout.sentences.get(s);
            String[] host = host(layout.tokenAt(prev.start()), layout.tokenAt(prev.end()), origins, false);
            if (host != null) {
                return host;
            }
        }
        return null;
    }

    /** "could send as many as 100,000": a deployment verb just before the count and its qualifier. */
    private boolean deployVerbBefore(int t, int from) {
        for (int k = t - 1; k >= Math.max(from, t - 4); k--) {
            if (DEPLOY_VERBS.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "bringing the total number of North Korean troops deployed to Russia to more than 12,000". */
    private boolean totalOf(int t, int from) {
        int k = t - 1;
        while (k >= from && Set.of("more", "than", "as", "many", "about", "around", "some", "nearly", "almost",
                "over", "at", "least", "roughly", "up", "an", "estimated").contains(layout.tokens.get(k).lower())) {
            k--;
        }
        if (k < from || !(layout.tokens.get(k).lower().equals("to") || layout.tokens.get(k).lower().equals("at"))) {
            return false;
        }
        boolean total = false;
        boolean troops = false;
        for (int j = k - 1; j >= Math.max(from, k - 16); j--) {
            String l = layout.tokens.get(j).lower();
            total |= l.equals("total") || l.equals("number") || l.equals("tally") || l.equals("strength");
            troops |= isTroopNoun(j);
        }
        return total && troops;
    }

    /** "North Korean troops were sent to Russia": a deployment with no count. */
    private Found uncounted(int from, int to, Span sentence) {
        List<Token> tokens = layout.tokens;
        boolean verb = false;
        for (int t = from; t < to; t++) {
            verb |= DEPLOY_VERBS.contains(tokens.get(t).lower()) && !layout.inQuote(tokens.get(t).start());
        }
        if (!verb) {
            return null;
        }
        for (int t = from; t < to; t++) {
            if (!isTroopNoun(t) || layout.inQuote(tokens.get(t).start())) {
                continue;
            }
            int k = t - 1;
            while (k >= from && FILLERS.contains(tokens.get(k).lower())) {
                k--;
            }
            String origin = null;
            for (int p = Math.max(from, k - 2); p <= k; p++) {
                Places.Match m = Places.at(tokens, p, k + 1);
                if (m != null && p + m.length() == k + 1 && m.region() == null) {
                    origin = m.country();
                    if (p > from && tokens.get(p - 1).isNumber()) {
                        origin = null;
                    }
                    break;
                }
            }
            if (origin == null) {
                continue;
            }
            String[] host = host(t + 1, to, Set.of(origin), false);
            if (host == null || (host[0] == null && host[1] == null)) {
                continue;
            }
            Found f = new Found();
            f.origin = origin;
            f.host = host[0];
            f.region = host[1];
            f.evidence = sentence;
            f.status = status(sentence, tokens.get(t).start());
            f.claimedBy = claimant(from, to);
            return f;
        }
        return null;
    }

    private boolean deployVerbFollows(int t, int to) {
        for (int k = t; k < Math.min(to, t + 6); k++) {
            if (DEPLOY_VERBS.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean casualties(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CASUALTIES.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The origin of troops counted at {@code countStart}, as {best, fallback}: best is "North Korea's 10,000 troops",
     * the country the sentence is about ("North Korea has sent 2,000 more soldiers"; the last one named before the
     * count, not after "in" or "to", not in a title such as "Ukrainian President") or "troops from North Korea";
     * fallback is a country that only names who makes the claim ("Ukrainian officials said around 1,200 soldiers").
     */
    private String[] originAround(int countStart, int noun, int from, int to) {
        List<Token> tokens = layout.tokens;
        if (countStart - 2 >= from && tokens.get(countStart - 1).isPossessive()) {
            for (int p = Math.max(from, countStart - 4); p < countStart - 1; p++) {
                Places.Match m = Places.at(tokens, p, countStart - 1);
                if (m != null && p + m.length() == countStart - 1) {
                    return new String[]{m.country(), null};
                }
            }
        }
        String best = null;
        String claim = null;
        for (int p = from; p < countStart; p++) {
            Places.Match m = Places.at(tokens, p, countStart);
            if (m == null) {
                continue;
            }
            int after = p + m.length();
            boolean located = p > from && LOC_PREPS.contains(tokens.get(p - 1).lower());
            boolean titled = after < countStart && tokens.get(after).isCapitalised()
                    && Lexicon.ROLE_WORDS.contains(tokens.get(after).lower());
            if (m.region() == null && !located && !titled) {
                if (claimVerbWithin(after, Math.min(countStart, after + 4))) {
                    claim = m.country();
                } else {
                    best = m.country();
                }
            }
            p = after - 1;
        }
        if (best == null && noun + 2 < to && tokens.get(noun + 1).lower().equals("from")) {
            Places.Match m = Places.at(tokens, noun + 2, to);
            if (m != null) {
                best = m.country();
            }
        }
        return new String[]{best, claim};
    }

    private boolean claimVerbWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            String l = layout.tokens.get(k).lower();
            if (Lexicon.SPEECH_VERBS.contains(l) || CLAIM_VERBS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** The host country and region named after a preposition of place within tokens [from, to). */
    private String[] host(int from, int to, Set<String> origins, boolean leaving) {
        List<Token> tokens = layout.tokens;
        for (int k = from; k < to; k++) {
            String prep = tokens.get(k).lower();
            // "from" names the host only for troops leaving it; otherwise it is where they come from
            if (!LOC_PREPS.contains(prep) || (prep.equals("from") && !leaving)
                    || (k > 0 && tokens.get(k - 1).lower().equals("according"))) {
                continue;
            }
            int m = k + 1;
            while (m < to && Set.of("the", "a", "its", "their", "russia's").contains(tokens.get(m).lower())) {
                m++;
            }
            if (m >= to) {
                break;
            }
            String country = null;
            String region = null;
            Places.Match p = Places.at(tokens, m, to);
            if (p != null) {
                if (p.region() != null) {
                    region = p.region();
                    country = p.country();
                } else {
                    country = p.country();
                    m += p.length();
                    if (m < to && tokens.get(m).isPossessive()) {
                        m++;
                        Places.Match r = m < to ? Places.at(tokens, m, to) : null;
                        if (r != null && r.region() != null) {
                            region = r.region();
                        } else if (m + 1 < to && tokens.get(m).isCapitalised()
                                && REGION_WORDS.contains(tokens.get(m + 1).lower())) {
                            region = tokens.get(m).text();
                        }
                    }
                }
            } else if (m + 1 < to && tokens.get(m).isCapitalised()
                    && REGION_WORDS.contains(tokens.get(m + 1).lower())) {
                region = tokens.get(m).text();
                country = Lexicon.REGION_COUNTRY.get(tokens.get(m).lower());
            }
            if (country != null && ALLIANCES.contains(country)) {
                continue;
            }
            if (region != null || (country != null && !origins.contains(country))) {
                return new String[]{country, region};
            }
        }
        return null;
    }

    /** Status words, strongest reading first where two overlap ("to be deployed" before "deployed"). */
    private static final String[][] STATUS_CUES = {
            {"WITHDRAWN", "withdr", "pulled out", "pulled back", "pull out", "returned home", "have left", "left the"},
            {"IN_TRANSIT", "in transit", "en route", "on their way", "on the way", "heading to", "heading toward",
                    "moving toward", "being moved", "being transported", "transiting", "travelling", "traveling",
                    "moved through", "moving through"},
            {"EXPECTED", "to be deployed", "will be deployed", "would be deployed", "to deploy", "will deploy",
                    "plans to send", "will send", "to be sent", "would send", "would deploy", "set to deploy",
                    "expected to arrive", "preparing to send", "could be sent", "may be sent", "could send",
                    "will station", "will be stationed", "to send"},
            {"ARRIVED", "arrived", "arriving", "landed", "arrival"},
            {"IN_COMBAT", "fighting", "in combat alongside", "have engaged", "joined the fight", "took part in combat",
                    "taken part in combat", "taking part in"},
            {"DEPLOYED", "deployed", "stationed", " are in ", " now in ", " were in ", "based in", " sent ",
                    "moved to", "dispatched", "massed", "amassed", "gathered", "present in", "have been in",
                    "remain in", "hosts", "deployment"},
            {"TRAINING", "being trained", "undergoing training", "training in", "training at"}};

    /**
     * The status named nearest to the count in its sentence ("have arrived in Mali to replace the Wagner Group, which
     * announced its withdrawal" is an arrival); a bare future ("will", "expected") only when nothing else is said.
     */
    private DeploymentStatus status(Span sentence, int countOffset) {
        String s = layout.text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        int at = countOffset - sentence.start();
        DeploymentStatus best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String[] cues : STATUS_CUES) {
            for (int i = 1; i < cues.length; i++) {
                for (int p = s.indexOf(cues[i]); p >= 0; p = s.indexOf(cues[i], p + 1)) {
                    int distance = Math.abs(p - at);
                    // a later group must be clearly nearer: "are in transit" is transit, not "are in"
                    if (distance < bestDistance - (best == null ? 0 : 8)) {
                        best = DeploymentStatus.valueOf(cues[0]);
                        bestDistance = distance;
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (containsAny(s, "expected", " will ", "plans", "planned", "could", "would")) {
            return DeploymentStatus.EXPECTED;
        }
        return DeploymentStatus.REPORTED;
    }

    private static boolean containsAny(String s, String... needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Who makes the claim: "according to X", or the subject of a claim verb outside quotations. */
    private String claimant(int from, int to) {
        List<Token> tokens = layout.tokens;
        for (int v = from; v < to; v++) {
            Token tok = tokens.get(v);
            if (!CLAIM_VERBS.contains(tok.lower()) || layout.inQuote(tok.start())) {
                continue;
            }
            if (tok.lower().equals("according") && !(v + 1 < to && tokens.get(v + 1).lower().equals("to"))) {
                continue;
            }
            Attributor.Source src = attributor.subjectOf(v, from, to);
            if (src.person() != null) {
                return src.person().name;
            }
            if (src.source() != null) {
                return src.source();
            }
        }
        return null;
    }

    /** "trained in artillery, UAVs, basic infantry operations, including trench clearing": the skills. */
    private List<String> training(int from, int to) {
        List<Token> tokens = layout.tokens;
        List<String> out = new ArrayList<>();
        for (int t = from; t < to; t++) {
            String l = tokens.get(t).lower();
            if (!(l.equals("trained") || l.equals("training"))) {
                continue;
            }
            int k = t + 1;
            while (k < to && !tokens.get(k).isWord()) {
                k++;
            }
            if (k >= to || !(tokens.get(k).lower().equals("in") || tokens.get(k).lower().equals("on"))) {
                continue;
            }
            int start = tokens.get(k).end();
            int end = tokens.get(to - 1).end();
            String rest = QUOTE_MARKS.matcher(layout.text.substring(start, end)).replaceAll("");
            for (String item : LIST_SEPARATORS.split(rest)) {
                String it = item.trim();
                if (it.endsWith(".")) {
                    it = it.substring(0, it.length() - 1).trim();
                }
                if (it.isEmpty()) {
                    continue;
                }
                String[] words = SPACES.split(it);
                if (words.length > 4 || (words[0].endsWith("ing") && words.length > 2)
                        || Set.of("which", "who", "that", "to", "before", "after", "while", "as", "but", "so")
                                .contains(words[0].toLowerCase(Locale.ROOT))) {
                    break;
                }
                out.add(it);
                if (item.trim().endsWith(".")) {
                    break;
                }
            }
            break;
        }
        return out;
    }

    /** The count starting at token {@code t}, or null when no number starts there. */
    private Count countAt(int t, int to) {
        List<Token> tokens = layout.tokens;
        Token tok = tokens.get(t);
        String l = tok.lower();
        double value;
        int end = t + 1;
        boolean strong = false;
        if (tok.isNumber()) {
            if (t > 0 && (tokens.get(t - 1).is("$") || tokens.get(t - 1).is("\u20ac")
                    || tokens.get(t - 1).is("\u00a3"))) {
                return null;
            }
            if (l.endsWith("-strong")) {
                strong = true;
                l = l.substring(0, l.length() - "-strong".length());
            }
            Double v = parseDigits(l);
            if (v == null) {
                return null;
            }
            value = v;
            // "12 000": groups of three digits separated by a single (possibly non-breaking) space
            while (value < 1000 * 1000 && end < to && isThousandsGroup(end) && tokens.get(end).start()
                    - tokens.get(end - 1).end() == 1 && l.length() <= 3) {
                value = value * 1000 + Integer.parseInt(tokens.get(end).text());
                end++;
            }
            if (l.endsWith("k")) {
                value *= 1000;
            }
        } else if (Lexicon.NUMBER_WORDS.containsKey(l) && !l.equals("one") && !l.equals("zero")) {
            value = Lexicon.NUMBER_WORDS.get(l);
            if (end < to && Lexicon.NUMBER_WORDS.containsKey(tokens.get(end).lower())
                    && tokens.get(end).lower().length() > 0 && value >= 20) {
                value += Lexicon.NUMBER_WORDS.get(tokens.get(end).lower());
                end++;
            } else if (end + 1 < to && tokens.get(end).is("-")
                    && Lexicon.NUMBER_WORDS.containsKey(tokens.get(end + 1).lower())) {
                value += Lexicon.NUMBER_WORDS.get(tokens.get(end + 1).lower());
                end += 2;
            }
        } else if ((l.equals("thousands") || l.equals("hundreds") || l.equals("tens")) && end < to
                && tokens.get(end).lower().equals("of")) {
            return new Count(t, end + 1, null, null);
        } else {
            return null;
        }
        if (end < to) {
            String m = tokens.get(end).lower();
            if (m.equals("million")) {
                value *= 1000 * 1000;
                end++;
            } else if (m.equals("thousand")) {
                value *= 1000;
                end++;
            } else if (m.equals("hundred")) {
                value *= 100;
                end++;
            }
        }
        if (end < to && (tokens.get(end).is("%") || tokens.get(end).lower().startsWith("percent"))) {
            return null;
        }
        TroopsQualifier q = qualifier(t);
        int count = (int) Math.round(value);
        boolean between = t >= 1 && tokens.get(t - 1).lower().equals("between");
        if (end + 1 < to && (tokens.get(end).lower().equals("to") || tokens.get(end).is("-")
                || tokens.get(end).is("\u2013") || (between && tokens.get(end).lower().equals("and")))
                && tokens.get(end + 1).isNumber()) {
            Count upper = countAt(end + 1, to);
            if (upper != null && upper.value() != null && upper.value() > count) {
                return new Count(t, upper.end(), count, TroopsQualifier.RANGE);
            }
        }
        if (q == null && t >= 1 && tokens.get(t - 1).lower().equals("between")) {
            q = TroopsQualifier.RANGE;
        }
        return new Count(t, end, count, q == null ? TroopsQualifier.EXACT : q, strong);
    }

    private boolean isThousandsGroup(int t) {
        String s = layout.tokens.get(t).text();
        if (s.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Double parseDigits(String s) {
        String d = s.endsWith("k") ? s.substring(0, s.length() - 1) : s;
        if (d.isEmpty()) {
            return null;
        }
        boolean europeanThousands = EUROPEAN_THOUSANDS.matcher(d).matches();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isDigit(c)) {
                b.append(c);
            } else if (c == '.' && !europeanThousands) {
                b.append('.');
            } else if (c != ',' && c != '.') {
                return null;
            }
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TroopsQualifier qualifier(int t) {
        List<Token> tokens = layout.tokens;
        String w1 = t >= 1 ? tokens.get(t - 1).lower() : "";
        String w2 = t >= 2 ? tokens.get(t - 2).lower() + " " + w1 : "";
        String w3 = t >= 3 ? tokens.get(t - 3).lower() + " " + w2 : "";
        if (w3.equals("as many as") || w2.equals("up to")) {
            return TroopsQualifier.UP_TO;
        }
        if (w2.equals("more than") || w2.equals("at least") || w2.equals("upwards of") || w3.equals("in excess of")
                || w1.equals("over")) {
            return TroopsQualifier.MORE_THAN;
        }
        if (w2.equals("fewer than") || w2.equals("less than") || w1.equals("nearly") || w1.equals("almost")
                || w1.equals("under")) {
            return TroopsQualifier.FEWER_THAN;
        }
        if (w1.equals("about") || w1.equals("around") || w1.equals("some") || w1.equals("roughly")
                || w1.equals("approximately") || w1.equals("estimated") || w2.equals("an estimated")
                || w1.equals("approx.") || w1.equals("~")) {
            return TroopsQualifier.ABOUT;
        }
        return null;
    }
}
