package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Works out who says what. A person named with a speech verb right after the closing mark ("…,” Austin said") wins;
 * then a speech verb before the opening mark ("Blinken warned Thursday that “…”", "what he called “…”"), which also
 * beats an agency that only relays the words ("urged … “…,” KCNA reported"); then any speech verb after it. The
 * subject of the verb is the phrase just before it, skipping a comma-bounded aside ("Blinken, speaking alongside
 * Austin, said") unless the aside is the name itself ("Its vice foreign minister, Kim Jong Gyu, said"); a second verb
 * or a participle shares the sentence's subject ("visited ... and urged", "condemned ..., saying"); a verb first takes
 * the phrase after it ("said Sabrina Singh, a Pentagon spokeswoman", "according to the ministry"). The subject is a
 * named person, a leader known by surname alone ("Putin said"), a pronoun (the first person named in the latest
 * sentence that names one, unless that sentence is about someone unnamed), a description ("the top US diplomat",
 * matched on role and country, preferring the described country) or else an organisation or unnamed source.
 */
final class Attributor {
    /** Nouns of those who speak for someone named after them: "the office of", "a spokesman for", "an aide to". */
    private static final Set<String> SPEAKS_FOR = Lexicon.set("office|spokesman|spokeswoman|spokesperson|aide|aides"
            + "|lawyer|lawyers|campaign|family|representative|adviser|advisers|advisor|advisors");

    private static final Set<String> SKIPPABLE = Lexicon.set("also|later|again|earlier|then|has|had|have|would|will"
            + "|previously|repeatedly|reportedly|publicly|separately|recently|once|on|last|this|week|month|year"
            + "|night|morning|afternoon|evening|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|further|simply|flatly|bluntly|quickly|sharply|is|was|were|are|be|been|being|not"
            + "|never|already|just|had|did|does|do|may|might|could|should|can|in|a|an|post|statement|interview"
            + "|nonetheless|nevertheless|meanwhile|instead|still|too");
    private static final Set<String> PHRASE_STOPS = Lexicon.set("that|which|who|when|while|as|after|before|because"
            + "|if|and|but|or|to|than|whether|where|whom|whose|what|how|why|though|although|since|until|so|then");
    /** An agency's verbs for passing on someone's words: "KCNA quoted Kim as saying". */
    private static final Set<String> QUOTING = Lexicon.set("quoted|quotes|cited|cites");
    /** What a speaker does between two quotations in a sentence of its own: "She paused." */
    private static final Set<String> PAUSES = Lexicon.set("paused|went|continued|hesitated|smiled|shrugged|laughed"
            + "|sighed|nodded|stopped|pauses|goes|continues|hesitates|smiles|shrugs|laughs|sighs|nods|stops");
    /** Verbs between a speaker and what describes them before a colon: "Marles was emphatic:". */
    private static final Set<String> COPULAS = Lexicon.set("was|is|were|sounded|seemed|remained");
    /** Prepositions that open a phrase after a name: "Cho Min-kyu of the main opposition party said". */
    private static final Set<String> POSTMODIFIERS = Lexicon.set("of|from|at");
    private static final Set<String> VERBS_FIRST = Lexicon.set("said|says|added|adds|told|asked|wrote|writes|noted"
            + "|warned|continued|explained|insisted|stressed|replied|responded|declared|argued|tweeted|posted|recalled"
            + "|remarked|observed|cautioned|concluded|according|notes|warns|continues|explains|insists|stresses"
            + "|replies|responds|declares|argues|recalls|remarks|observes|cautions|concludes");

    /** Who is behind a quotation: a person, or the organisation or unnamed source that speaks. */
    record Source(People.Person person, String source, Attribution kind, int verbOffset) {
        static final Source NONE = new Source(null, null, Attribution.UNATTRIBUTED, -1);

        boolean found() {
            return person != null || source != null;
        }

        Source as(Attribution k) {
            return new Source(person, source, k, verbOffset);
        }
    }

    /** An American lawmaker's party and state after the name: "Sen. Jack Reed, D-R.I.," or "(R-Md.)". */
    private static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z]*");

    private final Layout layout;
    private final People people;
    private final Map<Integer, Source> reported = new HashMap<>();

    Attributor(Layout layout, People people) {
        this.layout = layout;
        this.people = people;
    }

    /** The source named around quotation {@code q} inside its own sentence, or {@link Source#NONE}. */
    Source inSentence(QuoteSpan q, Span sentence, int previousQuoteEnd, int nextQuoteOpen) {
        List<Token> tokens = layout.tokens;
        int tailFrom = layout.tokenAt(q.after());
        int tailTo = layout.tokenAt(Math.min(sentence.end(), nextQuoteOpen));
        int headFrom = layout.tokenAt(Math.max(Math.max(sentence.start(), previousQuoteEnd), layout.datelineEnd));
        int headTo = layout.tokenAt(q.open());
        int tailVerb = firstVerb(tailFrom, tailTo);
        Source tail = tailVerb >= 0 ? subjectOf(tailVerb, tailFrom, tailTo) : Source.NONE;
        if (tail.person() != null && tailVerb - tailFrom <= 6) {
            return tail;
        }
        if (tail.person() == null && tailVerb >= 0) {
            // "“We have been here before,” Rep. Glen Harwood, R-Mich., a former Army officer who served two tours in
            // Iraq, said": the name that follows the quotation, however long its apposition
            for (int t = tailFrom; t < Math.min(tailVerb, tailFrom + 4); t++) {
                People.Mention m = mentionStartingAt(t);
                if (m != null && onlyTitleBefore(tailFrom, m.start()) && layout.tokenAt(m.end()) < tailTo
                        && layout.tokens.get(layout.tokenAt(m.end())).is(",")) {
                    return new Source(m.person(), null, Attribution.EXPLICIT, layout.tokens.get(tailVerb).start());
                }
            }
        }
        Source head = Source.NONE;
        int sentenceFrom = layout.tokenAt(Math.max(sentence.start(), layout.datelineEnd));
        for (int v = headTo - 1; v >= headFrom && !head.found(); v--) {
            if (isSpeechVerb(v)) {
                head = subjectOf(v, headFrom, headTo);
            }
        }
        for (int w = headTo - 1; head.person() == null && (head.found() || headFrom > sentenceFrom)
                && w >= headFrom; w--) {
            // "Tervo ... said Helsinki had asked its allies for troops that could ‘fight ...’": the words are reported
            // by the person whose verb governs the clause, not by the body named inside it; "Pete Hegseth gave the
            // campaign a name, “Southern Spear,” and said ... it would “root out ...”": that subject may stand before
            // an earlier quotation of the same sentence
            if (isSpeechVerb(w)) {
                Source whole = subjectOf(w, sentenceFrom, headTo);
                head = whole.person() != null ? whole : head;
            }
        }
        // A person who says the words outranks the agency that relays them ("urged ... “...,” KCNA reported").
        if (tail.found() && (tailVerb - tailFrom <= 6 || !head.found()) && (head.person() == null)) {
            return tail;
        }
        if (!head.found() && !tail.found()) {
            Source view = viewOf(sentenceFrom, headTo);
            return view.found() ? view : beforeColon(sentenceFrom, headTo);
        }
        return head.found() ? head : tail;
    }

    /**
     * "For Camille Dufresne, a researcher at Ifri, the decision “closes the African chapter”": the person a sentence
     * opens with "For" gives the view it reports; or {@link Source#NONE}.
     */
    private Source viewOf(int from, int to) {
        if (to - from > 2 && layout.tokens.get(from).lower().equals("for")) {
            People.Mention m = mentionStartingAt(from + 1);
            if (m != null) {
                return new Source(m.person(), null, Attribution.EXPLICIT, layout.tokens.get(from).start());
            }
        }
        return Source.NONE;
    }

    /**
     * "Asked whether troops could end up inside Ukraine, Marles was emphatic:": the person the words before a colon
     * at {@code to - 1} describe gives the quotation after it; or {@link Source#NONE}.
     */
    private Source beforeColon(int from, int to) {
        if (to - 1 <= from || !layout.tokens.get(to - 1).is(":")) {
            return Source.NONE;
        }
        List<Token> tokens = layout.tokens;
        Source found = Source.NONE;
        for (People.Mention m : people.mentions) {
            int after = layout.tokenAt(m.end());
            if (m.start() >= tokens.get(from).start() && after < to - 1
                    && COPULAS.contains(tokens.get(after).lower())) {
                found = new Source(m.person(), null, Attribution.EXPLICIT, tokens.get(after).start());
            }
        }
        int first = from;
        while (first < to - 1 && !tokens.get(first).isWord()) {
            first++;
        }
        if (!found.found() && to - 1 - first <= 4 && Set.of("his", "her").contains(tokens.get(first).lower())) {
            // "Šakalienė toured the site on Monday. Her verdict: “...”"
            People.Person p = antecedent(tokens.get(first).start());
            found = p == null ? found : new Source(p, null, Attribution.PRONOUN, tokens.get(first).start());
        }
        for (People.Mention m : people.mentions) {
            // "Deputy Defence Minister Agnieszka Dziedzic, visiting a forward post, had a message for Minsk:", "Latvian
            // Prime Minister Evika Siliņa, at the welcome ceremony:", an interview's "Morales:": the words of the one
            // the sentence is about
            int after = layout.tokenAt(m.end());
            if (!found.found() && m.start() >= tokens.get(first).start() && onlyTitleBefore(first, m.start())
                    && after <= to - 1 && !tokens.get(after).isPossessive()) {
                found = new Source(m.person(), null, Attribution.EXPLICIT, m.start());
            }
        }
        return found;
    }

    /** The speaker of a sentence of reported speech ("Austin said the US would respond"), if any. */
    Source reportedSpeaker(int sentenceIndex) {
        Source known = reported.get(sentenceIndex);
        if (known != null) {
            return known;
        }
        // resolving the subject may look further back (a pronoun), so no computeIfAbsent here
        reported.put(sentenceIndex, Source.NONE);
        Span sentence = layout.sentences.get(sentenceIndex);
        int from = layout.tokenAt(sentence.start());
        int to = layout.tokenAt(sentence.end());
        Source found = Source.NONE;
        for (int v = from; v < to && found.person() == null; v++) {
            if (isSpeechVerb(v) && !layout.inQuote(layout.tokens.get(v).start())) {
                found = subjectOf(v, from, to);
            }
        }
        if (found.person() == null) {
            // "For Élodie Marchetti, a researcher at Ifri, the reinforcement is above all political.": her view
            found = viewOf(from, to);
        }
        if (found.person() == null) {
            found = beforeColon(from, to);
        }
        if (found.person() == null && to - from <= 6) {
            // "She paused.", "Then she went on.": a pause between two quotations of one speaker
            for (int v = from + 1; v < to && found.person() == null; v++) {
                if (PAUSES.contains(layout.tokens.get(v).lower())
                        && Set.of("he", "she").contains(layout.tokens.get(v - 1).lower())) {
                    found = subjectOf(v, from, to);
                }
            }
        }
        if (found.person() == null && to - 1 > from && layout.tokens.get(to - 1).is(":") && quotesHeading(from, to)) {
            // "Quotes attributable to Assistant Minister for Defence, the Hon Peter Khalil MP:" heads the
            // quotations below it in a press release
            for (int t = to - 1; t >= from && found.person() == null; t--) {
                People.Mention m = mentionStartingAt(t);
                if (m != null) {
                    found = new Source(m.person(), null, Attribution.EXPLICIT, layout.tokens.get(t).start());
                }
            }
        }
        Source result = found.person() != null ? found : Source.NONE;
        reported.put(sentenceIndex, result);
        return result;
    }

    private int firstVerb(int from, int to) {
        // room for a title, a name and an aside: "Maj. Gen. Cho Sung-min, commander of the Army's 25th Infantry
        // Division, said"
        for (int v = from; v < Math.min(to, from + 20); v++) {
            Token tok = layout.tokens.get(v);
            if (tok.is(";") || tok.is("\u201c") || tok.is("\"")) {
                return -1;
            }
            if (isSpeechVerb(v)) {
                return v;
            }
        }
        return -1;
    }

    boolean isSpeechVerb(int v) {
        Token tok = layout.tokens.get(v);
        String l = tok.lower();
        boolean sentenceStart = layout.sentences.get(layout.sentenceOf(tok.start())).start() == tok.start();
        if (l.equals("words")) {
            // "would be treated as “legitimate targets”, in the words of spokesman Dmitry Peskov"
            return v >= 2 && v + 1 < layout.tokens.size() && layout.tokens.get(v - 2).lower().equals("in")
                    && layout.tokens.get(v - 1).lower().equals("the") && layout.tokens.get(v + 1).lower().equals("of");
        }
        if (!Lexicon.SPEECH_VERBS.contains(l) || Character.isUpperCase(tok.text().charAt(0)) && v > 0
                && !sentenceStart && !layout.tokens.get(v - 1).is("\u201d") && !layout.tokens.get(v - 1).is(",")) {
            return false;
        }
        if (l.equals("according")) {
            return v + 1 < layout.tokens.size() && layout.tokens.get(v + 1).lower().equals("to");
        }
        if (l.equals("report") || l.equals("reports") || l.equals("reporting")) {
            return false;
        }
        if (l.equals("called") || l.equals("calls") || l.equals("calling")) {
            // "called for" and "what he called" are speech; "a unit called" is naming.
            String next = v + 1 < layout.tokens.size() ? layout.tokens.get(v + 1).lower() : "";
            String prev = v > 0 ? layout.tokens.get(v - 1).lower() : "";
            // "a move Gov. Elena Marsh called “a hostile takeover”": a name calls, a unit is called
            boolean quoteNext = next.equals("\u201c") || next.equals("\"") || next.equals("\u2018")
                    || next.equals("\u00ab") || next.equals("\u00bb");
            return next.equals("for") || next.equals("on") || next.equals("it") || next.equals("the")
                    || next.equals("that") || next.equals("this") || next.equals("them")
                    || quoteNext && v > 0 && layout.tokens.get(v - 1).isCapitalised()
                    || Lexicon.PRONOUNS.contains(prev) || prev.equals("they") || prev.equals("their")
                    || prev.equals("has") || prev.equals("have") || prev.equals("also")
                    || prev.equals(",") && l.equals("called") && quoteAfterObject(v + 1);
        }
        return true;
    }

    /** "Kim Yo-jong, the leader's sister, called Seoul's intelligence claims “a fiction”": a short object, then words. */
    private boolean quoteAfterObject(int k) {
        List<Token> tokens = layout.tokens;
        for (int t = k; t < Math.min(tokens.size(), k + 6); t++) {
            Token tok = tokens.get(t);
            if (tok.isQuoteMark() || tok.is("\u2018")) {
                return t > k;
            }
            if (!tok.isWord() && !tok.isPossessive()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject of the speech verb at token {@code v}: the phrase before it within [from, v), or, when the verb comes
     * first ("said Austin", "according to the ministry"), the phrase after it within (v, to).
     */
    Source subjectOf(int v, int from, int to) {
        List<Token> tokens = layout.tokens;
        String verb = tokens.get(v).lower();
        int verbOffset = tokens.get(v).start();
        if (verb.equals("according") || verb.equals("words")) {
            return phraseAfter(v + 2, to, verbOffset);
        }
        if (v + 3 < to && tokens.get(v + 1).is(",") && tokens.get(v + 2).lower().equals("quoting")) {
            // "the statement said, quoting spokesman Senior Col. Zhu Wenhai": the one quoted speaks
            for (int k = v + 3; k < Math.min(to, v + 9); k++) {
                People.Mention m = mentionStartingAt(k);
                if (m != null) {
                    return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
                }
            }
        }
        for (int q = v + 2; QUOTING.contains(verb)
                && q + 1 < Math.min(to, v + 10); q++) {
            if (tokens.get(q).lower().equals("as") && tokens.get(q + 1).lower().equals("saying")) {
                // "“We are ready,” TASS quoted Peskov as saying"
                Source quoted = classify(v + 1, q, verbOffset);
                if (quoted != Source.NONE) {
                    return quoted;
                }
                break;
            }
        }
        if (verb.equals("saying") && v - 2 >= from && tokens.get(v - 1).lower().equals("as")) {
            // "KCNA quoted Kim as saying:", "Yonhap cited a military official as saying": the one quoted speaks
            for (int q = v - 2; q >= Math.max(from, v - 10); q--) {
                if (QUOTING.contains(tokens.get(q).lower())) {
                    Source quoted = classify(q + 1, v - 1, verbOffset);
                    if (quoted != Source.NONE) {
                        return quoted;
                    }
                    break;
                }
            }
        }
        int k = v - 1;
        while (k >= from && tokens.get(k).isWord() && (SKIPPABLE.contains(tokens.get(k).lower())
                || (tokens.get(k).lower().endsWith("ly") && !tokens.get(k).isCapitalised()))) {
            k--;
        }
        // "Sen. Chris Van Hollen (D-Md.) called the order": a bracketed aside before the verb
        k = beforeBrackets(k, from);
        k = beforeNickname(k, from);
        if (k - 2 >= from && tokens.get(k).lower().equals("who") && tokens.get(k - 1).is(",")) {
            // "Trump, who wrote in December that the conflict was “not our fight,”": the person the clause describes
            People.Person described = personEndingAt(k - 2);
            if (described != null) {
                return new Source(described, null, Attribution.EXPLICIT, verbOffset);
            }
        }
        // "welcomed “every additional contribution,” adding:": the comma may stand inside the quotation before it
        boolean participle = verb.endsWith("ing") && k >= from && (tokens.get(k).is(",")
                || tokens.get(k).isQuoteMark() && k - 1 >= from && tokens.get(k - 1).is(","));
        if (participle) {
            // "Russia rejected the claim, saying ...": the participle shares the sentence's subject
            Source subject = subjectOfSentence(from, k, verbOffset);
            if (subject.found()) {
                return subject;
            }
        }
        if (k >= from && (tokens.get(k).lower().equals("and") || tokens.get(k).lower().equals("but") || participle)) {
            // "Kim visited a unit on Friday and urged ...": a second verb shares the sentence's subject
            for (People.Mention m : people.mentions) {
                // not "condemned Katz's remarks ... and called": a possessive name is no subject
                if (m.start() >= tokens.get(from).start() && m.end() <= tokens.get(k).start()
                        && !tokens.get(layout.tokenAt(m.end())).isPossessive()) {
                    return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
                }
            }
            return Source.NONE;
        }
        if (k >= from && tokens.get(k).is(",") && k > from) {
            Source opener = openerBeforeAside(from, v, verbOffset);
            if (opener.found()) {
                return opener;
            }
            int c = k - 1;
            while (c > from && !tokens.get(c).is(",") && k - c < 40) {
                c--;
            }
            if (c > from && tokens.get(c).is(",")) {
                // "Its vice foreign minister, Kim Jong Gyu, said": the aside is the speaker's name
                for (People.Mention m : people.mentions) {
                    // not "Dmitri Peskov, the spokesman for President Vladimir Putin, told": the spokesman speaks
                    if (m.end() == tokens.get(k - 1).end() && m.start() > tokens.get(c).start()
                            && onlyTitleBefore(c + 1, m.start()) && !speaksFor(c, layout.tokenAt(m.start()))) {
                        return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
                    }
                }
                People.Person apposed = apposedName(from, k);
                if (apposed != null) {
                    return new Source(apposed, null, Attribution.EXPLICIT, verbOffset);
                }
                k = beforeBrackets(c - 1, from);
            }
        }
        if (k < from || !tokens.get(k).isWord() && !tokens.get(k).isPossessive()) {
            if (VERBS_FIRST.contains(verb)) {
                return phraseAfter(v + 1, to, verbOffset);
            }
            return Source.NONE;
        }
        People.Person modified = postmodified(from, k);
        if (modified != null) {
            return new Source(modified, null, Attribution.EXPLICIT, verbOffset);
        }
        int j = k;
        while (j >= from && k - j < 8 && (tokens.get(j).isWord() || tokens.get(j).isPossessive()
                || tokens.get(j).is("-")) && !PHRASE_STOPS.contains(tokens.get(j).lower())
                && !isVerbLike(j) && !tokens.get(j).isNumber()) {
            j--;
        }
        if (j > from && tokens.get(j).lower().equals("to")
                && SPEAKS_FOR.contains(tokens.get(j - 1).lower()) && !tokens.get(j - 1).isCapitalised()) {
            // "an adviser to the president told journalists": someone unnamed speaks, not the one described
            int h = j - 1;
            while (h > from && tokens.get(h - 1).isWord() && !PHRASE_STOPS.contains(tokens.get(h - 1).lower())
                    && j - h < 4) {
                h--;
            }
            return new Source(null, layout.text.substring(tokens.get(h).start(), tokens.get(k).end()),
                    Attribution.ORGANIZATION, verbOffset);
        }
        Source s = classify(j + 1, k + 1, verbOffset);
        if (!s.found() && VERBS_FIRST.contains(verb) && (k < from || !tokens.get(k).isWord())) {
            return phraseAfter(v + 1, to, verbOffset);
        }
        if (!s.found()) {
            return namedThenApposed(from, v, verbOffset);
        }
        return s;
    }

    /**
     * "Lawrence Kanyuka, a spokesperson for the M23 and its political umbrella, the Alliance Fleuve Congo (AFC),
     * dismissed ...": a sentence that opens with a name and a long apposition before its verb at {@code v}.
     */
    private Source namedThenApposed(int from, int v, int verbOffset) {
        List<Token> tokens = layout.tokens;
        People.Mention m = openingMention(from, v);
        int after = m == null ? -1 : afterBrackets(layout.tokenAt(m.end()), v);
        if (m == null || after >= v || !tokens.get(after).is(",") || !tokens.get(v - 1).is(",")) {
            return Source.NONE;
        }
        for (int t = after + 1; t < v - 1; t++) {
            if (isVerbLike(t) || Lexicon.DEPLOY_OR_ACTION_VERBS.contains(tokens.get(t).lower())
                    && !tokens.get(t).isCapitalised() && !Set.of("in", "on").contains(tokens.get(t).lower())) {
                return Source.NONE;
            }
        }
        return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
    }

    /**
     * "Hegseth, speaking to reporters alongside Gen. Dan Caine, chairman of the Joint Chiefs, said": a sentence that
     * opens with a name and an aside that starts with a participle, "who" or a party tag is the opener's, not the
     * aside's.
     */
    private Source openerBeforeAside(int from, int v, int verbOffset) {
        List<Token> tokens = layout.tokens;
        People.Mention m = openingMention(from, v);
        int after = m == null ? -1 : afterBrackets(layout.tokenAt(m.end()), v);
        if (m == null || after + 1 >= v || !tokens.get(after).is(",")) {
            return Source.NONE;
        }
        String next = tokens.get(after + 1).lower();
        // "Cpl Daniel Rhys, 27, from Swansea, who is on his second tour, told the Guardian": an age opens one too
        boolean aside = next.endsWith("ing") && !tokens.get(after + 1).isCapitalised() || next.equals("who")
                || PARTY_TAG.matcher(tokens.get(after + 1).text()).matches() || tokens.get(after + 1).isNumber();
        return aside ? new Source(m.person(), null, Attribution.EXPLICIT, verbOffset) : Source.NONE;
    }

    /** The person named first in tokens [from, v), after nothing but a title: "Sen. Jack Reed, D-R.I., ...". */
    private People.Mention openingMention(int from, int v) {
        for (People.Mention m : people.mentions) {
            if (m.start() >= layout.tokens.get(from).start() && m.start() < layout.tokens.get(v).start()) {
                return onlyTitleBefore(from, m.start()) ? m : null;
            }
        }
        return null;
    }

    /** The token before a bracketed aside that ends at {@code k} ("Van Hollen (D-Md.)"), else {@code k}. */
    private int beforeBrackets(int k, int from) {
        if (k < from || !layout.tokens.get(k).is(")")) {
            return k;
        }
        for (int j = k - 1; j >= from && j > k - 10; j--) {
            if (layout.tokens.get(j).is("(")) {
                return j - 1;
            }
        }
        return k;
    }

    /**
     * "Jimmy Chérizier, known as “Barbecue,” warned": before a nickname in quotation marks that ends at {@code k}, the
     * name it follows; else {@code k}.
     */
    private int beforeNickname(int k, int from) {
        List<Token> tokens = layout.tokens;
        if (k < from || !tokens.get(k).isQuoteMark()) {
            return k;
        }
        for (int open = k - 1; open >= from && open > k - 6; open--) {
            if (tokens.get(open).isQuoteMark()) {
                int j = open - 1;
                boolean known = j - 1 >= from && (tokens.get(j).lower().equals("as")
                        && Set.of("known", "nicknamed", "dubbed").contains(tokens.get(j - 1).lower()))
                        || j >= from && Set.of("nicknamed", "dubbed", "alias").contains(tokens.get(j).lower());
                if (!known) {
                    return k;
                }
                int comma = tokens.get(j).lower().equals("as") ? j - 2 : j - 1;
                return comma > from && tokens.get(comma).is(",") ? comma - 1 : k;
            }
        }
        return k;
    }

    /** The mention that starts within tokens [from, to) and runs past token {@code to}, or null. */
    private People.Mention mentionAcross(int from, int to) {
        for (int k = from; k < to; k++) {
            People.Mention m = mentionStartingAt(k);
            if (m != null && m.end() > layout.tokens.get(to).start()) {
                return m;
            }
        }
        return null;
    }

    /** The token after a bracketed aside that opens at {@code t}, else {@code t}. */
    private int afterBrackets(int t, int limit) {
        if (t >= limit || !layout.tokens.get(t).is("(")) {
            return t;
        }
        for (int j = t + 1; j < limit && j < t + 10; j++) {
            if (layout.tokens.get(j).is(")")) {
                return j + 1;
            }
        }
        return t;
    }

    /**
     * "Rep. Cho Min-kyu of the main opposition People Power Party said": a person whose name a prepositional phrase
     * of plain words ends at {@code k} follows.
     */
    private People.Person postmodified(int from, int k) {
        List<Token> tokens = layout.tokens;
        for (int j = k; j > from && k - j < 16; j--) {
            Token tok = tokens.get(j);
            // "Ketevan Zhvania of the Unity – National Movement": a dash inside the body's name
            boolean dash = tok.is("-") || tok.is("\u2013") || tok.is("\u2014");
            if (!tok.isWord() && !tok.isPossessive() && !dash || isVerbLike(j)
                    || PHRASE_STOPS.contains(tok.lower()) && !tok.lower().equals("of")) {
                return null;
            }
            if (POSTMODIFIERS.contains(tok.lower()) && j < k) {
                int end = tokens.get(j - 1).end();
                for (People.Mention m : people.mentions) {
                    if (m.end() == end) {
                        return m.person();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "The battalion's commanding officer, Lieutenant Colonel Anna Lindqvist of the Swedish Army, added", "The high
     * representative, Christian Schmidt, a former German minister who oversees the Dayton agreement, said": a name set
     * off by commas after a description, with its own body or a further apposition, before the comma at {@code k}.
     */
    private People.Person apposedName(int from, int k) {
        List<Token> tokens = layout.tokens;
        int close = k;
        for (int open = k - 1; open > from && k - open < 40; open--) {
            if (!tokens.get(open).is(",")) {
                continue;
            }
            People.Mention m = openingMention(open + 1, close);
            if (m != null) {
                int after = layout.tokenAt(m.end());
                boolean body = after < close && POSTMODIFIERS.contains(tokens.get(after).lower());
                for (int t = after; body && t < close; t++) {
                    body = !isVerbLike(t) && !PHRASE_STOPS.contains(tokens.get(t).lower());
                }
                boolean apposition = close < k && Set.of("a", "an", "the").contains(tokens.get(close + 1).lower());
                return after == close && apposition || body && (close == k || apposition) ? m.person() : null;
            }
            close = open;
        }
        return null;
    }

    /** The subject an organisation gives a participle ("The ministry rejected the claim, saying ..."). */
    private Source subjectOfSentence(int from, int k, int verbOffset) {
        int e = from;
        while (e < k && e - from < 8 && (layout.tokens.get(e).isWord() || layout.tokens.get(e).isPossessive())
                && !PHRASE_STOPS.contains(layout.tokens.get(e).lower()) && !isVerbLike(e)
                && !Lexicon.DEPLOY_OR_ACTION_VERBS.contains(layout.tokens.get(e).lower())) {
            e++;
        }
        Source s = classify(from, e, verbOffset);
        return s.person() == null && s.source() == null ? Source.NONE : s;
    }

    /** Tokens from {@code t} up to {@code offset} are title words ("Admiral" in ", Admiral Tony Radakin,"). */
    private boolean onlyTitleBefore(int t, int offset) {
        for (; t < layout.tokens.size() && layout.tokens.get(t).start() < offset; t++) {
            Token tok = layout.tokens.get(t);
            // "Ugandan Lieutenant General Jonas Mugisha": a nationality is part of the title
            if (!Lexicon.ROLE_WORDS.contains(tok.lower()) && !Lexicon.HONORIFICS.contains(tok.lower())
                    && !(tok.isCapitalised() && Lexicon.COUNTRY.containsKey(tok.lower()))) {
                return false;
            }
        }
        return true;
    }

    private boolean isVerbLike(int t) {
        return Lexicon.SPEECH_VERBS.contains(layout.tokens.get(t).lower()) && !layout.tokens.get(t).isCapitalised();
    }

    private Source phraseAfter(int from, int to, int verbOffset) {
        List<Token> tokens = layout.tokens;
        int e = from;
        while (e < to && e - from < 8 && (tokens.get(e).isWord() || tokens.get(e).isPossessive()
                || tokens.get(e).is("-")) && !PHRASE_STOPS.contains(tokens.get(e).lower())) {
            e++;
        }
        if (e == from) {
            return Source.NONE;
        }
        // "said retired Lt. Gen. Wallace “Skip” Harlan": a nickname inside the name, whose first mark may end the
        // clause as if it opened a quotation
        if (e + 3 < tokens.size() && tokens.get(e).isQuoteMark() && tokens.get(e + 2).isQuoteMark()
                && tokens.get(e + 1).isCapitalised() && tokens.get(e + 3).isCapitalised()) {
            People.Mention m = mentionAcross(from, e);
            if (m != null) {
                return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
            }
        }
        int resumed = afterBrackets(e, to);
        if (resumed > e && resumed < to && onlyTitleBefore(from, tokens.get(e).start())) {
            // "said Maj. Gen. (retd) Inamul Haq Qureshi": a bracket inside the title
            People.Mention m = mentionStartingAt(resumed);
            if (m != null) {
                return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
            }
        }
        if (resumed > e && resumed < to) {
            // "said Democratic Party (PD) MP Giulia Ferraresi": a party and its acronym, then a title and the name
            int k = resumed;
            while (k < Math.min(to, resumed + 3) && Character.isUpperCase(tokens.get(k).text().charAt(0))
                    && mentionStartingAt(k) == null && (Lexicon.ROLE_WORDS.contains(tokens.get(k).lower())
                            || Lexicon.HONORIFICS.contains(tokens.get(k).lower()))) {
                k++;
            }
            People.Mention m = k > resumed && k < to ? mentionStartingAt(k) : null;
            if (m != null) {
                return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
            }
        }
        People.Mention named = e < to && tokens.get(e).lower().equals("who") ? namedOnlyAs(e, to) : null;
        if (named != null) {
            return new Source(named.person(), null, Attribution.EXPLICIT, verbOffset);
        }
        // "said the ministry's spokesperson, Maria Zakharova", "said the force's commander, Burkinabe Brigadier General
        // Moussa Sawadogo": the name in apposition is the speaker, whoever the description might have stood for
        if (e + 1 < to && tokens.get(e).is(",")) {
            for (int k = e + 1; k < Math.min(to, e + 6); k++) {
                People.Mention m = mentionStartingAt(k);
                if (m != null) {
                    return new Source(m.person(), null, Attribution.EXPLICIT, verbOffset);
                }
                // "said the MSS force commander, Kenyan police officer Godfrey Otunge": a title in small letters too
                String l = tokens.get(k).lower();
                boolean title = Lexicon.ROLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l)
                        || Lexicon.ORG_OR_PLACE_WORDS.contains(l)
                        || tokens.get(k).isCapitalised() && Places.at(tokens, k, k + 1) != null;
                if (!title) {
                    break;
                }
            }
        }
        return classify(from, e, verbOffset);
    }

    /**
     * "said a 24-year-old soldier who gave his name only as Piotr", "who asked to be identified only as Olena": the one
     * name a relative clause at {@code who} gives the person described, or null.
     */
    private People.Mention namedOnlyAs(int who, int to) {
        boolean naming = false;
        for (int k = who + 1; k + 1 < Math.min(to, who + 12); k++) {
            String l = layout.tokens.get(k).lower();
            naming |= l.equals("name") || l.equals("identified");
            if (naming && l.equals("as")) {
                return mentionStartingAt(k + 1);
            }
        }
        return null;
    }

    /**
     * "– The Honourable Anita Anand, Minister of Foreign Affairs": the person a short line opening with a dash names,
     * who signs the quotations above it in a government release; without the dash ({@code dashed} false), only a name
     * that opens the line, after a title at most; or {@link Source#NONE}.
     */
    Source signedBy(Span paragraph, boolean dashed) {
        int from = layout.tokenAt(paragraph.start());
        int to = layout.tokenAt(paragraph.end());
        if (to - from > 30) {
            return Source.NONE;
        }
        for (int t = dashed ? from + 1 : from; t < to; t++) {
            People.Mention m = mentionStartingAt(t);
            if (m != null) {
                return new Source(m.person(), null, Attribution.EXPLICIT, layout.tokens.get(t).start());
            }
            if (!dashed && (t - from >= 3 || !layout.tokens.get(t).isCapitalised())) {
                // "The Honourable David J. McGuinty, Minister of National Defence": a line without a dash signs only
                // when it opens with the name, after a title at most
                return Source.NONE;
            }
        }
        return Source.NONE;
    }

    /** "Quotes attributable to ...", "Quote from ...": a line that names who speaks the quotations below it. */
    private boolean quotesHeading(int from, int to) {
        String first = layout.tokens.get(from).lower();
        for (int t = from; t < Math.min(to, from + 4); t++) {
            if (layout.tokens.get(t).lower().equals("attributable")) {
                return true;
            }
        }
        return (first.equals("quotes") || first.equals("quote")) && from + 1 < to
                && Set.of("from", "by").contains(layout.tokens.get(from + 1).lower());
    }

    People.Mention mentionStartingAt(int t) {
        int offset = layout.tokens.get(t).start();
        for (People.Mention m : people.mentions) {
            if (m.start() == offset) {
                return m;
            }
        }
        return null;
    }

    /** The person named by the mention that ends with token {@code t}, or null. */
    People.Person personEndingAt(int t) {
        int offset = layout.tokens.get(t).end();
        for (People.Mention m : people.mentions) {
            if (m.end() == offset) {
                return m.person();
            }
        }
        return null;
    }

    /** What the phrase at tokens [a, b) names. */
    private Source classify(int a, int b, int verbOffset) {
        List<Token> tokens = layout.tokens;
        while (a < b && !tokens.get(a).isWord()) {
            a++;
        }
        if (a >= b) {
            return Source.NONE;
        }
        int start = tokens.get(a).start();
        int end = tokens.get(b - 1).end();
        People.Mention last = null;
        for (People.Mention m : people.mentions) {
            if (m.start() >= start && m.end() <= end) {
                last = m;
            }
        }
        if (last != null) {
            int after = layout.tokenAt(last.end());
            boolean possessed = after < b && tokens.get(after).isPossessive();
            if (!possessed && !speaksFor(a, layout.tokenAt(last.start()))) {
                return new Source(jointFirst(last), null, Attribution.EXPLICIT, verbOffset);
            }
        }
        Token last2 = tokens.get(b - 1);
        if (last2.isCapitalised() && (b - a == 1 || Lexicon.ROLE_WORDS.contains(tokens.get(b - 2).lower())
                || Lexicon.HONORIFICS.contains(tokens.get(b - 2).lower()))) {
            People.Person known = people.knownBySurname(last2);
            if (known != null) {
                return new Source(known, null, Attribution.EXPLICIT, verbOffset);
            }
        }
        Token beforePronoun = b - a > 1 ? tokens.get(b - 2) : null;
        if (beforePronoun != null && Set.of("he", "she").contains(tokens.get(b - 1).lower())
                && (beforePronoun.is(",") || beforePronoun.isCapitalised() || beforePronoun.lower().endsWith("ly")
                        || Set.of("then", "later", "earlier", "now", "today", "yesterday")
                                .contains(beforePronoun.lower()))) {
            // "On Thursday he accused Washington of ...", "Later she wrote": a time or place before the pronoun is no
            // part of who speaks; not "a city he says is"
            a = b - 1;
            start = tokens.get(a).start();
        }
        if (b - a == 1 && Lexicon.PRONOUNS.contains(tokens.get(a).lower())) {
            People.Person p = antecedent(start);
            if (p == null) {
                // someone unnamed speaks: keep the pronoun rather than lend the words to the previous speaker
                return new Source(null, tokens.get(a).text(), Attribution.PRONOUN, verbOffset);
            }
            // "Lavrov praised what he called ...": the speaker is named in the sentence itself.
            Span sentence = layout.sentences.get(layout.sentenceOf(start));
            boolean named = false;
            for (People.Mention m : people.mentions) {
                named |= m.person() == p && m.start() >= sentence.start() && m.start() < start;
            }
            return new Source(p, null, named ? Attribution.EXPLICIT : Attribution.PRONOUN, verbOffset);
        }
        if (b - a >= 2 && b - a <= 4 && tokens.get(a).lower().equals("the")
                && tokens.get(a + 1).lower().endsWith("-year-old")
                && tokens.subList(a + 2, b).stream().noneMatch(Token::isCapitalised)) {
            // "said the 64-year-old retired teacher": whoever the text is about
            People.Person p = antecedent(start);
            if (p != null) {
                return new Source(p, null, Attribution.DESCRIPTOR, verbOffset);
            }
        }
        String phrase = layout.text.substring(start, end);
        String head = tokens.get(b - 1).lower();
        People.Person described = describedPerson(a, b, start);
        if (described != null) {
            described.aliases.add(phrase);
            people.addMention(new People.Mention(start, end, described, false));
            return new Source(described, null, Attribution.DESCRIPTOR, verbOffset);
        }
        boolean capitalised = false;
        boolean sourceWord = false;
        for (int t = a; t < b; t++) {
            capitalised |= Character.isUpperCase(tokens.get(t).text().charAt(0)) && t > a;
            sourceWord |= Lexicon.SOURCE_WORDS.contains(tokens.get(t).lower())
                    || Lexicon.DESCRIPTOR_ROLES.containsKey(tokens.get(t).lower());
        }
        if (Set.of("they", "we", "it", "i", "you").contains(head) && b - a == 1) {
            return new Source(null, phrase, Attribution.ORGANIZATION, verbOffset);
        }
        if (sourceWord || capitalised || Character.isUpperCase(phrase.charAt(0))) {
            return new Source(null, phrase, Attribution.ORGANIZATION, verbOffset);
        }
        return Source.NONE;
    }

    /**
     * "The office of President Lee Jae-myung said", "a spokesman for Netanyahu said": the words from {@code a} up to the
     * name at {@code named} are someone who speaks for the one named.
     */
    private boolean speaksFor(int a, int named) {
        for (int k = a + 1; k + 1 < named; k++) {
            if (SPEAKS_FOR.contains(layout.tokens.get(k).lower())
                    && Set.of("of", "for", "to").contains(layout.tokens.get(k + 1).lower())) {
                return k + 2 == named || titledBetween(k + 2, named);
            }
        }
        return false;
    }

    /**
     * Whether a title stands in tokens [from, to) before a name: "a spokesman for President Vladimir Putin", not
     * "senior adviser for Africa Massad Boulos", whose brief is part of his own title.
     */
    private boolean titledBetween(int from, int to) {
        for (int t = from; t < to; t++) {
            String l = layout.tokens.get(t).lower();
            if (Lexicon.ROLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** "Blinken and Austin said": the first of the two. */
    private People.Person jointFirst(People.Mention m) {
        int t = layout.tokenAt(m.start());
        if (t >= 2 && layout.tokens.get(t - 1).lower().equals("and")) {
            int prevEnd = layout.tokens.get(t - 2).end();
            for (People.Mention o : people.mentions) {
                if (o.end() == prevEnd) {
                    return o.person();
                }
            }
        }
        return m.person();
    }

    /**
     * Whom "he" or "she" at {@code offset} stands for: the speaker of the latest earlier sentence that has one, else
     * the first person named (outside quotations) in the latest sentence that names one.
     */
    People.Person antecedent(int offset) {
        int s = layout.sentenceOf(offset);
        for (int i = s; i >= 0 && i >= s - 6; i--) {
            Span sentence = layout.sentences.get(i);
            if (i < s) {
                // "Speaking alongside Teodoro, Hegseth said ...": the one who speaks, not the first one named
                People.Person speaker = reportedSpeaker(i).person();
                if (speaker != null) {
                    return speaker;
                }
            }
            for (People.Mention m : people.mentions) {
                if (m.start() >= sentence.start() && m.start() < sentence.end() && m.start() < offset) {
                    return m.person();
                }
            }
            if (opensWithUnknownName(sentence) || i < s && unnamedSpeaks(sentence)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "The Department of Foreign Affairs spokesperson, in a message to reporters, said ...": a spokesperson of a body
     * speaks in the sentence, unnamed, so a "she" after it is not whoever was named before. Not "the spokesman", who
     * may be the one named before.
     */
    private boolean unnamedSpeaks(Span sentence) {
        int from = layout.tokenAt(sentence.start());
        int to = layout.tokenAt(sentence.end());
        for (int t = from; t < to; t++) {
            if (isSpeechVerb(t) && !layout.inQuote(layout.tokens.get(t).start())) {
                Source s = subjectOf(t, from, to);
                return s.person() == null && s.source() != null
                        && s.source().toLowerCase(Locale.ROOT)
                                .matches("\\S+ \\S+ .*\\b(spokesperson|spokesman|spokeswoman)");
            }
        }
        return false;
    }

    /**
     * "Lord Dannatt, a former head of the Army, warned ...", "A Ukrainian soldier ... said": the sentence is about
     * someone named without a full name, or not named at all, so a later "he" is not whoever was named before.
     */
    private boolean opensWithUnknownName(Span sentence) {
        int t = layout.tokenAt(sentence.start());
        if (t + 1 >= layout.tokens.size()) {
            return false;
        }
        Token first = layout.tokens.get(t);
        Token second = layout.tokens.get(t + 1);
        // "The North “will answer ...,” she said": an article is no title
        boolean titled = (Lexicon.HONORIFICS.contains(first.lower()) || Lexicon.ROLE_WORDS.contains(first.lower())
                || first.lower().equals("lord")) && !first.lower().equals("the") && first.isCapitalised()
                && second.isCapitalised()
                && Places.at(layout.tokens, t + 1, t + 2) == null;
        boolean bare = first.isCapitalised() && Places.at(layout.tokens, t, t + 1) == null
                && (second.is(",") || isSpeechVerb(t + 1)) && !Lexicon.NOT_NAME.contains(first.lower());
        boolean unnamed = (first.lower().equals("a") || first.lower().equals("an") || first.lower().equals("one"))
                && hasSpeechVerb(sentence);
        return titled || bare || unnamed;
    }

    /** "A Ukrainian soldier ... said": someone unnamed speaks in the sentence. */
    private boolean hasSpeechVerb(Span sentence) {
        for (int t = layout.tokenAt(sentence.start()); t < layout.tokenAt(sentence.end()); t++) {
            if (isSpeechVerb(t) && !layout.inQuote(layout.tokens.get(t).start())) {
                return true;
            }
        }
        return false;
    }

    /** Who speaks in the nearest of the three sentences before {@code offset} that has a named speaker, else null. */
    private People.Person lastSpeaker(int offset) {
        int s = layout.sentenceOf(offset);
        for (int i = s - 1; i >= Math.max(0, s - 3); i--) {
            People.Person p = reportedSpeaker(i).person();
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A definite description ("the top US diplomat") matched against the roles and countries of people named. */
    private People.Person describedPerson(int a, int b, int offset) {
        List<Token> tokens = layout.tokens;
        String first = tokens.get(a).lower();
        if (first.equals("a") || first.equals("an") || first.equals("one")) {
            return null;
        }
        String head = tokens.get(b - 1).lower();
        String[] roles = Lexicon.DESCRIPTOR_ROLES.get(head);
        if (roles == null) {
            return null;
        }
        String country = null;
        StringBuilder topics = new StringBuilder();
        for (int t = a; t < b - 1; t++) {
            Places.Match place = Places.at(tokens, t, b);
            if (place != null && country == null) {
                country = place.country();
                t += place.length() - 1;
                continue;
            }
            String l = norm(tokens.get(t).lower());
            if (Lexicon.ROLE_TOPICS.contains(l)) {
                topics.append(l).append(' ');
            }
        }
        People.Person best = null;
        int bestAt = -1;
        People.Person speaking = country == null ? lastSpeaker(offset) : null;
        for (People.Person p : people.persons) {
            if (p.role == null && p.titles.isEmpty()) {
                continue;
            }
            String role = norm((p.role == null ? "" : p.role.toLowerCase(Locale.ROOT)) + " | " + p.titles);
            boolean roleOk = false;
            for (String r : roles) {
                roleOk |= role.contains(r);
            }
            for (String topic : topics.toString().trim().split(" ")) {
                roleOk &= topic.isEmpty() || role.contains(topic);
            }
            if (!roleOk || (country != null && p.affiliation != null && !p.affiliation.equals(country))) {
                continue;
            }
            int at = -1;
            for (People.Mention m : people.mentions) {
                if (m.person() == p && m.start() < offset) {
                    at = m.start();
                }
            }
            // someone known to be of the described country beats someone of unknown country
            if (at >= 0 && country != null && country.equals(p.affiliation)) {
                at += layout.text.length();
            }
            // "Belousov, at a meeting with his Tajik counterpart Sobirzoda, said ... “...,” the minister said": the
            // minister who has been speaking, not the one named last; not when the description names a country ("The
            // South Korean president said" after Biden spoke)
            if (at >= 0 && p == speaking) {
                at += layout.text.length();
            }
            if (at >= 0 && at > bestAt) {
                best = p;
                bestAt = at;
            }
        }
        // "Emmanuel Macron has tried to lower expectations. “...,” the French president said": someone without a title
        // who opens this sentence or the one before is who the description stands for, unless the text has someone
        // known to be of the described country in that role
        People.Person untitled = null;
        int untitledAt = -1;
        int sentence = layout.sentenceOf(offset);
        for (People.Mention m : people.mentions) {
            People.Person p = m.person();
            if (m.start() < offset && p.role == null && p.titles.isEmpty()
                    && sentence - layout.sentenceOf(m.start()) <= 1 && m.start() > untitledAt
                    && isSubject(m)) {
                untitled = p;
                untitledAt = m.start();
            }
        }
        boolean knownCountry = best != null && country != null && country.equals(best.affiliation);
        if (untitled != null && !knownCountry && untitledAt > bestAt) {
            best = untitled;
        }
        if (best != null && best.affiliation == null && country != null) {
            best.affiliation = country;
        }
        return best;
    }

    /**
     * The mention is who its sentence is about: it opens the sentence, after an honorific at most ("Sir Keir Starmer
     * opened the call"), or follows an opening phrase and comes before its verb ("After five hours of talks at the
     * Élysée Palace, Emmanuel Macron told reporters").
     */
    private boolean isSubject(People.Mention m) {
        List<Token> tokens = layout.tokens;
        int first = layout.tokenAt(layout.sentences.get(layout.sentenceOf(m.start())).start());
        int k = layout.tokenAt(m.start());
        while (k > first && Lexicon.HONORIFICS.contains(tokens.get(k - 1).lower())) {
            k--;
        }
        if (k == first) {
            return true;
        }
        int after = layout.tokenAt(m.end());
        if (!tokens.get(k - 1).is(",") || after >= tokens.size() || !tokens.get(after).isWord()
                || tokens.get(after).isCapitalised()) {
            return false;
        }
        for (People.Mention other : people.mentions) {
            if (other.start() >= tokens.get(first).start() && other.start() < m.start()) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String s) {
        return s.replace("defence", "defense");
    }
}
