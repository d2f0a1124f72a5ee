package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people an article names and every later reference to them by name. A person is a run of two to four
 * capitalised name words (particles such as "von" or "bin" allowed inside) that is not a place, an organisation or a
 * title; the title words before it ("Ukrainian President", "South Korea's Defense Minister", "NATO Secretary General")
 * or an appositive after it (", a Pentagon spokeswoman,") give role and affiliation. Spelling variants
 * (Zelensky/Zelenskyy, Sergey/Sergei) merge into the first full name seen; people who share only a surname stay
 * apart, and a bare surname goes to whichever of them was mentioned last.
 */
final class People {
    /** Family names written first, so "Kim Jong Un" is "Kim" for short. */
    private static final Set<String> FAMILY_NAME_FIRST = Lexicon.set("kim|lee|park|choi|choe|jung|jong|kang|cho|yoon"
            + "|jang|lim|han|oh|seo|shin|kwon|hwang|ahn|song|ryu|hong|jeon|ko|moon|yang|son|bae|baek|nam|ri|pak|xi"
            + "|li|wang|zhang|liu|chen|zhao|huang|zhou|wu|hu|wen|ma|guo|he|lin|luo|gao|zheng|liang|tang|feng|deng"
            + "|cao|peng|zeng|han|yu|dong|su|lu|jiang|cai|jia|ding|wei|xue|ye|yan|qian|pan|du|dai|xia|zhong|tian"
            + "|ren|fan|fang|shi|yao|tan|liao|zou|xiong|jin|hao|kong|bai|cui|kang|mao|qiu|qin|gu|hou|shao|meng");

    /** Words that open the name of a ship or an operation: "USS Harry S. Truman", "Exercise Talisman Sabre". */
    private static final Set<String> NAME_PREFIXES = Set.of("USS", "HMS", "HMAS", "HMCS", "INS", "JS", "ROKS", "FS",
            "HDMS", "HNLMS", "HNoMS", "HSwMS", "FGS", "ITS", "ESPS", "TCG", "KRI", "BRP", "HMNZS", "RFS", "NRP", "ORP",
            "Exercise", "Operation");
    /** An age written as one word: "a 34-year-old staff sergeant". */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");
    /** Kin and neighbours, whom features name by a first name: "his wife, Katrin", "her friend Marek". */
    private static final Set<String> RELATIONS = Lexicon.set("wife|husband|son|daughter|mother|father|brother|sister"
            + "|friend|neighbour|neighbor|fiancee|fiancée|fiance|partner|grandson|granddaughter|grandmother"
            + "|grandfather|cousin|uncle|aunt|nephew|niece|widow|colleague|comrade");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our");
    /** Given names that are also words of bodies and documents. */
    private static final Set<String> GIVEN_NAME_WORDS = Set.of("bill", "rand");
    private static final Set<String> GIVEN_MONTHS = Set.of("april", "may", "june");
    /** Countries that are given names too: "Israel Katz", "Jordan Bardella". */
    private static final Set<String> GIVEN_COUNTRIES = Set.of("israel", "jordan", "chad");
    /** Words after a name that make it the name of a place ("Mihail Kogalniceanu air base", "Kim Il Sung Square"). */
    private static final Set<String> PLACE_AFTER_NAME = Lexicon.set("base|airbase|airport|airfield|square|street"
            + "|avenue|boulevard|university|bridge|station|stadium|hospital|school|port|memorial|museum|library"
            + "|prize|award|foundation|institute|center|centre|cathedral|palace|exercise|exercises|drill|drills"
            + "|summit|talks|accord|accords|doctrine|initiative|programme|program|operation|mission|system"
            + "|missile|missiles|tank|tanks|jet|jets|drone|drones|brigade|battalion|division|regiment|carrier"
            + "|warship|destroyer|frigate|vehicle|vehicles|strait|canal|headquarters|province|district|county"
            + "|prefecture|governorate|oblast|sector|sectors|valley|village");

    /** Nouns a place's name follows after "of": "the village of Mala Tokmachka". */
    private static final Set<String> PLACE_NOUNS = Lexicon.set("village|villages|town|towns|city|region|province"
            + "|district|island|port|area|valley|settlement|municipality");

    /** Words that open a place's name: "Fort George G. Meade", "Camp David", "Kiryat Gat", "Bandar Abbas". */
    private static final Set<String> PLACE_PREFIXES = Lexicon.set("fort|camp|mount|mt.|lake|port|cape|point|mont"
            + "|bandar|kiryat|ras|bab|wadi|jebel|jabal|tell|kafr|ain|deir|beit|umm");
    /** Prepositions of place: a name right after one is a place ("in Kiryat Gat"), unless it is a title's. */
    private static final Set<String> LOCATIVES = Lexicon.set("in|at|near|outside|inside|into|toward|towards|across"
            + "|via|around|off");

    private static final Set<String> AFTER_PLACE_PREPS = Set.of("in", "at", "near", "outside");
    /** Kinds of body an apposition can name: "Comandos de la Frontera, a group Ecuador says ...". */
    private static final Set<String> GROUP_NOUNS = Lexicon.set("group|coalition|gang|militia|movement|organisation"
            + "|organization|network|faction|alliance|company|firm|consultancy|charity|outlet|newspaper");

    /** Kinds of organisation whose name follows them: "the consultancy Harwell Maritime Risk". */
    private static final Set<String> ORG_TYPES = Lexicon.set("consultancy|charity|firm|company|newspaper|magazine"
            + "|broadcaster|website|outlet|thinktank|think-tank|ngo|contractor|manufacturer|maker|insurer|lender"
            + "|publisher|daily|weekly");

    /** Nouns for ships, which often bear a person's name: "the destroyer Caio Duilio". */
    private static final Set<String> SHIP_TYPES = Lexicon.set("destroyer|frigate|corvette|carrier|cruiser|warship"
            + "|submarine|ship|vessel|tanker|icebreaker");

    /** Title abbreviations that are also given names when written without a period. */
    private static final Set<String> PERIODLESS_TITLES = Set.of("Gen", "Col", "Sen", "Rep", "Gov", "Maj", "Adm");
    /** What comes before a general's rank: "Lt Gen", "Maj. Gen.", "Brig Gen". */
    private static final Set<String> RANK_PREFIXES = Lexicon.set("lt|lt.|maj|maj.|brig|brig.|lieutenant|major");

    /** One person: canonical name, the other strings the article uses, and role and affiliation when stated. */
    static final class Person {
        final String name;
        final List<String> tokens;
        final LinkedHashSet<String> keys = new LinkedHashSet<>();
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        String role;
        String affiliation;
        /**
         * Every title the text gives the person, lowercase, for matching a later description: "the Chief of Staff"
         * finds "The Chief of Staff of the Defence Forces, Lieutenant General Aoife Brennan" though her role is the rank.
         */
        final StringBuilder titles = new StringBuilder();

        Person(String name, List<String> tokens) {
            this.name = name;
            this.tokens = tokens;
            String first = tokens.get(0);
            boolean familyFirst = FAMILY_NAME_FIRST.contains(first) && (tokens.size() == 3 || name.contains("-"));
            if (familyFirst || FAMILY_NAME_FIRST.contains(first)) {
                keys.add(first);
            }
            if (!familyFirst) {
                // the surname as written ("Kosiniak-Kamysz"), and its last part
                String[] written = name.split(" ");
                String last = written[written.length - 1];
                if (Lexicon.NAME_SUFFIXES.contains(last.toLowerCase(Locale.ROOT)) && written.length > 2) {
                    last = written[written.length - 2];
                }
                keys.add(fold(last));
                keys.add(tokens.get(tokens.size() - 1));
                // "José Múcio Monteiro ... said Múcio", "Luiz Inácio Lula da Silva ... said Lula": a middle name the
                // text uses alone is the person's short name too
                for (int i = 1; i + 1 < tokens.size(); i++) {
                    String middle = tokens.get(i);
                    if (middle.length() >= 3 && !middle.endsWith(".") && !Lexicon.NAME_PARTICLES.contains(middle)) {
                        keys.add(fold(middle));
                    }
                }
            }
        }

        PersonMention toMention() {
            List<String> out = new ArrayList<>();
            for (String a : aliases) {
                if (!a.equals(name)) {
                    out.add(a);
                }
            }
            return new PersonMention(name, out, role, affiliation);
        }
    }

    /** Where the text names a person: the full name, or a surname alone. */
    record Mention(int start, int end, Person person, boolean fullName) {
    }

    final List<Person> persons = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    private final Layout layout;
    /** Tokens that can name no one: credit lines, captions, and quotations (short ones even by full name). */
    private final boolean[] skip;
    /** Tokens inside a quotation long enough to be speech, where full names still count. */
    private final boolean[] spoken;
    private final boolean[] named;
    private final List<int[]> counterparts = new ArrayList<>();
    /** Folded words that stand outside full names, read once when first asked. */
    private Set<String> lone;
    /** Names that follow "in", "at", "near" or "outside" somewhere in the text: {@link #placeElsewhere}. */
    private Set<String> afterLocative;
    /** Whether the first line is in title case, read once when first asked. */
    private Boolean titleCaseHeadline;

    private People(Layout layout, List<Span> excluded) {
        this.layout = layout;
        List<Token> tokens = layout.tokens;
        this.skip = new boolean[tokens.size()];
        this.spoken = new boolean[tokens.size()];
        this.named = new boolean[tokens.size()];
        int q = 0;
        for (int t = 0; t < tokens.size(); t++) {
            int s = tokens.get(t).start();
            while (q < layout.quotes.size() && layout.quotes.get(q).close() < s) {
                q++;
            }
            boolean quoted = q < layout.quotes.size() && layout.quotes.get(q).open() <= s
                    && s <= layout.quotes.get(q).close();
            boolean excludedHere = inAny(excluded, s);
            skip[t] = quoted || excludedHere;
            spoken[t] = quoted && !excludedHere && layout.quotes.get(q).end() - layout.quotes.get(q).start() > 40;
        }
    }

    static People find(Layout layout, List<Span> excluded) {
        People people = new People(layout, excluded);
        people.findFullNames();
        people.findFirstNamesOnly();
        people.findSurnames();
        people.mentions.sort(Comparator.comparingInt(Mention::start));
        people.resolveCounterparts();
        return people;
    }

    private static boolean inAny(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private boolean nameish(int t) {
        if (t >= layout.tokens.size() || (skip[t] && !spoken[t])) {
            return false;
        }
        Token tok = layout.tokens.get(t);
        if (!tok.isWord() || tok.text().chars().anyMatch(Character::isDigit)) {
            // not "Merlin Mk2"
            return false;
        }
        if (tok.isCapitalised() || periodlessInitial(t) || pairedInitials(t) || generation(t)) {
            return true;
        }
        String l = tok.lower();
        return (l.startsWith("al-") || l.startsWith("el-")) && tok.text().length() > 3
                && Character.isUpperCase(tok.text().charAt(3));
    }

    /** "Lloyd J. Austin III", "Warner A. Ross II": the generation written after a surname is part of the name. */
    private boolean generation(int t) {
        String s = layout.tokens.get(t).text();
        return Set.of("II", "III", "IV").contains(s) && t > 0 && layout.tokens.get(t - 1).isCapitalised()
                && adjacent(t - 1, t);
    }

    /** "Tore O Sandvik": a capital letter alone between two name words, as papers that drop full stops write it. */
    private boolean periodlessInitial(int t) {
        String s = layout.tokens.get(t).text();
        return s.length() == 1 && Character.isUpperCase(s.charAt(0)) && !s.equals("I") && !s.equals("A") && t > 0
                && t + 1 < layout.tokens.size() && layout.tokens.get(t - 1).isCapitalised()
                && layout.tokens.get(t + 1).isCapitalised() && adjacent(t - 1, t) && adjacent(t, t + 1);
    }

    /**
     * "Gov. JB Pritzker", "J.B. Pritzker": two initials written together, after a title or a comma and before a name
     * word; not "US" or "UN".
     */
    private boolean pairedInitials(int t) {
        List<Token> tokens = layout.tokens;
        String s = tokens.get(t).text();
        boolean pair = s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))
                || s.length() == 4 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.'
                        && Character.isUpperCase(s.charAt(2)) && s.charAt(3) == '.';
        return pair && t > 0 && t + 1 < tokens.size() && Places.at(tokens, t, t + 1) == null
                && tokens.get(t + 1).isCapitalised() && !Lexicon.NOT_NAME.contains(tokens.get(t + 1).lower())
                && adjacent(t, t + 1)
                && (tokens.get(t - 1).is(",") || titleWord(t - 1) && !isAcronym(tokens.get(t - 1)));
    }

    /** Tokens are neighbours when only spaces (no line break) lie between them. */
    private boolean adjacent(int a, int b) {
        String text = layout.text;
        for (int i = layout.tokens.get(a).end(); i < layout.tokens.get(b).start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private void findFullNames() {
        List<Token> tokens = layout.tokens;
        int i = 0;
        while (i < tokens.size()) {
            if (!nameish(i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && adjacent(j - 1, j)) {
                if (nameish(j)) {
                    j++;
                } else if (particlesThenName(j)) {
                    j += Lexicon.NAME_PARTICLES.contains(tokens.get(j + 1).lower()) ? 3 : 2;
                } else {
                    int nick = nickname(j);
                    if (nick == 0) {
                        break;
                    }
                    j += nick;
                }
            }
            takeRun(i, j);
            i = j;
        }
    }

    /**
     * "Jimmy “Barbecue” Chérizier", "Mohamed Hamdan “Hemedti” Dagalo": a nickname of one or two capitalised words in
     * quotation marks between name words; how many tokens it takes with its marks, or 0.
     */
    private int nickname(int j) {
        List<Token> tokens = layout.tokens;
        if (j == 0 || !tokens.get(j).isQuoteMark() || !tokens.get(j - 1).isCapitalised()) {
            return 0;
        }
        for (int k = j + 2; k <= j + 3 && k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isQuoteMark()) {
                for (int w = j + 1; w < k; w++) {
                    if (!tokens.get(w).isCapitalised()) {
                        return 0;
                    }
                }
                return tokens.get(k + 1).isCapitalised() && adjacent(k, k + 1) ? k + 1 - j : 0;
            }
        }
        return 0;
    }

    /** "von der Leyen", "bin Salman": one or two particles, then a name word. */
    private boolean particlesThenName(int j) {
        List<Token> tokens = layout.tokens;
        if (!Lexicon.NAME_PARTICLES.contains(tokens.get(j).lower()) || j + 1 >= tokens.size() || !adjacent(j, j + 1)) {
            return false;
        }
        if (nameish(j + 1)) {
            return true;
        }
        return Lexicon.NAME_PARTICLES.contains(tokens.get(j + 1).lower()) && j + 2 < tokens.size()
                && adjacent(j + 1, j + 2) && nameish(j + 2);
    }

    /**
     * "Governor Bill Lee", "Senator Rand Paul", "Bill Clinton", "Judge April Perry": a given name that is also a word
     * of bodies, documents or dates ("the defence bill", "the RAND Corporation", "in April"), first in the name and
     * before the surname that ends it; a month only after a title.
     */
    private boolean givenNameWord(int k, int from, int to) {
        List<Token> tokens = layout.tokens;
        if (k + 2 != to || notNameWord(tokens.get(k + 1)) || !nameish(k + 1)) {
            return false;
        }
        String l = tokens.get(k).lower();
        boolean titled = k > from && (Lexicon.ROLE_HEADS.contains(tokens.get(k - 1).lower())
                || Lexicon.HONORIFICS.contains(tokens.get(k - 1).lower()));
        return GIVEN_NAME_WORDS.contains(l) && (k == from || titled) || GIVEN_MONTHS.contains(l) && titled;
    }

    private void takeRun(int from, int to) {
        List<Token> tokens = layout.tokens;
        // The name is what follows the last title, place or organisation word of the run:
        // "European Commission President Ursula von der Leyen"; a run ending in one ("White House") names none.
        int a = from;
        for (int k = from; k < to; k++) {
            Places.Match place = Places.at(tokens, k, to);
            if (place != null && k == to - 1 && k - a >= 2 && place.length() == 1 && place.region() == null
                    && tokens.subList(a, k).stream().allMatch(Token::isCapitalised)) {
                // "Foreign Minister Therese Kayikwamba Wagner": a surname that is also a force's name, after two
                // names; not "Fuerza de Tarea Argentina"
                break;
            }
            if (place != null && k == a && k > from && k == to - 2 && place.length() == 1
                    && Lexicon.ROLE_WORDS.contains(tokens.get(k - 1).lower()) && tokens.get(k - 1).isCapitalised()
                    && !tokens.get(k - 1).lower().equals("the")
                    && !notNameWord(tokens.get(k + 1))
                    && nameish(k + 1) && Places.at(tokens, k + 1, to) == null) {
                // "Minister of National Defense Wellington Koo": a given name that is also a city, after a title
                // and before the surname
                break;
            }
            if (place != null && k == a && k == to - 2 && GIVEN_COUNTRIES.contains(tokens.get(k).lower())
                    && !notNameWord(tokens.get(k + 1)) && nameish(k + 1) && Places.at(tokens, k + 1, to) == null
                    && (to == tokens.size() || tokens.get(to).is(",")
                            || Lexicon.SPEECH_VERBS.contains(tokens.get(to).lower()))) {
                // "Israel's defence minister, Israel Katz, said": a given name that is also a country, before a
                // surname the sentence goes on from
                break;
            }
            if (place != null) {
                k += place.length() - 1;
                a = k + 1;
            } else if (notNameWord(tokens.get(k)) && !(k > a && tokens.get(k).lower().equals("sheikh"))
                    && !givenNameWord(k, from, to)) {
                // "Hassan Sheikh Mohamud": after a given name, "Sheikh" is part of the name, not a title
                a = k + 1;
            }
        }
        if (to < tokens.size() && PLACE_AFTER_NAME.contains(tokens.get(to).lower()) || to + 1 < tokens.size()
                && PLACE_AFTER_NAME.contains(tokens.get(to + 1).lower()) && !tokens.get(to).isPossessive()) {
            // "Mihail Kogalniceanu air base": a place named after a person
            return;
        }
        if (to < tokens.size() && tokens.get(to).isNumber() && tokens.get(to).start() == tokens.get(to - 1).end() + 1
                && !tokens.get(to).text().contains(",")) {
            // "Resolute Dragon 25 is the largest iteration", "dubbed Polar Dagger 25": an exercise of the year
            return;
        }
        if (a < to && Lexicon.NUMBER_WORDS.containsKey(tokens.get(a).lower())) {
            // "Two Typhon launchers": a count of things
            a++;
        }
        if (a < to && Lexicon.WEAPON_NAMES.contains(tokens.get(a).lower()) && !(a > 0 && titleWord(a - 1))) {
            // "130 Bradley Fighting Vehicles", but "Col. Bradley Whitaker"
            return;
        }
        if (PLACE_PREFIXES.contains(tokens.get(from).lower()) || from == a && from > 0
                && (LOCATIVES.contains(tokens.get(from - 1).lower()) || tokens.get(from - 1).lower().equals("the"))
                && !(to < tokens.size() && tokens.get(to).isPossessive())) {
            // "Fort George G. Meade", "in Kiryat Gat", "at Roosevelt Roads", "the Working Boundary": places the
            // lexicon lacks; a person is rarely "in" or "the" anything without a title ("at Putin's dacha" is his)
            return;
        }
        if (from >= 2 && a == from && tokens.get(from - 1).lower().equals("of") && (tokens.get(from - 2).isCapitalised()
                && to - from == 2 && !Lexicon.ROLE_WORDS.contains(tokens.get(from - 2).lower())
                || PLACE_NOUNS.contains(tokens.get(from - 2).lower()))) {
            // "the Line of Actual Control", "the village of Mala Tokmachka": the end of a place's or body's name; not
            // "Director-General of Police Nalin Prabhat", a title that ends in a body's name before the person's
            return;
        }
        if (a >= 2 && tokens.get(a - 1).lower().equals("for") && tokens.get(a - 2).isCapitalised()
                && Lexicon.ORG_OR_PLACE_WORDS.contains(tokens.get(a - 2).lower())) {
            // "the Centre for Public Integrity", "the Institute for War Studies": the rest of a body's name
            return;
        }
        if (from >= 4 && a == from && Set.of("of", "from").contains(tokens.get(from - 1).lower())
                && tokens.get(from - 2).is(",") && tokens.get(from - 3).isNumber() && tokens.get(from - 4).is(",")) {
            // "Kaylee Montroy, 27, of Evans Mills", "Pritchard, 24, from Merthyr Tydfil": a home town after an age
            return;
        }
        if (from > 0 && designation(tokens.get(from - 1).text())) {
            // "F/A-18F Super Hornet", "F-35A Lightning II": an aircraft's name after its designation
            return;
        }
        if (inTitleCaseHeadline(from) && !namedInBody(from, to)) {
            // "the Pentagon Trades Outposts for a Quieter Footprint": every word of such a headline is capitalised
            return;
        }
        if (NAME_PREFIXES.contains(tokens.get(from).text())
                || from > 0 && NAME_PREFIXES.contains(tokens.get(from - 1).text())) {
            return;
        }
        if (from > 0 && (SHIP_TYPES.contains(tokens.get(from - 1).lower())
                || ORG_TYPES.contains(tokens.get(from - 1).lower()))) {
            // "the destroyer Caio Duilio": a ship named after a person; "the charity Medecins Sans Frontieres"
            return;
        }
        if (to + 2 < tokens.size() && tokens.get(to).is(",") && groupApposed(to + 1)) {
            // "Comandos de la Frontera, a group Ecuador says ...", "Viv Ansanm, a coalition of gangs"
            return;
        }
        if (placeElsewhere(a, to)) {
            // "The Army commander is expected to visit Boa Vista" where the text also has "headquartered in Boa Vista"
            return;
        }
        if (to + 2 < tokens.size() && a == from && (tokens.get(to).is(",") && stateOrCountryEndsAt(to + 1)
                || tokens.get(to).is("(") && stateOrCountryEndsAt(to + 1))) {
            // "Camden, Arkansas, and Grand Prairie, Texas": a town and its state; "Jubata al-Khashab (Syria) (AFP)"
            return;
        }
        int nameWords = nameWords(a, to);
        if (nameWords == 1 && a - 1 > from && PERIODLESS_TITLES.contains(tokens.get(a - 1).text())
                && !RANK_PREFIXES.contains(tokens.get(a - 2).lower())) {
            // "Defense Minister Gen Nakatani": without its period "Gen" is a given name; not in "Lt Gen Mehra"
            a--;
            nameWords++;
        } else if (nameWords == 1 && a - 2 >= from && Lexicon.COUNTRY.containsKey(tokens.get(a - 1).lower())
                && Lexicon.ROLE_HEADS.contains(tokens.get(a - 2).lower())) {
            // "Defense Minister Israel Katz": a country right after a title is a given name
            a--;
            nameWords++;
        }
        if (nameWords == 1 && to - a == 2 && isInitial(a) && a - 1 >= from
                && Lexicon.ROLE_HEADS.contains(tokens.get(a - 1).lower())) {
            // "External Affairs Minister S. Jaishankar": an initial and a surname after a title
            nameWords++;
        }
        if (nameWords < 2 || nameWords > 4 || Lexicon.NAME_PARTICLES.contains(tokens.get(a).lower())) {
            return;
        }
        register(a, to);
    }

    /** "a group", "a coalition of gangs", "an armed movement": an apposition at {@code k} that makes a name a body's. */
    private boolean groupApposed(int k) {
        List<Token> tokens = layout.tokens;
        if (k >= tokens.size() || !Set.of("a", "an").contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            // a lowercase head noun: not "Park Ji-hoon, a ruling Democratic Party lawmaker"
            if (GROUP_NOUNS.contains(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** The words of tokens [a, to) stand somewhere in the text right after "in", "at" or "near": a place's name. */
    private boolean placeElsewhere(int a, int to) {
        if (a >= to) {
            return false;
        }
        if (afterLocative == null) {
            // read once: every run of up to four capitalised words after such a preposition, not "in Donald Trump's"
            afterLocative = new java.util.HashSet<>();
            List<Token> tokens = layout.tokens;
            for (int t = 1; t < tokens.size(); t++) {
                if (!AFTER_PLACE_PREPS.contains(tokens.get(t - 1).lower()) || !tokens.get(t).isCapitalised()) {
                    continue;
                }
                for (int e = t; e < Math.min(tokens.size(), t + 4) && tokens.get(e).isWord()
                        && Character.isUpperCase(tokens.get(e).text().charAt(0)); e++) {
                    boolean possessive = e + 1 < tokens.size() && tokens.get(e + 1).isPossessive();
                    if (!possessive) {
                        afterLocative.add(layout.text.substring(tokens.get(t).start(), tokens.get(e).end()));
                    }
                }
            }
        }
        return afterLocative
                .contains(layout.text.substring(layout.tokens.get(a).start(), layout.tokens.get(to - 1).end()));
    }

    /**
     * A country, or a place the gazetteer places in one, stands at token {@code k} and ends its clause there: not
     * "Ukraine's ambassador" after a person's name.
     */
    private boolean stateOrCountryEndsAt(int k) {
        List<Token> tokens = layout.tokens;
        Places.Match m = Places.at(tokens, k, Math.min(tokens.size(), k + Lexicon.COUNTRY_MAX_TOKENS));
        if (m == null) {
            return false;
        }
        int end = k + m.length();
        return end >= tokens.size() || tokens.get(end).is(",") || tokens.get(end).is(".")
                || tokens.get(end).is(")") || tokens.get(end).lower().equals("and");
    }

    private static boolean designation(String text) {
        return text.chars().anyMatch(Character::isDigit) && text.chars().anyMatch(Character::isUpperCase)
                && text.contains("-");
    }

    /** Token {@code t} is in a first line written in title case (most of its longer words capitalised). */
    private boolean inTitleCaseHeadline(int t) {
        if (layout.paragraphs.isEmpty() || !layout.paragraphs.get(0).contains(layout.tokens.get(t).start())) {
            return false;
        }
        if (titleCaseHeadline == null) {
            int words = 0;
            int capitalised = 0;
            Span head = layout.paragraphs.get(0);
            for (Token tok : layout.tokens) {
                if (tok.start() >= head.end()) {
                    break;
                }
                if (tok.isWord() && tok.text().length() > 3) {
                    words++;
                    capitalised += Character.isUpperCase(tok.text().charAt(0)) ? 1 : 0;
                }
            }
            // a headline: no full stop at its end, and a body below it
            String first = layout.text.substring(head.start(), head.end());
            titleCaseHeadline = words >= 3 && capitalised * 4 >= words * 3 && !first.endsWith(".")
                    && layout.paragraphs.size() > 1;
        }
        return titleCaseHeadline;
    }

    /** The words of tokens [from, to) appear again after the first line. */
    private boolean namedInBody(int from, int to) {
        String name = layout.text.substring(layout.tokens.get(from).start(), layout.tokens.get(to - 1).end());
        return layout.text.indexOf(name, layout.paragraphs.get(0).end()) >= 0;
    }

    private int nameWords(int a, int to) {
        int n = 0;
        boolean nick = false;
        for (int k = a; k < to; k++) {
            String l = layout.tokens.get(k).lower();
            // "Jiang Bin": a particle that ends the name is a name
            boolean particle = Lexicon.NAME_PARTICLES.contains(l) && k + 1 < to;
            if (layout.tokens.get(k).isQuoteMark()) {
                nick = !nick;
            } else if (!nick && !particle && !Lexicon.NAME_SUFFIXES.contains(l) && !isInitial(k)) {
                n++;
            }
        }
        return n;
    }

    private static boolean notNameWord(Token tok) {
        String l = tok.lower();
        if (tok.text().length() > 2 && "DRI".indexOf(tok.text().charAt(0)) >= 0 && tok.text().charAt(1) == '-'
                && Character.isUpperCase(tok.text().charAt(2))) {
            // "state Rep. Ramiro Escamilla, D-Eagle Pass": a party and a home town
            return true;
        }
        if (l.endsWith("-led") || l.endsWith("-backed") || l.endsWith("-based")) {
            // "the European-led Agenor mission", "Iranian-backed Houthi rebels"
            return true;
        }
        int hyphen = l.indexOf('-');
        if (hyphen > 0 && Lexicon.ORG_OR_PLACE_WORDS.contains(l.substring(0, hyphen))) {
            // "Marine Rotational Force-Darwin": a body named after its place
            return true;
        }
        return Lexicon.NOT_NAME.contains(l) || Lexicon.HONORIFICS.contains(l) || Lexicon.ROLE_WORDS.contains(l)
                || Lexicon.ORG_OR_PLACE_WORDS.contains(l) || Lexicon.REGION_COUNTRY.containsKey(l);
    }

    private boolean isInitial(int t) {
        String s = layout.tokens.get(t).text();
        return s.length() == 2 && s.charAt(1) == '.' || s.length() == 1 && Character.isUpperCase(s.charAt(0));
    }

    private void register(int a, int b) {
        List<Token> tokens = layout.tokens;
        StringBuilder canonical = new StringBuilder();
        List<String> keyTokens = new ArrayList<>();
        boolean nick = false;
        for (int k = a; k < b; k++) {
            if (tokens.get(k).isQuoteMark()) {
                nick = !nick;
            }
            if (nick || tokens.get(k).isQuoteMark()) {
                continue;
            }
            // "Col. Sarah M. Whitcomb" is named as the text writes her, initial and all, but an initial does not
            // tell her from "Sarah Whitcomb" later on
            if (canonical.length() > 0) {
                canonical.append(' ');
            }
            canonical.append(tokens.get(k).text());
            if (tokens.get(k).text().length() == 1 || isInitial(k)) {
                continue;
            }
            String l = tokens.get(k).lower();
            if (!Lexicon.NAME_SUFFIXES.contains(l)) {
                for (String part : fold(l).split("[- ]")) {
                    if (!part.isEmpty()) {
                        keyTokens.add(part);
                    }
                }
            }
        }
        String written = layout.text.substring(tokens.get(a).start(), tokens.get(b - 1).end());
        Person person = lookup(keyTokens);
        if (person == null) {
            person = new Person(canonical.toString(), keyTokens);
            persons.add(person);
        } else {
            person.aliases.add(canonical.toString());
        }
        person.aliases.add(written);
        for (int k = a; k < b; k++) {
            named[k] = true;
        }
        if (spoken[a]) {
            // named inside a quotation: a person of the article, but no antecedent for "he" or "she"
            return;
        }
        mentions.add(new Mention(tokens.get(a).start(), tokens.get(b - 1).end(), person, true));
        Title title = titleBefore(a);
        Title apposed = appositiveAfter(b);
        Title precomma = title != null && title.start > 0 && layout.tokenAt(title.start) >= 2
                && tokens.get(layout.tokenAt(title.start) - 1).is(",")
                        ? titleEndingAt(layout.tokenAt(title.start) - 1)
                        : null;
        for (Title t : new Title[]{title, apposed, precomma}) {
            if (t != null && t.role != null) {
                person.titles.append(t.role.toLowerCase(Locale.ROOT)).append(" | ");
            }
        }
        if (title == null) {
            title = apposed;
        } else {
            person.aliases.add(layout.text.substring(title.start, tokens.get(b - 1).end()));
        }
        if (title != null) {
            if (person.role == null && title.role != null) {
                person.role = title.role;
                if (title.role.toLowerCase(Locale.ROOT).contains("counterpart")) {
                    counterparts.add(new int[]{persons.indexOf(person), tokens.get(a).start()});
                }
            }
            if (person.affiliation == null) {
                person.affiliation = title.affiliation;
            }
        }
    }

    /** A title: the offset where it starts, the role words as written, and the country or body named in it. */
    private record Title(int start, String role, String affiliation) {
    }

    private boolean titleWord(int k) {
        Token tok = layout.tokens.get(k);
        String l = tok.lower();
        if (tok.isPossessive()) {
            return k > 0 && (Places.COUNTRY_WORDS.contains(layout.tokens.get(k - 1).lower())
                    || Character.isUpperCase(layout.tokens.get(k - 1).text().charAt(0)));
        }
        if (!tok.isWord()) {
            return false;
        }
        if (tok.isNumber()) {
            // "Commander 10 Corps Lt Gen Kashif Nazir": a formation's number between title words
            return k > 0 && k + 1 < layout.tokens.size()
                    && Lexicon.ROLE_WORDS.contains(layout.tokens.get(k - 1).lower())
                    && layout.tokens.get(k + 1).isCapitalised()
                    && Lexicon.ORG_OR_PLACE_WORDS.contains(layout.tokens.get(k + 1).lower());
        }
        return Lexicon.ROLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l)
                || (Places.COUNTRY_WORDS.contains(l) && Character.isUpperCase(tok.text().charAt(0)))
                || isAcronym(tok) || (tok.isCapitalised() && Lexicon.ORG_OR_PLACE_WORDS.contains(l));
    }

    private static boolean isAcronym(Token tok) {
        String s = tok.text();
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isUpperCase(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private Title titleBefore(int a) {
        Title direct = titleEndingAt(a);
        int c = a;
        while (c > 0 && Lexicon.HONORIFICS.contains(layout.tokens.get(c - 1).lower())) {
            c--;
        }
        if (direct == null && c >= 2 && layout.tokens.get(c - 1).is(",")) {
            // "the defence secretary, John Healey,", "the Minister of the Armed Forces, Mr Sébastien Lecornu": the
            // title stands before the comma; a place alone there is not one ("at the Élysée Palace, Emmanuel Macron")
            Title before = titleEndingAt(c - 1);
            int to = postedTo(c - 1);
            if ((before == null || before.role == null) && to > 0) {
                // "Russia's ambassador to North Korea, Alexander Matsegora,": the role before where it is held
                before = titleEndingAt(to);
            }
            return before == null || before.role == null ? null : before;
        }
        return direct;
    }

    /** Where "to" stands in "ambassador to North Korea" or "envoy to the UN" ending before token {@code end}; or -1. */
    private int postedTo(int end) {
        List<Token> tokens = layout.tokens;
        for (int k = end - 1; k >= Math.max(1, end - 5); k--) {
            if (tokens.get(k).lower().equals("to")) {
                int at = k + 1 < end && tokens.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
                Places.Match m = at < end ? Places.at(tokens, at, end) : null;
                boolean named = m != null && at + m.length() == end || at + 1 == end && isAcronym(tokens.get(at));
                return named && Lexicon.ROLE_WORDS.contains(tokens.get(k - 1).lower()) ? k : -1;
            }
        }
        return -1;
    }

    private Title titleEndingAt(int a) {
        int k = a - 1;
        int limit = Math.max(0, a - 10);
        while (k >= limit && adjacent(k, k + 1) && titleWord(k)) {
            k--;
        }
        if (k >= 0 && k >= limit - 1 && adjacent(k, k + 1)) {
            String l = layout.tokens.get(k).lower();
            if (l.equals("his") || l.equals("her") || l.equals("their")) {
                k--;
            }
        }
        if (k + 1 < a && layout.tokens.get(k + 1).isPossessive()) {
            k++;
        }
        return parseTitle(k + 1, a);
    }

    private Title appositiveAfter(int b) {
        List<Token> tokens = layout.tokens;
        if (b >= tokens.size() || !tokens.get(b).is(",")) {
            return null;
        }
        int s = b + 1;
        if (s < tokens.size() && Set.of("a", "an", "the").contains(tokens.get(s).lower())) {
            s++;
        }
        int e = s;
        while (e < tokens.size() && e - s < 8) {
            if (titleWord(e)) {
                e++;
            } else if (e > s && e + 2 < tokens.size() && tokens.get(e).is("(") && isAcronym(tokens.get(e + 1))
                    && tokens.get(e + 2).is(")")) {
                // "Col. Lee Sung-jun, spokesperson for the Joint Chiefs of Staff (JCS), told"
                e += 3;
            } else {
                break;
            }
        }
        // "Kagiso Dlamini, a defence analyst at the Institute for Security Studies,": the role before where it is held
        // "Alexander Matsegora, Russia's ambassador to North Korea,"
        boolean held = e > s && e < tokens.size()
                && Set.of("at", "with", "from", "in", "to").contains(tokens.get(e).lower());
        if (e >= tokens.size() || !(tokens.get(e).is(",") || tokens.get(e).is(".") || tokens.get(e).is(";")
                || Lexicon.SPEECH_VERBS.contains(tokens.get(e).lower()) || held)) {
            return null;
        }
        return parseTitle(s, e);
    }

    /** Reads role words and the country or organisation among tokens [from, to). */
    private Title parseTitle(int from, int to) {
        List<Token> tokens = layout.tokens;
        while (from < to && Set.of("the", "a", "an", "of", "and", "his", "her", "their", "for")
                .contains(tokens.get(from).lower())) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        String affiliation = null;
        int roleStart = -1;
        int roleEnd = -1;
        boolean head = false;
        int k = from;
        while (k < to) {
            Token tok = tokens.get(k);
            if (k >= 3 && Places.dprkAt(tokens, k - 3, to)) {
                // "Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong Un": the title
                // begins after the possessive, inside the North's name
                affiliation = affiliation == null ? "North Korea" : affiliation;
                k += 3;
                continue;
            }
            Places.Match place = Places.at(tokens, k, to);
            if (place != null && (roleStart < 0 || place.length() > 1 || !tok.lower().equals("state"))) {
                if (affiliation == null) {
                    affiliation = place.country();
                }
                k += place.length();
                continue;
            }
            String l = tok.lower();
            if (isAcronym(tok) && !Lexicon.ROLE_WORDS.contains(l)) {
                if (affiliation == null) {
                    affiliation = tok.text();
                }
            } else if (Lexicon.ROLE_WORDS.contains(l) && !Lexicon.HONORIFICS.contains(l)) {
                if (roleStart < 0 && !Set.of("of", "the", "and", "for").contains(l)) {
                    roleStart = k;
                }
                if (roleStart >= 0 && !Set.of("of", "the", "and", "for").contains(l)) {
                    roleEnd = k;
                }
                head |= Lexicon.ROLE_HEADS.contains(l);
            } else if (tok.isCapitalised() && Lexicon.ORG_OR_PLACE_WORDS.contains(l) && affiliation == null) {
                affiliation = tok.text();
            }
            k++;
        }
        String role = head && roleStart >= 0
                ? layout.text.substring(tokens.get(roleStart).start(), tokens.get(roleEnd).end())
                : null;
        if (role == null && affiliation == null) {
            return null;
        }
        return new Title(tokens.get(from).start(), role, affiliation);
    }

    /** "his North Korean counterpart Choe Son Hui" holds the same office as the person the sentence is about. */
    private void resolveCounterparts() {
        for (int[] c : counterparts) {
            Person person = persons.get(c[0]);
            Span sentence = layout.sentences.get(layout.sentenceOf(c[1]));
            for (Mention m : mentions) {
                if (m.start() >= sentence.start() && m.start() < c[1] && m.person() != person
                        && m.person().role != null
                        && !m.person().role.toLowerCase(Locale.ROOT).contains("counterpart")) {
                    person.role = m.person().role;
                    break;
                }
            }
        }
    }

    /**
     * "said Adama, a fuel tanker driver", "Fatima, a teacher who asked that only her first name be used, said", "who
     * gave only his first name, Wilner, said": someone a story names by one name only, and describes as a person.
     */
    private void findFirstNamesOnly() {
        List<Token> tokens = layout.tokens;
        for (int t = 0; t + 3 < tokens.size(); t++) {
            Token name = tokens.get(t);
            if (skip[t] || named[t] || !name.isCapitalised() || name.text().length() < 3
                    || Places.isCapitals(name.text()) || !name.text().chars().allMatch(Character::isLetter)) {
                continue;
            }
            boolean comma = tokens.get(t + 1).is(",");
            // "Fatima, a teacher", "Corporal Mathis, 23, who gave only his first name"
            boolean aged = comma && (tokens.get(t + 2).isNumber() && tokens.get(t + 3).is(",")
                    || Set.of("a", "an").contains(tokens.get(t + 2).lower())
                            && AGE.matcher(tokens.get(t + 3).text()).matches());
            boolean described = aged || comma && Set.of("a", "an").contains(tokens.get(t + 2).lower())
                    && !tokens.get(t + 3).isCapitalised();
            int verb = t - 1;
            if (verb > 0 && tokens.get(verb).isCapitalised() && Lexicon.ROLE_WORDS.contains(tokens.get(verb).lower())) {
                // "said Corporal Mathis": a rank between the verb and the name
                verb--;
            }
            boolean afterVerb = verb >= 0 && Lexicon.SPEECH_VERBS.contains(tokens.get(verb).lower()) && described;
            // "who gave only his first name, Wilner,", "who would give only his last name, Ramirez,"
            boolean firstName = comma && t >= 3 && tokens.get(t - 1).is(",")
                    && (tokens.get(t - 2).lower().equals("name")
                            && Set.of("first", "last").contains(tokens.get(t - 3).lower())
                            || tokens.get(t - 2).lower().equals("surname"))
                    // "who gave his name only as Ali", "a medic identified only as Olena, 35,"
                    || t >= 2 && tokens.get(t - 1).lower().equals("as")
                            && Set.of("only", "name").contains(tokens.get(t - 2).lower())
                            && !tokens.get(t + 1).isCapitalised();
            boolean opens = false;
            if (!afterVerb && !firstName && described) {
                Span sentence = layout.sentences.get(layout.sentenceOf(name.start()));
                // "Jonas, a 34-year-old staff sergeant, arrived"; "In the old town, Rasa, 70, said"
                boolean leads = sentence.start() == name.start() || t > 0 && tokens.get(t - 1).is(",");
                opens = leads && (aged || speaksLater(t + 2, sentence) || firstNameOnly(t + 2, sentence));
            }
            // "His wife, Katrin, who spoke to DW", "Her friend Marek was more sober"
            int kin = t > 0 && tokens.get(t - 1).is(",") ? t - 2 : t - 1;
            boolean related = kin > 0 && RELATIONS.contains(tokens.get(kin).lower())
                    && POSSESSIVES.contains(tokens.get(kin - 1).lower()) && !tokens.get(t + 1).isCapitalised();
            if ((afterVerb || opens || firstName || related) && !notNameWord(name)
                    && Places.at(tokens, t, t + 1) == null
                    && lookup(List.of(fold(name.lower()))) == null && !partOfAName(fold(name.lower()))) {
                register(t, t + 1);
            }
        }
    }

    /** "said Brandt, 49, of Greenwood" after "Lisa Brandt": a word of someone's full name is that person, not another. */
    private boolean partOfAName(String key) {
        for (Person p : persons) {
            if (p.tokens.size() >= 2 && p.tokens.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** "Awa, a vendor who gave only her first name, shrugged": the sentence says the story prints a first name only. */
    private boolean firstNameOnly(int t, Span sentence) {
        for (int k = t; k + 1 < layout.tokens.size() && layout.tokens.get(k).start() < sentence.end(); k++) {
            if (layout.tokens.get(k).lower().equals("first") && layout.tokens.get(k + 1).lower().equals("name")) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb follows in the sentence, outside quotation marks. */
    private boolean speaksLater(int t, Span sentence) {
        for (int k = t; k < layout.tokens.size() && layout.tokens.get(k).start() < sentence.end(); k++) {
            if (!skip[k] && Lexicon.SPEECH_VERBS.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a mention for every lone surname, in text order. When several people share the surname, the one who last
     * led a sentence (was its first person named: the subject the text is following, as in "Kim Yo Jong, the sister of
     * Kim Jong Un, ... Kim said") wins, then the one mentioned last. The running figures keep this linear.
     */
    private void findSurnames() {
        List<Token> tokens = layout.tokens;
        Set<String> keys = new java.util.HashSet<>();
        for (Person p : persons) {
            keys.addAll(p.keys);
        }
        List<Mention> full = new ArrayList<>(mentions);
        full.sort(Comparator.comparingInt(Mention::start));
        java.util.Map<Person, int[]> seen = new java.util.HashMap<>();
        int[] sentenceLead = {-1};
        int next = 0;
        Set<String> misses = new java.util.HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            while (next < full.size() && full.get(next).start() < tokens.get(t).start()) {
                note(full.get(next++), seen, sentenceLead);
            }
            // "General al-Tamimi said": a surname with its article is a surname too
            if (named[t] || skip[t] || !(tokens.get(t).isCapitalised() || nameish(t))
                    || misses.contains(tokens.get(t).lower())) {
                continue;
            }
            if (!keys.contains(fold(tokens.get(t).lower())) && candidates(tokens.get(t).lower()).isEmpty()) {
                misses.add(tokens.get(t).lower());
                continue;
            }
            Person p = best(candidates(tokens.get(t).lower()), seen);
            if (p != null && GIVEN_COUNTRIES.contains(tokens.get(t).lower())
                    && !p.name.toLowerCase(Locale.ROOT).endsWith(tokens.get(t).lower())) {
                // "The Israel Defense Forces said" after "Israel Katz": the country, not the minister's given name
                continue;
            }
            if (p != null) {
                p.aliases.add(tokens.get(t).text());
                Mention m = new Mention(tokens.get(t).start(), tokens.get(t).end(), p, false);
                mentions.add(m);
                note(m, seen, sentenceLead);
            }
        }
    }

    /** Updates a person's figures: {last sentence they led, last mention offset}. */
    private void note(Mention m, java.util.Map<Person, int[]> seen, int[] sentenceLead) {
        int sentence = layout.sentenceOf(m.start());
        int[] figures = seen.computeIfAbsent(m.person(), k -> new int[]{-1, -1});
        if (sentence != sentenceLead[0]) {
            sentenceLead[0] = sentence;
            figures[0] = sentence;
        }
        figures[1] = m.start();
    }

    private static Person best(List<Person> candidates, java.util.Map<Person, int[]> seen) {
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        Person best = null;
        long bestScore = Long.MIN_VALUE;
        for (Person p : candidates) {
            int[] f = seen.getOrDefault(p, new int[]{-1, -1});
            long score = (long) f[0] * Integer.MAX_VALUE + f[1];
            if (best == null || score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** The people whose surname (or a spelling of it) is {@code word}. */
    private List<Person> candidates(String word) {
        String w = fold(word);
        List<Person> out = new ArrayList<>(2);
        for (Person p : persons) {
            for (String k : p.keys) {
                if (k.equals(w) || (w.length() >= 5 && similar(k, w))) {
                    out.add(p);
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            // "Defense Minister Koizumi Shinjiro ... Koizumi said", "Ng Kai-ming ... Ng said": a name written family
            // name first, as NHK and Hong Kong papers do, whose given name the text never uses alone
            for (Person p : persons) {
                if (p.tokens.size() >= 2 && p.tokens.get(0).equals(w)
                        && !usedAlone(p.tokens.get(p.tokens.size() - 1))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The word stands outside a full name somewhere in the text; the words so standing are read once. */
    private boolean usedAlone(String key) {
        if (lone == null) {
            lone = new java.util.HashSet<>();
            for (int t = 0; t < layout.tokens.size(); t++) {
                if (!named[t]) {
                    lone.add(fold(layout.tokens.get(t).lower()));
                }
            }
        }
        return lone.contains(key);
    }

    /** Records a reference found while attributing ("the top US diplomat"), so later pronouns can point to it. */
    void addMention(Mention m) {
        int at = 0;
        while (at < mentions.size() && mentions.get(at).start() < m.start()) {
            at++;
        }
        if (at < mentions.size() && mentions.get(at).start() == m.start()) {
            return;
        }
        mentions.add(at, m);
    }

    /**
     * A leader quoted by surname alone ("Putin said") whom the article never names in full: registered under the full
     * name from {@link Lexicon#KNOWN_BY_SURNAME}, or null for anyone else.
     */
    Person knownBySurname(Token surname) {
        String[] known = Lexicon.KNOWN_BY_SURNAME.get(surname.lower());
        if (known == null) {
            return null;
        }
        List<String> keyTokens = new ArrayList<>();
        for (String part : fold(known[0]).split("[- ]")) {
            keyTokens.add(part);
        }
        Person person = lookup(keyTokens);
        if (person == null) {
            person = new Person(known[0], keyTokens);
            person.role = known[1];
            person.affiliation = known[2];
            persons.add(person);
        }
        person.aliases.add(surname.text());
        addMention(new Mention(surname.start(), surname.end(), person, false));
        return person;
    }

    private Person lookup(List<String> keyTokens) {
        for (Person p : persons) {
            if (sameName(p.tokens, keyTokens)) {
                return p;
            }
        }
        return null;
    }

    /** Same person when first and last names match up to spelling, middle names aside. */
    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!similar(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.size() >= 2 && b.size() >= 2 && similar(a.get(0), b.get(0))
                && similar(a.get(a.size() - 1), b.get(b.size() - 1))) {
            return true;
        }
        // "Hassan Sheikh" for Hassan Sheikh Mohamud, "Padrino López" for Vladimir Padrino López: the first or the
        // last names of a longer name
        List<String> shorter = a.size() < b.size() ? a : b;
        List<String> longer = a.size() < b.size() ? b : a;
        boolean first = true;
        boolean last = true;
        for (int i = 0; i < shorter.size(); i++) {
            first &= similar(shorter.get(i), longer.get(i));
            last &= similar(shorter.get(i), longer.get(longer.size() - shorter.size() + i));
        }
        return shorter.size() >= 2 && (first || last);
    }

    /** Equal, or a transliteration variant: one letter changed, or up to two letters added at the end. */
    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int min = Math.min(a.length(), b.length());
        // variants share their first letter; checking it first keeps this cheap for every capitalised word
        if (min < 4 || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        if (Math.abs(a.length() - b.length()) <= 2 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        return editDistance(a, b, min >= 7 ? 2 : 1) <= (min >= 7 ? 2 : 1);
    }

    private static int editDistance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    /** Lowercase without accents, so "Zelenskyy" and "Zelenskyy" with diacritics compare equal. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.') {
                out.append(Character.toLowerCase(c) == '\u2019' ? '\'' : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
