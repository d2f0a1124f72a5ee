package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds troop deployments. A count ("As many as 8,000 North Korean troops", "2,000 more soldiers", "12 000", "1.5
 * million", "10,000-12,000", "a 5,000-strong contingent") or, with no count, a demonym before a troop noun in a
 * sentence that sends them somewhere. A bare number counts only when it stands alone and a deployment verb or a
 * total goes with it ("the 10,000 the US says were deployed", "bringing the total ... to more than 12,000").
 *
 * <p>
 * Origin: the demonyms before the noun (both, for joint units), else "X's troops", the country the sentence is about
 * (not one in the dateline, a title or after "in"/"to"), "troops from X", a sentence opening with "It", or the troops
 * of the previous report when the count refers back ("the first 1,500", "a further 500") or follows closely; a country
 * that only names who makes the claim comes last. Host and region: the place after "in", "to", "into" and the like ("in
 * Russia's Kursk region"; "from" only for withdrawals), else the previous report's host for the same troops, the place
 * named earlier for "the region" or "the country", or where an earlier sentence sends the same country's troops, then a
 * peacekeeping mission's country ("with UNIFIL"), or the latest report's host for a place too small to know ("at the
 * Niinisalo training area"). A count its sentence gives no host for is placed once the whole text is read, if it is
 * sent, contributed, withdrawn or arrived, an alliance's or a named mission's, or of a country the text reports abroad,
 * and not of a country the text has hosting others' troops: in the host most reports name, else the dateline's country
 * (unless the body never names it again), else the country the text names most; otherwise it is dropped, as troops at
 * home are. A paragraph that is only a place heads a section and stands for "the country" or "there" below it. Places
 * where a source sits ("the ministry in Tokyo said") are never hosts, and a place the lexicon lacks takes the country
 * its apposition names. One country's troops sent to a border that is
 * plainly its own ("to its eastern border", "to the U.S.-Mexico border") or that the sentence gives no owner ("to the
 * border with Belarus") stand at home, the border as their region. Bare counts stand where the sentence or the one
 * before names troops, in contributor lists ("followed by the United States with 3,500", "1,800 and 2,100 troops
 * respectively", "Italy, which has about 1,070") and unit sizes ("a battalion of about 700"). A force that names its
 * country ("82nd Airborne", "Bundeswehr") is an origin; a count with a host but no origin takes the origin of more than
 * half the article's reports, else the only country the text has put troops in that host before. A mission's own count
 * ("the mission's 1,700 troops", "4,600 troops from 29 countries") is the body it serves under (KFOR's is NATO's), not
 * its last contributor's. Status is the status word nearest the count; the claimant is "according to X" or the subject
 * of a claim verb. Casualty figures are not deployments; the same origin and count reported twice in one host is one
 * deployment, and a report without a count gives way to a counted one of the same origin.
 */
final class Deployments {
    /** Words that make a count approximate: "about 300", "roughly 2,000", "some 250". */
    private static final Set<String> APPROXIMATELY = Lexicon.set("about|around|roughly|some|nearly|almost"
            + "|approximately|approx|approx.|c.|ca.");
    private static final Set<String> FILLERS = Lexicon.set("more|additional|extra|fresh|new|elite|special|combat"
            + "|ground|active-duty|regular|military|army|its|their|his|and|the|of|well-trained|trained|armed|support"
            + "|logistics|medical|combat-ready|battle-hardened|them|those|these|police|workers|civilians"
            + "|contractors|staff|force|civilian"
            + "|highly|professional|allied|foreign|regular|frontline|front-line|other|reinforcement|reserve|navy"
            + "|air|defense|defence|forces|operations|assault|uniformed|naval|construction|engineering|mountain"
            + "|airborne|armoured|armored|mechanised|mechanized|motorised|motorized|artillery|amphibious"
            + "|reconnaissance|signals|peacekeeping|commando|rotational|cold-weather|blue|technical");
    private static final Set<String> CASUALTIES = Lexicon.set("killed|kills|kill|wounded|dead|died|casualties|injured"
            + "|captured|losses|lost|missing|deaths|dying|surrendered|prisoners|pows|executed|deserted|lives"
            + "|injuring|killing|wounding|fled|displaced|refugees|evacuated|prison|prisons|detainees|jailed|homes"
            + "|homeless|hurt");
    private static final Set<String> DEPLOY_VERBS = Lexicon.set("deployed|sent|dispatched|stationed|arrived"
            + "|moved|transferred|deploying|sending|massed|amassed|deploy|send|posted|based|arriving|shipped"
            + "|transported|heading|moving|withdrawn|withdrew|pulled|fighting|fought|serving|trained|training|arrive"
            + "|station|stationed|move|withdraw|fight|deploys|sends|arrives|crossed|entered|keep|keeps|keeping|serve"
            + "|serving|contributes|contribute|contributed|host|hosts|hosting|stationing|activated|there|remain"
            + "|remained|remains|stayed|stay|shift|shifted|relocate|relocated|relocating|redeploy|redeployed"
            + "|follow|follows|followed|join|joins|joined|joining");
    /** Verbs that put troops somewhere; unlike {@link #DEPLOY_VERBS}, not "trained" or "fought". */
    private static final Set<String> SENDING = Lexicon.set("sent|send|sends|sending|deployed|deploy|deploys"
            + "|deploying|dispatched|contributes|contribute|contributed|contributing|contributor|contributors"
            + "|pledged|pledges|promised|offered|committed"
            + "|station|stationing|stationed|based|posted|provide|provides|provided|providing");
    /** Words that open a clause of their own after a comma: "Camp Lemonnier, its largest base in Africa, while". */
    private static final Set<String> CLAUSE_WORDS = Lexicon.set("while|and|but|which|who|whose|where|when|as|that"
            + "|its|their|his|her|whereas|although|though|after|before");
    /**
     * Words before troops that make them someone else's than the force the text counts: the enemy ("to help it fight
     * Ukrainian forces") or the partner trained ("to train Emirati special forces").
     */
    private static final Set<String> OTHER_SIDE = Lexicon.set("against|fight|fighting|repel|attack|attacking|train"
            + "|trains|trained|training|mentor|mentoring|advise|advising");
    /** Verbs whose object receives troops: "the engineers Pyongyang promised Moscow". */
    private static final Set<String> GIVEN_TO = Lexicon.set("promised|pledged|offered|gave|give|gives|lent|lend");
    /** Nouns before "from" that name who urges or gives, not a place: "under pressure from the United States". */
    private static final Set<String> URGING = Lexicon.set("pressure|request|requests|support|criticism|calls|call"
            + "|opposition|objections|demands|demand|funding|help|backing|appeal|appeals|invitation");
    /** Who speaks or commands from a place: {@link #sourcePlace}. */
    private static final Set<String> SOURCE_NOUNS = Lexicon.set("according|headquarters|headquartered|ministry"
            + "|embassy|consulate|diplomats|diplomat|officials|official|reporters|journalists|spokesperson|spokesman"
            + "|spokeswoman|researcher|researchers|analyst|analysts|sources|office|correspondent|lawmakers|experts"
            + "|ambassador|envoy|newsroom");
    private static final Set<String> GROUP_NOUNS = Lexicon.set("countries|nations|states|allies|partners");
    private static final Set<String> LOC_PREPS = Lexicon.set("in|to|into|inside|toward|towards|through|across|at"
            + "|near|on|within|from|throughout|via|around|off|along");
    private static final Set<String> RECRUITING = Lexicon.set("recruit|recruits|recruited|recruiting|hire|hires"
            + "|hired|hiring|enlist|enlists|enlisted|conscript|conscripts|conscripted|draft|drafted|mobilise"
            + "|mobilize");
    private static final Set<String> SIGNING_UP = Lexicon.set("signed|enlisted|enrolled|registered|volunteered");
    private static final Set<String> REMOVING = Lexicon.set("withdraw|withdraws|withdrew|withdrawn|withdrawing|pull"
            + "|pulls|pulled|pulling|remove|removes|removed|removing|evacuate|evacuated|evacuating|relocate|relocated"
            + "|relocating|redeploy|redeployed|redeploying");
    /** Words beside troops placed without a number that make the sentence report them, besides the deploy verbs. */
    private static final Set<String> UNCOUNTED_CUES = Lexicon.set("serves|contributing|include|includes|including"
            + "|included|alongside|remains|joined|join|joining|provide|provides|providing|rotating|rotate|rotates"
            + "|together|deployment|deployments|hold|holds|holding|occupy|occupies|occupying");
    /** Verbs by which a country holds troops it sent before: "Israel has kept troops at five hilltop positions". */
    private static final Set<String> HOLDING = Lexicon.set("keep|keeps|kept|keeping|maintain|maintains|maintained"
            + "|maintaining|has|have|had");
    /** Words between a holding verb and its troops: "has kept some of its soldiers", "keeps a small contingent". */
    private static final Set<String> HELD_WORDS = Lexicon.set("some|of|its|their|a|an|small|smaller|own|military"
            + "|ground|combat|special|naval|army");
    /** Words between a country and its holding verb: "Israel, however, continues to keep troops". */
    private static final Set<String> HOLDING_ADVERBS = Lexicon.set("still|long|however|continues|continue|to"
            + "|nevertheless|now|already");
    /** Words of doubt or denial that keep troops without a number out. */
    private static final Set<String> DOUBT = Lexicon.set("not|no|never|could|might|may|possible|possibly|if|whether"
            + "|considering|consider|refused|declined|rejected|ruled|without");
    /** Units a country can be said to have somewhere without a number: "a rotating Danish contingent". */
    private static final Set<String> UNITS = Lexicon.set("contingent|contingents|company|battalion|detachment"
            + "|team|teams|battalions|detachments|companies|brigade|brigades");
    private static final Set<String> TROOP_DESCRIPTORS = Lexicon.set("rotating|smaller|small|own|airmobile"
            + "|airborne|mechanised|mechanized|motorised|motorized|infantry|ground|armoured|armored|engineering"
            + "|engineer|medical|logistics|peacekeeping|commando|naval|navy|army|air|military|a|an|the|its|their");
    /** Spans of time or distance a bare number can count: "the days, all 270 of them". */
    private static final Set<String> SPANS_OF_TIME = Lexicon.set("days|weeks|months|years|hours|miles|kilometres"
            + "|kilometers");
    /** Words for the whole a total sizes: {@link #totalPlace}. */
    private static final Set<String> TOTAL_NOUNS = Lexicon.set("number|total|buildup|build-up|tally|footprint");
    /** Phrases for {@link #phraseIn}, a set of alternatives per word. */
    private static final List<Set<String>> THE_REGION = List.of(Set.of("the"), Set.of("region"));
    private static final List<Set<String>> THE_EXCLAVE = List.of(Set.of("the"), Set.of("exclave", "enclave"));
    private static final List<Set<String>> THE_COUNTRY = List.of(Set.of("the"), Set.of("country", "nation"));
    private static final List<Set<String>> ACROSS_THE_COUNTRY = List.of(Set.of("across", "throughout"),
            Set.of("the"), Set.of("country"));
    private static final List<Set<String>> IN_THE_FORCE = List.of(Set.of("in"), Set.of("the"),
            Set.of("battlegroup", "mission", "force", "coalition", "contingent"));
    private static final Set<String> FORCES_INCLUDING = Set.of("battlegroup", "force", "mission", "brigade",
            "contingent");
    private static final List<Set<String>> THE_FORCE_INCLUDES = List.of(Set.of("the"), FORCES_INCLUDING,
            Set.of("includes", "included", "comprises"));
    private static final List<Set<String>> THE_FORCE_ALSO_INCLUDES = List.of(Set.of("the"), FORCES_INCLUDING,
            Set.of("also"), Set.of("includes", "included", "comprises"));
    private static final List<Set<String>> IN_THE_BATTLE_GROUP = List.of(Set.of("in"), Set.of("the"),
            Set.of("battle", "multinational"), Set.of("group", "battlegroup", "force", "brigade"));
    /** Words between senders and their verb besides auxiliaries: "France and Canada are also sending". */
    private static final Set<String> ALSO = Lexicon.set("also|each|both|too|all");
    private static final Set<String> SUBORDINATORS = Lexicon.set("after|before|because|although|though|since|when"
            + "|until|unless");
    private static final Set<String> SUPERLATIVES = Lexicon.set("largest|biggest|smallest|largest-ever|highest"
            + "|lowest|only|first|oldest|newest|strongest|most");
    private static final Set<String> COMPASS = Lexicon.set("north|south|east|west|northeast|northwest|southeast"
            + "|southwest|north-east|north-west|south-east|south-west");
    private static final Set<String> REGION_WORDS = Lexicon.set("region|oblast|province|krai|district|area|border"
            + "|peninsula|front|prefecture");
    private static final Set<String> ANAPHORIC = Lexicon.set("more|further|additional|another|extra|of|them|those"
            + "|these|remaining|rest");
    private static final Set<String> AFTER_BARE_COUNT = Lexicon
            .set("each|more|of|out|for|were|are|have|had|has|was|will|would"
                    + "|could|the|in|to|into|from|already|now|being|who|that|over|by|within|next|this|last|remain|remained"
                    + "|stay|stayed|are|is|had|may|might|should|currently|still|as|at|on|near|there|here|with|come"
                    + "|came|comes|going");
    private static final Set<String> STRONG_NOUNS = Lexicon.set("force|forces|contingent|brigade|battalion|unit"
            + "|division|army|mission|corps|group|regiment|detachment|company|platoon|squadron");
    /** Bodies that troops serve under but are never the host of a deployment. */
    private static final Set<String> ALLIANCES = Set.of("NATO", "United Nations", "European Union",
            "Southern African Development Community", "African Union", "ECOWAS");
    private static final Set<String> PREPOSITIONS = Lexicon.set("in|to|into|inside|toward|towards|through|across"
            + "|at|near|on|within|from|with|of|for|by|against|around|off|along|about|over|between|like");
    /** Words that may stand between a preposition and its place: "in southern Lebanon". */
    private static final Set<String> PLACE_MODIFIERS = Lexicon.set("the|a|its|their|southern|northern|eastern"
            + "|western|central|occupied|neighbouring|neighboring|war-torn|southeastern|help|aid|support|assist"
            + "|reinforce|defend|bolster|primarily|mainly|mostly|largely|chiefly"
            + "|northeastern|southwestern|northwestern|main|far|north-eastern|north-western|south-eastern"
            + "|south-western|remote|eastern-most|northernmost|southernmost");
    /** What stands before the count in "brings the total to 12,000" or "the total is expected to reach 10,000". */
    private static final Set<String> TOTAL_VERBS = Lexicon.set("to|at|reach|reaches|reaching|exceed|exceeds|top"
            + "|tops|hit|hits|numbering|totaling|totalling|totalled|totaled");
    /** Verbs that change a force's size: "cut to about 600", "raised its contingent to 750". */
    private static final Set<String> CHANGE_VERBS = Lexicon.set("cut|reduced|raised|increased|boosted|trimmed"
            + "|grown|grew|swelled|scaled|expanded|doubled|tripled|lifted|lowered|shrunk|shrank|brought|drawn|fallen"
            + "|fell|dropped|declined|risen|rose|climbed");
    /** Nouns that stand for a body of troops whose size follows: "a presence of about 1,000". */
    private static final Set<String> FORCE_NOUNS = Lexicon.set("force|forces|contingent|brigade|battalion|unit"
            + "|division|mission|corps|regiment|detachment|presence|garrison|deployment|battlegroup|team");
    private static final Set<String> EDGES = Lexicon.set("border|borders|frontier|coast|coastline|shore|shores");
    private static final Set<String> BORDERS = Lexicon.set("border|borders|frontier|boundary");
    private static final Set<String> HOSTING = Lexicon.set("host|hosts|hosting|hosted|houses|housing|home|welcomed"
            + "|welcomes|welcoming|received|receives|receiving");
    /** What {@link #host} answers for troops placed in their own country ("on standby in the UK"). */
    private static final String[] AT_HOME = new String[0];
    /** Verbs whose object is where troops go or are: "reached Slovakia", "entered Kursk", "to protect the airport". */
    private static final Set<String> ENTERING = Lexicon.set("reached|reach|entered|enter|invaded|invade|occupied"
            + "|occupy|crossed|landed|protect|protecting|guard|guarding");
    private static final Map<String, String> MISSIONS = Map.ofEntries(
            Map.entry("UNIFIL", "Lebanon"), Map.entry("KFOR", "Kosovo"), Map.entry("UNMISS", "South Sudan"),
            Map.entry("MINUSMA", "Mali"), Map.entry("MONUSCO", "Democratic Republic of the Congo"),
            Map.entry("UNFICYP", "Cyprus"),
            Map.entry("UNDOF", "Syria"), Map.entry("MINUSCA", "Central African Republic"),
            Map.entry("EUFOR", "Bosnia and Herzegovina"), Map.entry("UNISFA", "Sudan"), Map.entry("ATMIS", "Somalia"),
            Map.entry("AMISOM", "Somalia"), Map.entry("AUSSOM", "Somalia"), Map.entry("UNMIK", "Kosovo"),
            Map.entry("MINURSO", "Western Sahara"), Map.entry("MFO", "Egypt"), Map.entry("GSF", "Haiti"),
            Map.entry("MSS", "Haiti"), Map.entry("MINUSTAH", "Haiti"),
            Map.entry("SAMIDRC", "Democratic Republic of the Congo"),
            Map.entry("SAMIM", "Mozambique"), Map.entry("UNAMID", "Sudan"), Map.entry("UNMIL", "Liberia"));
    /** The body a mission or operation serves under: "the mission's 14,000 troops" are the UN's, not a contributor's. */
    private static final Map<String, String> MISSION_BODIES = Map.ofEntries(
            Map.entry("UNIFIL", "United Nations"), Map.entry("KFOR", "NATO"), Map.entry("UNMISS", "United Nations"),
            Map.entry("MINUSMA", "United Nations"), Map.entry("MONUSCO", "United Nations"),
            Map.entry("UNFICYP", "United Nations"), Map.entry("UNDOF", "United Nations"),
            Map.entry("MINUSCA", "United Nations"), Map.entry("EUFOR", "European Union"),
            Map.entry("UNISFA", "United Nations"), Map.entry("ATMIS", "African Union"),
            Map.entry("AMISOM", "African Union"), Map.entry("AUSSOM", "African Union"),
            Map.entry("UNMIK", "United Nations"), Map.entry("MINURSO", "United Nations"),
            Map.entry("UNTSO", "United Nations"), Map.entry("EUTM", "European Union"),
            Map.entry("Aspides", "European Union"), Map.entry("Atalanta", "European Union"),
            Map.entry("Irini", "European Union"), Map.entry("MFO", "Multinational Force and Observers"),
            Map.entry("GSF", "Gang Suppression Force"));
    /** Nouns for a multinational body of troops: "the mission's", "The force, which ...". */
    private static final Set<String> MISSION_NOUNS = Lexicon.set("mission|force|operation|battlegroup"
            + "|peacekeeping");
    /** Nouns after a count that make it units or vehicles rather than troops ("two infantry brigades"). */
    private static final Set<String> UNIT_NOUNS = Lexicon.set("brigade|brigades|battalion|battalions|division"
            + "|divisions|regiment|regiments|company|companies|unit|units|fighting|vehicles|carriers|groups");
    /** Verbs whose subject sends the troops it pledges, rather than only claiming a figure. */
    private static final Set<String> PLEDGING = Lexicon.set("pledged|pledges|pledge|promised|promises|promise"
            + "|offered|offers|vowed|vows|committed|commits");
    /** Nouns a number names rather than counts: "air base 101", "Resolution 350". */
    private static final Set<String> NUMBERED = Lexicon.set("base|unit|resolution|route|highway|flight|no.|number"
            + "|article|gate|camp|sector|phase|stage|level|category|paragraph|chapter|item|u.s.c.|u.s.c|section"
            + "|code|title");
    /** Troops who are at sea with their ships. */
    private static final Set<String> NAVAL = Lexicon.set("crew|crews|crewmembers|sailors");
    /** Currency codes before an amount of money: "DKK 480 million". */
    private static final Set<String> CURRENCIES = Lexicon.set("usd|eur|gbp|dkk|nok|sek|pln|chf|jpy|krw|inr|pkr"
            + "|aud|cad|nzd|rub|uah|cny|rmb|yen|won|us$");
    /** "X's contribution": the troops are X's share of a force. */
    private static final Set<String> SHARES = Lexicon.set("contribution|contingent|commitment|share|pledge");
    /** Places on land that a sea only locates: "a base on the Gulf of Thailand". */
    private static final Set<String> COASTAL = Lexicon.set("base|port|city|town|island|islands|coast|harbour|harbor"
            + "|shore|peninsula");
    /** Suffixes that make a number the size of a unit: "5,000-strong", "32-member". */
    private static final List<String> SIZE_SUFFIXES = List.of("-strong", "-member", "-man", "-person");
    /** Sizes with no number: "a few hundred", "several thousand". */
    private static final Set<String> VAGUE_SIZES = Lexicon.set("hundred|thousand|dozen");
    /** Verbs whose object is a place troops leave: it is where they are, not whose they are. */
    private static final Set<String> LEAVING = Lexicon.set("leave|leaves|left|leaving|quit|quits");
    /** What a country or body lends a force it does not send: "a new U.N.-backed force". */
    private static final Set<String> BACKING = Lexicon.set("backed|sponsored|mandated|authorized|authorised"
            + "|brokered|funded|approved|sanctioned");
    /** Prepositions that put a place where something is: "in", "at", "near". */
    private static final Set<String> AT_PLACE = Lexicon.set("in|at|into|to|near|inside");
    /** "her government": what a leader's country is called from inside a clause. */
    private static final Set<String> GOVERNMENTS = Lexicon.set("government|administration|country");
    /** Verbs that close a reporting clause inside a sentence: ", the defence secretary has announced,". */
    private static final Set<String> REPORTING = Lexicon.set("said|says|announced|announces|told|added|confirmed"
            + "|stated|reported|reports");
    private static final Set<String> AUXILIARIES = Lexicon.set("will|would|are|were|is|was|have|has|had|could|may"
            + "|might|should|must|can|be|been");
    /** A number right after these is a threshold: "fell below 70,000". */
    private static final Set<String> THRESHOLDS = Lexicon.set("below|above");
    /** Words that spread troops over no one host: "serving overseas". */
    private static final Set<String> NOWHERE_ONE = Lexicon.set("overseas|abroad|worldwide|globally");
    /** Words of a way home: a place after them is not where the troops serve. */
    private static final Set<String> RETURNING = Lexicon.set("return|returns|returned|returning|back|home");
    private static final Set<String> DEPARTING = Lexicon.set("left|leave|leaves|leaving|departed|depart|departs"
            + "|departing|bound|headed|sailed|set|flew");
    private static final Set<String> ORDERING = Lexicon.set("ordered|orders|order|authorised|authorized");
    /** Conjunctions that open a sentence with a clause of their own: "When X sent troops to Y, the move ...". */
    private static final Set<String> FRONTED = Lexicon.set("when|after|as|while|if|although|though|once|since|before"
            + "|because|until");
    /** Words that open the main clause after a fronted one. */
    private static final Set<String> SUBJECT_STARTS = Lexicon.set("the|a|an|this|that|these|those|it|he|she|they|we"
            + "|its|his|her|their");
    /** Words of when, between a subject and its verb: "agreed last month to send". */
    private static final Set<String> RECENTLY = Lexicon.set("last|this|earlier|recently|month|week|year|weekend");
    /** Between a leader and the sending verb: "had agreed to send", "has decided to deploy". */
    private static final Set<String> INTENDING = Lexicon.set("agreed|agrees|decided|decides|plans|planned|wants"
            + "|intends|promised|vowed|pledged");
    private static final Set<String> RELOCATING = Lexicon.set("moving|relocating|relocated|redeploying|redeployed"
            + "|transferring|transferred");
    /** How many sentences back a host is looked for: enough for an article, bounded for a pathological one. */
    private static final int LOOK_BACK = 12;
    private static final Set<String> MONTHS_AND_DAYS = Lexicon.set("january|february|march|april|may|june|july"
            + "|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    private static final Set<String> EXERCISES = Lexicon.set("exercise|exercises|drill|drills|manoeuvres"
            + "|maneuvers|wargames|war-games");
    /** Nouns a described country ends in: "the Baltic country", "the Caribbean nation", "the Gulf state". */
    private static final Set<String> DESCRIBED = Lexicon.set("country|nation|state|kingdom|republic|monarchy"
            + "|emirate|archipelago|territory");
    private static final Set<String> DEICTIC = Lexicon.set("region|country|area|oblast|province|territory|there"
            + "|island|peninsula|capital|north|south|east|west|northeast|northwest|southeast|southwest|nation"
            + "|archipelago|kingdom|republic|enclave|exclave|base|here");
    private static final Pattern EUROPEAN_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[" + Token.QUOTE_MARKS + "]");
    private static final Pattern LIST_SEPARATORS = Pattern
            .compile(",|;|\\band\\b|\\bincluding\\b|\\bsuch as\\b|\\bas well as\\b");
    /** What may stand between the counts of one list: "400, 250 and about 150 troops". */
    private static final Set<String> LIST_GLUE = Lexicon.set(",|and|or|about|around|roughly|some|nearly|almost"
            + "|approximately|over|more|than|up|to|as|many|respectively");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A country's acts that date what follows: "before Russia's invasion", "since Turkey's offensive". */
    private static final Set<String> EVENTS = Lexicon.set("invasion|annexation|war|offensive|incursion|attack"
            + "|attacks|coup|election|withdrawal|independence|liberation|surrender");
    /** Words between a speech verb and where it was said: "told reporters after talks in", "said at a briefing in". */
    private static final Set<String> SPEAKING_SCENE = Lexicon.set("reporters|journalists|following|after|talks"
            + "|a|an|the|news|press|conference|briefing|meeting|visit|during|at|on|his|her|their|lawmakers|parliament");
    /** Verbs that set a ceiling or a quota: "authorizing up to 5,550", "was allotted 1,041 soldiers". */
    private static final Set<String> AUTHORISING = Lexicon.set("authorizing|authorising|allotted");
    /** Gatherings whose place is no host: "a meeting of defence chiefs in Paris". */
    private static final Set<String> VENUES = Lexicon.set("meeting|meetings|summit|talks|conference|gathering");
    /** Verbs of troops carried from one place to another. */
    private static final Set<String> MOVED = Lexicon.set("shipped|sent|moved|transferred|flown|airlifted|deployed"
            + "|dispatched|transported|redeployed|brought|ferried|taken");
    /** Who report troops rather than have them: "South Korean media", "Ukrainian officials". */
    private static final Set<String> REPORTERS = Lexicon.set("media|press|newspapers|outlets|reports|sources"
            + "|officials|intelligence|lawmakers|analysts|diplomats");
    private static final Set<String> CLAIM_VERBS = Lexicon.set("reported|believe|believes|estimate|estimates"
            + "|assess|assesses|assessed|announced|estimated|confirmed|claimed|say|says|said|told|according");

    private final Layout layout;
    private final Attributor attributor;
    private final List<Span> excluded;
    /** The countries the text names after its dateline, read once when first asked. */
    private Set<String> bodyCountries;
    /** Whether the text is about the National Guard, read once when first asked. */
    private Boolean guardStory;
    /** Missions the text names that no table knows; like alliances, the whole text places their counts. */
    private final Set<String> namedMissions = new HashSet<>();
    private String textMission;
    private boolean textMissionKnown;
    private Map<String, Integer> countryMentions;
    /** The latest report placed in a country rather than at sea. */
    private Found recentOnLand;
    /** The host a sentence ending in a colon names for the list items below it ("... to the Northern Territory:"). */
    private String[] listHost;
    /** The latest sentence outside a list ended in a colon: short lines below it may be rows ("Italy – 862"). */
    private boolean listOpen;
    /** That sentence speaks of troops, so a row's bare number counts them ("MNF-U personnel in Ukraine:"). */
    private boolean listOfTroops;
    /** The country opening the current sentence when it is such a row, or null. */
    private String rowCountry;
    /** The current sentence is a row of a list or a table. */
    private boolean rowSentence;
    /** Whose troops the sentence introducing a list counts ("about 1,000 South Korean troops are deployed in:"). */
    private String listOrigin;

    Deployments(Layout layout, Attributor attributor, List<Span> excluded) {
        this.layout = layout;
        this.attributor = attributor;
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
        /** Its sentence sends, contributes, withdraws or brings in the troops: abroad, where it does not say. */
        boolean sent;
        /** A number without a troop noun ("Fifteen thousand is a serious start"). */
        boolean bare;
        /** Several countries' total ("16,000 troops from Estonia and 11 allied nations"): no one's to report. */
        boolean multinational;
        /** Uncounted troops whose place follows them in the sentence ("Russian instructors arrived in Niamey"). */
        boolean placedAfter;
        /** "several hundred", "thousands": a size the text gives without a number. */
        boolean vague;
        /** Its origin is only the country of who makes the claim ("South Korea's spy agency said 3,000 troops"). */
        boolean claimOrigin;
        Span evidence;
        /** Where the count (or the troop noun) stands, to centre long evidence on it. */
        int countAt;
        /** The latest sentence that reports these troops, for telling whether the text is still about them. */
        Span latest;
        final List<Span> related = new ArrayList<>();
    }

    List<DeploymentReport> find(List<Quotation> quotations) {
        List<Found> found = new ArrayList<>();
        List<Found> unsourced = new ArrayList<>();
        List<Found> unhosted = new ArrayList<>();
        List<Token> tokens = layout.tokens;
        Found last = null;
        Found recent = null;
        // the latest count whose owner is known, placed or not
        Found counted = null;
        for (int s = 0; s < layout.sentences.size(); s++) {
            Span sentence = layout.sentences.get(s);
            if (isExcluded(sentence.start())) {
                continue;
            }
            int from = layout.tokenAt(sentence.start());
            int to = layout.tokenAt(sentence.end());
            if (sentence.start() < layout.datelineEnd && layout.datelineEnd < sentence.end()) {
                // "Kyiv (AFP) - Around 200 fighters from Russia's Africa Corps": where the story is filed says
                // nothing of whose troops these are
                from = layout.tokenAt(layout.datelineEnd);
            }
            boolean table = tableRow(sentence);
            rowSentence = table || listItem(sentence);
            rowCountry = listOpen || table ? rowCountry(from, to) : null;
            if (rowCountry != null && listOrigin != null && !rowCountry.equals(listOrigin)) {
                // "U.S. FORCES IN EUROPE" then "* GERMANY - About 35,000": the list's troops, and where they are
                rowCountry = null;
            }
            String headed = sectionHeading(s) ? troopsCountry(from, to) : null;
            if (!rowSentence && rowCountry == null && headed != null) {
                listOpen = true;
                listHost = null;
                listOrigin = headed;
                listOfTroops = true;
            } else if (!rowSentence && rowCountry == null && !withinItem(s)) {
                listOpen = to - 1 > from && layout.tokens.get(to - 1).is(":");
                listHost = introducedList(from, to);
                listOrigin = listOpen ? introducedOrigin(from, to) : null;
                listOfTroops = listOpen && mentionsTroops(from, to);
                if (listHost == null && listOpen && last != null && last.host != null
                        && layout.sentenceOf(sentence.start()) - layout.sentenceOf(last.latest.start()) == 1) {
                    // "About 2,200 National Guard members are deployed in Washington ... They include:": the list
                    // breaks down the troops just placed
                    listHost = new String[]{last.host, last.region};
                }
            }
            // "the Army had more than 3,000 air defenders deployed ... That number has since fallen to about 2,400":
            // troops counted before, whoever's they are
            // "MNF-U personnel in Ukraine as of this release:" then "• France – approx. 3,300 (Lviv, Rivne)"
            boolean troopContext = last != null || counted != null || recent != null || mentionsTroops(from, to)
                    || listOrigin != null && rowSentence || listOfTroops && rowCountry != null;
            for (int t = from; t < to; t++) {
                Count c = countAt(t, to);
                if (c == null) {
                    continue;
                }
                if (recent != null && recent.host != null && !Lexicon.isArea(recent.host)) {
                    recentOnLand = recent;
                }
                // "the Army had more than 3,000 air defenders deployed across the CENTCOM region ... That number has
                // since fallen to about 2,400": troops counted since the last whose owner is known are what follows
                // refers to, not those
                boolean since = recent != null && recent.origin == null && recent.troops != null && last != null
                        && recent.evidence.start() > last.latest.start();
                Found f = candidate(c, from, to, sentence, troopContext, since ? null : last, recent);
                t = Math.max(t, c.end() - 1);
                for (Found other : eachOf(f, c, from, to)) {
                    if (other.host == null && other.region == null) {
                        unhosted.add(other);
                    } else {
                        merge(found, other);
                    }
                }
                // "many of those 25,000 soldiers will be conscripts", said in a quote about troops counted before
                boolean those = c.start() > from
                        && Set.of("those", "these").contains(tokens.get(c.start() - 1).lower());
                Found same = f != null && (f.bare || those) && layout.inQuote(tokens.get(c.start()).start())
                        ? sameCount(found, f.troops)
                        : null;
                if (same != null) {
                    // "“Fifteen thousand is a serious start,” said the minister": a speaker repeats the number of
                    // troops reported before
                    f.origin = same.origin;
                    f.host = same.host;
                    f.region = same.region;
                } else if (f != null && f.bare && (alternative(c.end(), to) || c.start() >= from + 2
                        && tokens.get(c.start() - 1).lower().equals("or") && tokens.get(c.start() - 2).isNumber())) {
                    // "They can bring 5,000 or 50,000": numbers someone weighs, not troops anyone has
                    f = null;
                }
                if (f != null && f.host == null && f.region == null) {
                    unhosted.add(f);
                } else if (f != null && f.origin == null && counted != null && partOf(c.end(), to)
                        && layout.sentenceOf(sentence.start()) - layout.sentenceOf(counted.evidence.start()) <= 1) {
                    // "About 1,000 US personnel have left the base. Some 700 of them have moved to Erbil": a part
                    // of the troops just counted, placed or not, is theirs
                    f.origin = counted.origin;
                    last = merge(found, f);
                    recent = last;
                } else if (f != null && f.origin == null) {
                    f.latest = f.evidence;
                    unsourced.add(f);
                    recent = f;
                } else if (f != null) {
                    last = merge(found, f);
                    recent = last;
                }
                counted = f != null && f.origin != null ? f : counted;
            }
            for (Found bare : uncounted(from, to, sentence, recent)) {
                if (bare.host == null) {
                    unhosted.add(bare);
                } else {
                    Found merged = merge(found, bare);
                    // "11,000 soldiers ... to expel Ukrainian forces that had seized territory there. Roughly 3,000
                    // reinforcements followed": troops named in passing do not take over from the counted ones
                    last = last == null || last.troops == null ? merged : last;
                    recent = merged;
                }
            }
            List<String> training = training(from, to);
            if (!training.isEmpty() && last != null) {
                last.training.addAll(training);
                last.related.add(sentence);
            }
        }
        String main = majority(found, f -> f.origin);
        String[] dateline = datelineCountry();
        for (Found f : unsourced) {
            if (f.multinational) {
                continue;
            }
            // "around 18,000 troops ... in the Rajouri sector": in a story of one country's troops at home, theirs
            // "sending roughly 1,500 additional active-duty troops to the U.S.-Mexico border": their own edge
            boolean edge = unquotedWordIn(BORDERS, layout.tokenAt(f.evidence.start()),
                    layout.tokenAt(f.evidence.end()));
            boolean home = main != null && main.equals(f.host) && (f.region != null || edge) && atHome(found, main);
            String origin = main != null && (!main.equals(f.host) || home) ? main : originBefore(found, f);
            if (origin == null && main == null && f.host != null && f.region != null
                    && found.stream().allMatch(g -> g.origin.equals(f.host))
                    && (dateline != null && dateline[0].equals(f.host)
                            || f.host.equals(mostFrequent(countryMentions())))) {
                // "ISLAMABAD: The military has moved around 5,000 additional troops to the Pak-Afghan border", "the
                // Army has inducted about 3,000 additional troops into the Rajouri-Poonch belt" in a story about that
                // country: the forces of the country the story is filed from or about, at a place of their own
                origin = f.host;
            }
            if (origin == null && dateline != null && !dateline[0].equals(f.host) && nationalService(f.evidence)) {
                // "NEW DELHI: The Army has begun drawing up plans for the phased return of its nearly 900
                // peacekeepers deployed in south Lebanon": the army of the country the story is filed from
                origin = dateline[0];
            }
            if (origin != null) {
                f.origin = origin;
                merge(found, f);
            }
        }
        String mainHost = majority(found, f -> f.host);
        Found placedLast = null;
        String headline = unhosted.isEmpty() ? null : headlineCountry();
        for (Found f : unhosted) {
            if (f.multinational) {
                continue;
            }
            // "South Korea's spy agency said last week that about 3,000 troops had been sent so far", in a story of
            // North Korea's troops: the claimant's country is not whose they are
            String claimant = f.claimOrigin && main != null && !main.equals(f.origin) && !placesOwn(found, f.origin)
                    ? f.origin
                    : null;
            if (f.origin == null || claimant != null) {
                f.origin = main;
            }
            if (f.origin == null || counted(found, f.origin, f.troops)) {
                // "Pentagon to send 2,000 troops home" over a story that places those 2,000: the same troops
                continue;
            }
            String[] host = null;
            if (claimant != null
                    && found.stream().anyMatch(g -> g.origin.equals(f.origin) && claimant.equals(g.host))) {
                // "Iraqi officials and analysts have put it at between 4,000 and 5,000 troops": the troops a country
                // hosts
                host = new String[]{claimant, null};
            }
            // a country the text has hosting others' troops is where its own troops are: "about 19,000 South Korean
            // troops and some of the 28,500 U.S. soldiers stationed in the South", not North Korea, named most
            if (guard(f.evidence)) {
                // "the governor said Mississippi had agreed to send roughly 150 Guard members": Guard troops serve
                // within their own country, in the city the story is filed from or names most
                host = domesticPlace(f.origin, found);
            }
            if (host == null && f.evidence.start() < layout.datelineEnd && layout.datelineEnd < f.evidence.end()) {
                // "PORT OF SPAIN, Trinidad (AP) — About 350 U.S. Marines began a week of joint training": the lead
                // of a story filed from abroad has the troops where it is filed
                host = datelineHost(Set.of(f.origin));
            }
            // "France, which has around 300 troops in the battle group": troops in the force the story is about
            int ef = layout.tokenAt(f.evidence.start());
            int et = layout.tokenAt(f.evidence.end());
            // "the battlegroup also includes a Belgian contingent of about 250 soldiers"
            boolean inForce = phraseIn(ef, et, IN_THE_FORCE) || phraseIn(ef, et, IN_THE_BATTLE_GROUP)
                    || phraseIn(ef, et, THE_FORCE_INCLUDES) || phraseIn(ef, et, THE_FORCE_ALSO_INCLUDES);
            // "- France: as many as 6,000 soldiers, according to French officials": a line of a list of what each
            // country offers the force the story is about
            String headlined = listItem(f.evidence) ? headline : null;
            boolean listed = listItem(f.evidence) && (mainHost != null || headlined != null);
            if (host == null && (f.sent || ALLIANCES.contains(f.origin) || namedMissions.contains(f.origin)
                    || abroad(found, f.origin) || inForce || listed) && !hosts(found, f.origin)) {
                // "Ukraine ceasefire: Which countries would send troops" above "• France: about 6,000": the list is
                // of troops for the country its headline names, wherever else the text places troops
                String scene = scene(f.evidence);
                String where = headlined != null
                        ? headlined
                        : scene != null && !f.origin.contains(scene)
                                ? scene
                                : mainHost;
                host = where != null && !f.origin.contains(where)
                        ? new String[]{where, null}
                        : salientHost(found, f.origin);
            }
            if (host == null && listItem(f.evidence) && mainHost == null && !hosts(found, f.origin)) {
                // a fact sheet's table of contributors: "Indonesia | 1,231" under "UNIFIL"
                String mission = textMission();
                host = mission != null && !f.origin.equals(mission) ? new String[]{mission, null} : null;
            }
            if (host == null && f.bare && placedLast != null && !hosts(found, f.origin)
                    && !f.origin.equals(placedLast.host)
                    && layout.sentenceOf(f.evidence.start()) - layout.sentenceOf(placedLast.evidence.start()) <= 1) {
                // "Indonesia, which has about 1,200 troops in the mission. Italy has more than 1,000, and India about
                // 900": the counts that go on from one just placed are where it is
                host = new String[]{placedLast.host, placedLast.region};
            }
            if (host == null && exercise(layout.tokenAt(layout.datelineStart), leadEnd())
                    && unquotedWordIn(Set.of("total"), layout.tokenAt(f.evidence.start()),
                            layout.tokenAt(f.evidence.end()))) {
                // "MANILA, Philippines — More than 17,000 ... troops will take part in this year's Balikatan exercises
                // ... Of the total, about 11,000 are American": a drill's parts are where the story is filed from
                host = datelineHost(Set.of(f.origin));
            }
            if (host == null && atHome(found, f.origin)) {
                // "around 18,000 troops ... concentrated in the Rajouri sector" of a country the text has moving troops
                // at home
                host = domesticPlace(f.origin, found);
            }
            if (host != null) {
                f.host = host[0];
                f.region = host[1];
                merge(found, f);
                placedLast = f;
            }
        }
        List<DeploymentReport> out = new ArrayList<>();
        for (Found f : found) {
            if (f.troops == null && hasCounted(found, f.origin,
                    f.placedAfter && !Lexicon.isArea(f.host) ? f.host : null) && !vagueElsewhere(found, f)) {
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
            Span evidence = f.evidence.around(f.countAt, f.countAt);
            out.add(new DeploymentReport(f.origin, f.host, f.region, f.troops, f.qualifier, f.status,
                    List.copyOf(f.training), f.claimedBy, layout.text.substring(evidence.start(), evidence.end()),
                    evidence.start(), evidence.end(), linked));
        }
        return out;
    }

    /**
     * "In Hungary, the battlegroup at Tata is led by ..." then "Italy contributes about 250 soldiers": the country the
     * sentence or one of the two before it opens on with "In", where the text has moved to; or null.
     */
    private String scene(Span sentence) {
        int s = layout.sentenceOf(sentence.start());
        for (int i = s; i >= Math.max(0, s - 2); i--) {
            Span before = layout.sentences.get(i);
            int from = layout.tokenAt(Math.max(before.start(), layout.datelineEnd));
            int to = layout.tokenAt(before.end());
            if (from + 2 < to && layout.tokens.get(from).lower().equals("in")) {
                Places.Match m = Places.at(layout.tokens, from + 1, to);
                if (m != null && m.region() == null && !Lexicon.isArea(m.country())
                        && layout.tokens.get(from + 1 + m.length()).is(",")) {
                    return m.country();
                }
            }
        }
        return null;
    }

    /** The one country a headline about troops names, alliances aside, or null. */
    private String headlineCountry() {
        Span headline = layout.paragraphs.get(0);
        int to = layout.tokenAt(headline.end());
        if (!mentionsTroops(layout.tokenAt(headline.start()), to)) {
            return null;
        }
        String country = null;
        for (int t = layout.tokenAt(headline.start()); t < to; t++) {
            Places.Match m = Places.at(layout.tokens, t, to);
            if (m == null) {
                continue;
            }
            if (!ALLIANCES.contains(m.country()) && !Lexicon.isArea(m.country())) {
                if (country != null && !country.equals(m.country())) {
                    return null;
                }
                country = m.country();
            }
            t += m.length() - 1;
        }
        return country;
    }

    private static boolean counted(List<Found> found, String origin, Integer troops) {
        for (Found g : found) {
            if (troops != null && troops.equals(g.troops) && origin.equals(g.origin)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Multinational Brigade Latvia", "Forward Land Forces (FLF) Finland", "U.S. Forces Korea": the country a force's
     * capitalised name ends with, in tokens [from, to), unless it sends the troops; or null.
     */
    private String[] namedForceHost(int from, int to, Set<String> origins) {
        List<Token> tokens = layout.tokens;
        for (int t = from; t < to; t++) {
            if (!tokens.get(t).isCapitalised() || !FORCE_NOUNS.contains(tokens.get(t).lower())) {
                continue;
            }
            int k = t + 1;
            if (k + 2 < to && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
                k += 3;
            }
            Places.Match m = k < to ? Places.at(tokens, k, to) : null;
            if (m == null && k < to && tokens.get(k).text().equals("Korea") && !origins.contains("South Korea")) {
                // "U.S. Forces Korea": plain Korea in a command's name is the South, where that command is
                return new String[]{"South Korea", null};
            }
            if (m != null && m.region() == null && !ALLIANCES.contains(m.country()) && !Lexicon.isArea(m.country())
                    && !origins.contains(m.country())) {
                return new String[]{m.country(), null};
            }
        }
        return null;
    }

    /** "The British-led battlegroup", "the U.S.-led coalition" before the count: the lead country, or null. */
    private String ledBy(int from, int countStart) {
        for (int t = from; t < countStart; t++) {
            String l = layout.tokens.get(t).lower();
            if (l.endsWith("-led") && t + 1 < countStart && FORCE_NOUNS.contains(layout.tokens.get(t + 1).lower())) {
                String country = Lexicon.COUNTRY.get(l.substring(0, l.length() - 4));
                if (country != null && !ALLIANCES.contains(country)) {
                    return country;
                }
            }
        }
        return null;
    }

    /** "withdrawing about 4,500", "pull out some 2,000": a verb of removal just before the count. */
    private boolean withdrawnBefore(int countStart, int from) {
        int k = beforeQualifier(countStart, from);
        if (k >= from && layout.tokens.get(k).lower().equals("out")) {
            k--;
        }
        return k >= from && REMOVING.contains(layout.tokens.get(k).lower());
    }

    /**
     * "Côte d'Ivoire and Senegal 300 each": the same count for the countries listed before it, besides the one
     * {@code f} already has.
     */
    private List<Found> eachOf(Found f, Count c, int from, int to) {
        // "500 each", "up to 500 troops apiece", "Spain and France each contribute roughly 650"
        int after = c.end() + 1 < to && isTroopNoun(c.end()) ? c.end() + 1 : c.end();
        int verb = beforeQualifier(c.start(), from);
        boolean eachBefore = verb - 1 >= from && layout.tokens.get(verb - 1).lower().equals("each");
        if (f == null || f.origin == null || !eachBefore && (after >= to
                || !Set.of("each", "apiece").contains(layout.tokens.get(after).lower()))) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        // "Denmark and Sweden say they could send up to 500 troops apiece": the countries that send, before the verb
        Set<String> countries = Set.of();
        for (int k = beforeQualifier(c.start(), from); k >= from && countries.isEmpty(); k--) {
            countries = countriesBefore(k, from);
        }
        for (String country : countries) {
            if (!country.equals(f.origin) && !country.equals(f.host)) {
                Found g = new Found();
                g.origin = country;
                g.sent = f.sent;
                g.bare = f.bare;
                g.host = f.host;
                g.region = f.region;
                g.troops = f.troops;
                g.qualifier = f.qualifier;
                g.status = f.status;
                g.claimedBy = f.claimedBy;
                g.evidence = f.evidence;
                g.countAt = f.countAt;
                out.add(g);
            }
        }
        return out;
    }

    /**
     * "Germany is building a brigade in Lithuania, while Canada, which leads the brigade in Latvia, has committed to
     * keeping up to 2,200 personnel there": the place named last before the count.
     */
    private String[] lastHost(int from, int countStart, Set<String> origins, boolean leaving) {
        String[] sea = null;
        for (int k = countStart - 1; k >= from; k--) {
            if (LOC_PREPS.contains(layout.tokens.get(k).lower())) {
                String[] place = host(k, countStart, origins, leaving, false);
                if (place != null && place != AT_HOME && !Lexicon.isArea(place[0])) {
                    return place;
                }
                // "a naval base at Port Sudan on the Red Sea ... there": the sea only locates the place on land
                sea = sea == null && place != AT_HOME ? place : sea;
            }
        }
        Places.Match subject = from < countStart ? Places.at(layout.tokens, from, countStart) : null;
        if (sea != null && subject != null && subject.region() == null && !origins.contains(subject.country())
                && !Lexicon.isArea(subject.country()) && !ALLIANCES.contains(subject.country())) {
            // "Chad, long the linchpin of France's presence in the Sahel, ... the last of about 1,000 French troops
            // stationed there left": the country the sentence is about, not the area its aside names
            return new String[]{subject.country(), subject.region()};
        }
        return sea;
    }

    /**
     * "roughly 900 British troops in the UK-led battlegroup there": the troops' clause points back at a place; not
     * "there are", which only says something exists.
     */
    private boolean thereAfter(int from, int to) {
        for (int k = from; k < to; k++) {
            if (layout.tokens.get(k).lower().equals("there")
                    && (k + 1 >= to || !Set.of("is", "are", "was", "were", "will", "have", "has", "had", "would")
                            .contains(layout.tokens.get(k + 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "its 1,340-km (830-mile) border": a length and its brackets, which say nothing of whose the border is. */
    private boolean measure(int t) {
        Token tok = layout.tokens.get(t);
        String l = tok.lower();
        return tok.is("(") || tok.is(")") || tok.isNumber() && (l.endsWith("-km") || l.endsWith("-mile")
                || l.endsWith("-kilometre") || l.endsWith("-kilometer"));
    }

    /** "or 50,000" at {@code t}: another number offered instead. */
    private boolean alternative(int t, int to) {
        return t + 1 < to && layout.tokens.get(t).lower().equals("or") && countAt(t + 1, to) != null;
    }

    private static Found sameCount(List<Found> found, Integer troops) {
        for (Found g : found) {
            if (troops != null && troops.equals(g.troops)) {
                return g;
            }
        }
        return null;
    }

    /**
     * "The United States has about 2,500 troops in Iraq ... several hundred would stay on in Erbil": a size without a
     * number, for a region no count of the same troops names, is a report of its own.
     */
    private static boolean vagueElsewhere(List<Found> found, Found f) {
        if (!f.vague || f.region == null || f.host == null) {
            return false;
        }
        for (Found g : found) {
            if (g.troops != null && g.origin.equals(f.origin) && f.region.equals(g.region)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCounted(List<Found> found, String origin, String host) {
        for (Found f : found) {
            // "North Korea and Russia": a joint count is each country's too
            if (f.troops != null && (f.origin.equals(origin) || List.of(f.origin.split(" and ")).contains(origin))
                    && (host == null || f.host == null || host.equals(f.host))) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code f}, or folds it into an earlier report of the same origin and count; returns the report kept. */
    private Found merge(List<Found> found, Found f) {
        // "A hundred Marines leaving out of 18,000," the governor said: a speaker repeating a figure the text has
        // already placed
        boolean echo = f.troops != null && layout.inQuote(f.countAt);
        for (Found g : found) {
            if (echo && g.origin.equals(f.origin) && f.troops.equals(g.troops) && !layout.inQuote(g.countAt)) {
                g.related.add(f.evidence);
                return g;
            }
        }
        for (Found g : found) {
            boolean sameHost = java.util.Objects.equals(g.host, f.host);
            // "350 in Senegal" and "350 in Gabon" are two deployments
            boolean compatible = g.host == null || f.host == null || sameHost;
            // "some 2,000 have been relocated to Belgorod" and "about 2,000 troops returned home": two movements
            boolean opposite = (g.status == DeploymentStatus.WITHDRAWN) != (f.status == DeploymentStatus.WITHDRAWN)
                    && g.status != null && f.status != null;
            // a presence without a number is one record however the text moves it: one per (origin, host, count)
            if (g.origin.equals(f.origin) && java.util.Objects.equals(g.troops, f.troops)
                    && (!opposite || f.troops == null)
                    && (f.troops != null ? compatible : sameHost)) {
                if (g.host == null) {
                    g.host = f.host;
                }
                if (g.region == null) {
                    g.region = f.region;
                }
                if (g.claimedBy == null) {
                    g.claimedBy = f.claimedBy;
                }
                g.claimOrigin &= f.claimOrigin;
                g.related.add(f.evidence);
                g.latest = f.evidence;
                return g;
            }
        }
        f.latest = f.evidence;
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
        if (l.equals("members")) {
            // "2,500 National Guard members", "300 members of the Maryland National Guard"
            return t > 0 && (layout.tokens.get(t - 1).lower().equals("guard") || forceName(t - 1))
                    || membersOfForce(t);
        }
        if (l.equals("police") || l.equals("observers")) {
            return t > 0 && layout.tokens.get(t - 1).lower().equals("military");
        }
        if (l.equals("fighters") && t > 0 && (layout.tokens.get(t - 1).text().chars().anyMatch(Character::isDigit)
                && layout.tokens.get(t - 1).text().chars().anyMatch(Character::isLetter)
                || Lexicon.WEAPON_NAMES.contains(layout.tokens.get(t - 1).lower()))) {
            // "six KF-16 fighters", "four JAS 39 Gripen fighters": aircraft
            return false;
        }
        if (l.equals("helmets")) {
            // "its roughly 10,000 blue helmets": peacekeepers
            return t > 0 && layout.tokens.get(t - 1).lower().equals("blue");
        }
        if (l.equals("personnel") && t + 1 < layout.tokens.size()
                && layout.tokens.get(t + 1).lower().startsWith("carrier")) {
            // "12 armoured personnel carriers": vehicles
            return false;
        }
        if (l.equals("infantry") && t + 1 < layout.tokens.size()
                && UNIT_NOUNS.contains(layout.tokens.get(t + 1).lower())) {
            // "two infantry brigades", "three infantry fighting vehicles": units or vehicles counted, not troops
            return false;
        }
        if (l.equals("workers") || l.equals("builders")) {
            // "5,000 military construction workers", "5,000 military builders": soldiers who build; "2,000 North
            // Korean builders" sent by a country
            return t >= 2 && (layout.tokens.get(t - 1).lower().equals("military")
                    || layout.tokens.get(t - 2).lower().equals("military")
                    || l.equals("builders") && Places.COUNTRY_WORDS.contains(layout.tokens.get(t - 1).lower())
                            && layout.tokens.get(t - 1).isCapitalised());
        }
        if (l.equals("men")) {
            // "about 1,500 men", "around 10,000 men": men counted in figures are a force; "two men" are not
            return t > 0 && layout.tokens.get(t - 1).isNumber();
        }
        return Lexicon.TROOP_NOUNS.contains(l);
    }

    /**
     * "1,198 South African National Defence Force (SANDF) members", "some 3,000 UPDF members": token {@code t} ends the
     * name of a force, or is its acronym (which ends in the F of Force or Forces).
     */
    private boolean forceName(int t) {
        List<Token> tokens = layout.tokens;
        if (tokens.get(t).is(")") && t > 0) {
            t--;
        }
        String w = tokens.get(t).text();
        // "regular and reserve force members", "armed forces members"
        boolean kind = t > 0 && Set.of("regular", "reserve", "armed").contains(tokens.get(t - 1).lower());
        return Set.of("Force", "Forces", "Army", "Navy").contains(w) || kind && Set.of("force", "forces").contains(w)
                || w.length() >= 3 && w.length() <= 6 && w.endsWith("F") && Places.isCapitals(w);
    }

    private boolean membersOfForce(int t) {
        List<Token> tokens = layout.tokens;
        if (t + 1 >= tokens.size() || !tokens.get(t + 1).lower().equals("of")) {
            return false;
        }
        for (int k = t + 2; k < Math.min(tokens.size(), t + 8); k++) {
            String l = tokens.get(k).lower();
            if (l.equals("guard") || l.equals("army") || l.equals("forces") || l.equals("brigade")
                    || l.equals("battalion") || l.equals("regiment") || l.equals("division") || l.equals("corps")) {
                return true;
            }
            // "120 members of Japan's Amphibious Rapid Deployment Brigade"
            if (!tokens.get(k).isWord() && !tokens.get(k).isPossessive()) {
                return false;
            }
        }
        return false;
    }

    private Found candidate(Count c, int from, int to, Span sentence, boolean troopContext, Found previous,
            Found recent) {
        List<Token> tokens = layout.tokens;
        if (yearLike(c) && c.start() > from && Set.of("the", "a", "its", "their")
                .contains(tokens.get(c.start() - 1).lower())) {
            // "at the peak of the 2007 troop surge": a year that names an event, not a count
            return null;
        }
        if (c.start() > from && Set.of("from", "since", "until", "between").contains(tokens.get(c.start() - 1).lower())
                && yearWritten(tokens.get(c.start()).text())) {
            // "under the U.N. Mission in South Sudan from 2012 to 2017": years, not a range of troops
            return null;
        }
        if (age(c, from, to)) {
            return null;
        }
        if (armySize(c.start(), from) || authorised(c.start(), from)) {
            return null;
        }
        if (c.start() - 2 >= from && tokens.get(c.start() - 1).lower().equals("in")
                && (tokens.get(c.start() - 2).isNumber() || Set.of("one", "two", "three", "four")
                        .contains(tokens.get(c.start() - 2).lower()))) {
            // "only around one in five soldiers asked was willing": a share, not a count
            return null;
        }
        LinkedHashSet<String> origins = new LinkedHashSet<>();
        boolean anaphoric = definite(c.start(), from);
        boolean bare = false;
        int appositionFrom = -1;
        int k = c.end();
        int noun = -1;
        int acronyms = 0;
        while (k < to && k - c.end() - acronyms < 8) {
            if (isTroopNoun(k)) {
                noun = k;
                if (k + 1 < to && isTroopNoun(k + 1)) {
                    noun = k + 1;
                }
                break;
            }
            Places.Match place = Places.at(tokens, k, to);
            if (place != null && place.region() != null && guardNoun(k, Math.min(to - 1, k + place.length() + 2))) {
                // "About 350 Louisiana National Guard soldiers": a state's Guard is its country's
                origins.add(place.country());
                k += place.length();
                continue;
            }
            if (place != null && k + place.length() < to
                    && GROUP_NOUNS.contains(tokens.get(k + place.length()).lower())) {
                // "troops from ten northern European countries": no one country sends them
                break;
            }
            if (place != null && place.region() == null && people(k, place)
                    && ((troopContext || troopsBefore(sentence)) && c.value() != null
                            || deployVerbFollows(k + place.length(),
                                    Math.min(to, k + place.length() + 3)))
                    && !troopNounAfter(k + place.length(),
                            Math.min(to, k + place.length() + 3))) {
                // "some 9,000 Americans", "up to 5,000 North Koreans": the people are the troops; but "soldiers died
                // there ... drew thousands of Lithuanians to lay flowers": a people without a figure are troops only
                // where a verb deploys them
                origins.add(place.country());
                noun = k + place.length() - 1;
                break;
            } else if (place != null && place.region() == null) {
                origins.add(place.country());
                k += place.length();
            } else if (FILLERS.contains(tokens.get(k).lower())) {
                anaphoric |= ANAPHORIC.contains(tokens.get(k).lower());
                k++;
            } else if (k == c.end() && tokens.get(k).isQuoteMark()) {
                // "promised “a few hundred” extra soldiers": the words quoted, then the noun
                k++;
            } else if (k + 2 < to && tokens.get(k).is("(") && tokens.get(k + 2).is(")")
                    && Places.isCapitals(tokens.get(k + 1).text())) {
                // "1,198 South African National Defence Force (SANDF) members": the acronym of the name before
                k += 3;
                acronyms += 3;
            } else if ((tokens.get(k).isCapitalised() || tokens.get(k).isPossessive()
                    || (tokens.get(k).isWord() && Places.isCapitals(tokens.get(k).text()))) && k - c.end() < 5) {
                // a unit or service named before the noun: "400 Wagner mercenaries", "150 RAF personnel"
                k++;
            } else {
                break;
            }
        }
        // "a 1,000-strong battle group", "a 28,500-strong force", whose noun the words before a troop noun may include;
        // not "a 15,000-strong multinational force", which no one country's count gives
        for (int j = c.end(); noun < 0 && c.strong() && j < Math.min(to, k + 2)
                && !Set.of("multinational", "international").contains(tokens.get(j).lower()); j++) {
            if (STRONG_NOUNS.contains(tokens.get(j).lower())) {
                noun = j;
            }
        }
        int comma = beforeQualifier(c.start(), from);
        if (noun < 0 && c.end() < to && tokens.get(c.end()).lower().equals("strong") && comma - 1 >= from
                && tokens.get(comma).is(",") && STRONG_NOUNS.contains(tokens.get(comma - 1).lower())) {
            // "The Spanish contingent, about 600 strong, operates its own tanks"
            noun = comma - 1;
        }
        if (noun < 0) {
            // "Air Base 101", "Panzerbrigade 45": a number that ends a name is no count
            Token before = c.start() > from ? layout.tokens.get(c.start() - 1) : null;
            // a row's own country first: "• Netherlands and Belgium – approx. 450" is the pair's
            String with = rowCountry != null ? rowCountry : countryWith(c.start(), from);
            if (with == null) {
                with = listedCountry(c.start(), from);
            }
            // "France 170" in a list is France's; "Air Base 101" is a name
            boolean named = before != null && NUMBERED.contains(before.lower())
                    || with == null && before != null && before.isCapitalised()
                            && !Lexicon.NOT_NAME.contains(before.lower())
                            && !APPROXIMATELY.contains(before.lower())
                            && !Set.of("over", "another").contains(before.lower());
            // "2,500 troops in Iraq and 900 in Syria": a second count in a list shares the noun
            boolean listed = previous != null && previous.latest == sentence && listedAfter(c.start(), from);
            boolean sized = sizedGroup(c.start(), from);
            // "a battalion of about 700 for part of the year"
            // "Kenya and Djibouti will provide around 1,400 and 1,000 respectively"
            String respectiveOrigin = respectively(c.start(), from, to);
            boolean respective = respectiveOrigin != null;
            int span = c.start() - 1;
            while (span > from && Set.of("all", "some", ",").contains(layout.tokens.get(span).lower())) {
                span--;
            }
            if (span < c.start() - 1 && SPANS_OF_TIME.contains(layout.tokens.get(span).lower())) {
                // "We'll be counting the days, all 270 of them": days, not soldiers
                return null;
            }
            // "Rwanda some 2,600 and China about 1,050": the next item of the list follows
            // "another 200 followed in July"
            // "cut the number of U.S. troops in Syria to fewer than 1,000 and is preparing to ...": a clause ends there
            boolean clauseEnds = c.end() + 1 < to && layout.tokens.get(c.end()).lower().equals("and")
                    && AUXILIARIES.contains(layout.tokens.get(c.end() + 1).lower());
            boolean alone = standsAlone(c.end(), to) || respective || clauseEnds
                    || (with != null && c.end() < to && layout.tokens.get(c.end()).lower().equals("and"))
                    || (c.end() < to && DEPLOY_VERBS.contains(layout.tokens.get(c.end()).lower()))
                    || (sized && c.end() < to
                            && PREPOSITIONS.contains(layout.tokens.get(c.end()).lower()));
            boolean more = furtherOf(c.start(), from);
            int apposed = apposedTo(c.start(), from);
            // a small bare number needs words that make it troops: "another 80 will follow", "80 will stay on"
            boolean big = c.value() != null && (c.value() >= 100
                    || (c.value() >= 10 && (more || sized || with != null || partOf(c.end(), to)
                            || listedAfter(c.start(), from) && fromCountry(c.end(), to)
                            || deployVerbFollows(c.end(), Math.min(to, c.end() + 3)))));
            boolean elliptical = troopContext && !named && !yearLike(c) && alone && big
                    && (listed || with != null || sized || more || apposed >= 0 || partOf(c.end(), to) || respective
                            || heldBy(c.start(), from, to)
                            || fromCountry(c.end(), to)
                            || deployVerbFollows(c.end(), to) || deployVerbBefore(c.start(), from)
                            || totalOf(c.start(), from) || raisedTo(c.start(), from)
                            || listOrigin != null && rowSentence
                            || ((mentionsTroops(from, to) || troopsBefore(sentence))
                                    && !targetOrChange(c.start(), from)));
            // "strength fell below 70,000": a threshold, not troops
            boolean threshold = c.start() > from
                    && THRESHOLDS.contains(layout.tokens.get(c.start() - 1).lower());
            if (!elliptical || threshold) {
                return null;
            }
            if (apposed >= 0) {
                // "the forces it keeps in Senegal - some 350 - are due to leave": the phrase before says where
                appositionFrom = apposed;
            }
            noun = c.end() - 1;
            origins.clear();
            if (respective) {
                // "Nepal and India are the largest contributors, with about 400 and 200 troops respectively"
                origins.add(respectiveOrigin);
            } else if (with != null) {
                origins.add(with);
            }
            anaphoric = true;
            bare = true;
        }
        if (casualties(casualtyFrom(Math.max(from, c.start() - 4), c.start()), Math.min(to, noun + 8))
                || ceiling(c.start(), noun, from, to)) {
            return null;
        }
        int verb = beforeQualifier(c.start(), from);
        if (verb >= from && RECRUITING.contains(layout.tokens.get(verb).lower())) {
            // "plans to recruit 1,500 more": soldiers yet to be hired are nowhere yet
            return null;
        }
        while (verb > from && Set.of("than", "more", "over", "least", "at", "many", "as", "up", "to")
                .contains(layout.tokens.get(verb).lower())) {
            // "trained more than 330 soldiers", "capable of housing as many as 5,000 soldiers"
            verb--;
        }
        if (verb > from && Set.of("house", "housing", "accommodate", "accommodating")
                .contains(layout.tokens.get(verb).lower())
                && Set.of("of", "to", "can", "could").contains(layout.tokens.get(verb - 1).lower())) {
            // "new barracks capable of housing as many as 5,000 soldiers", "designed to accommodate as many as
            // 10,000 troops": room for troops, not troops
            return null;
        }
        if (verb >= from && Set.of("trained", "trains", "train").contains(layout.tokens.get(verb).lower())) {
            // "where it has trained thousands of Somali soldiers since 2017": trainees, not a force sent there
            return null;
        }
        if (shortlyAfter(SIGNING_UP, noun + 1, to)) {
            // "more than 4.5 million Venezuelans have signed up for a civilian militia": recruits, not troops
            return null;
        }
        int of = beforeQualifier(c.start(), from);
        if (of - 2 >= from && layout.tokens.get(of).lower().equals("of")
                && FORCE_NOUNS.contains(layout.tokens.get(of - 1).lower())
                && Set.of("joint", "multinational", "combined").contains(layout.tokens.get(of - 2).lower())) {
            // "the launch of a joint force of 5,000 soldiers": several countries', no one's
            return null;
        }
        if (noun >= c.end() && noun + 1 < to && layout.tokens.get(noun + 1).lower().equals("each")) {
            // "the remaining 30 contributors have fewer than 50 personnel each": a size per contributor, no one's
            return null;
        }
        DeploymentStatus status = status(sentence, layout.tokens.get(c.start()).start());
        String claimed = null;
        // the claimant stands before the count: "South Korea's spy agency said that 3,000 troops"
        boolean claimBefore = false;
        String named = origins.isEmpty() && noun > c.start()
                ? serviceCountry(Math.max(from, noun - 1), noun + 1)
                : null;
        if (named != null) {
            // "Washington and Tokyo plan to move about 4,000 Marines": the noun says whose they are
            origins.add(named);
        }
        String[] mission = origins.isEmpty() ? missionCount(c.start(), noun, from, to) : null;
        if (mission != null) {
            origins.add(mission[0]);
        }
        // "more than 16,000 troops from Estonia and 11 allied nations": an exercise's total, which no one country
        // sends, though later rows may refer to it. But "The brigade has roughly 3,500 soldiers from 14 countries" is
        // the size of a force someone leads
        boolean multinational = mission == null && origins.isEmpty() && fromNations(noun + 1, to)
                && !unquotedWordIn(FORCE_NOUNS, from, c.start());
        if (origins.isEmpty()) {
            String respective = respectively(c.start(), from, to);
            if (respective != null) {
                origins.add(respective);
            }
        }
        if (origins.isEmpty()) {
            // "while Bulgaria hosts an Italian-led battlegroup of about 1,000": the force the count sizes is the lead
            // nation's, whatever the sentence names before it
            String sized = of - 2 >= from && layout.tokens.get(of).lower().equals("of")
                    ? ledBy(of - 2, of)
                    : null;
            if (sized != null) {
                origins.add(sized);
            }
        }
        boolean inherited = false;
        String moved = origins.isEmpty() ? movedFrom(noun + 1, to) : null;
        if (moved != null) {
            origins.add(moved);
        }
        if (origins.isEmpty()) {
            String[] around = originAround(c.start(), noun, from, to);
            if (anaphoric && around[0] != null && ALLIANCES.contains(around[0]) && previous != null
                    && previous.evidence.equals(sentence) && !ALLIANCES.contains(previous.origin)
                    && !layout.tokens.get(of).lower().equals("of") && comeFrom(c.end(), to) < 0) {
                // "France has about 1,000 soldiers in Romania, where it leads the NATO battlegroup at Cincu, and some
                // 300 in Estonia": the list goes on with France's troops; the alliance only names the battlegroup.
                // Not "part of a UN force of about 3,200", nor "about 250 from the UN Mission in South Sudan"
                around[0] = null;
                around[1] = null;
            }
            String it = itsCountry(from, c.start());
            if (it == null) {
                it = subjectAfterOpening(from, c.start(), noun, to);
            }
            String service = serviceCountry(from, to);
            String garrison = around[0] == null ? ownBase(from, to) : null;
            String led = around[0] == null && it == null ? ledBy(from, c.start()) : null;
            if (around[0] == null && it != null) {
                origins.add(it);
            } else if (around[0] != null) {
                origins.add(around[0]);
            } else if (led != null) {
                // "The British-led battlegroup numbers about 2,200 troops": the lead nation's force
                origins.add(led);
            } else if (service != null) {
                origins.add(service);
            } else if (garrison != null) {
                origins.add(garrison);
            } else if (around[1] != null && ALLIANCES.contains(around[1])
                    && layout.tokens.get(noun).lower().equals("peacekeepers")) {
                // "the UN has told contributors that around 2,000 peacekeepers will have to go home": its own
                origins.add(around[1]);
            } else if (previous != null && (anaphoric || near(previous, sentence))
                    && !(rowSentence && listOpen && rowCountry == null)) {
                // not a report further back: "In 2021, Moscow said some 200,000 troops took part in the drills in
                // Belarus" is not about the US troops in Poland counted paragraphs before; nor is "— Staff officers
                // and specialist units from other member states: 125" about the row "— Egypt: 1,091" before it
                origins.add(previous.origin);
                inherited = true;
            } else if (around[1] != null) {
                origins.add(around[1]);
                claimed = around[1];
                claimBefore = true;
            } else {
                // "The Bundeswehr has about 1,200 soldiers in Mali, the German defence ministry said"
                claimed = claimantCountryAfter(noun + 1, to);
                if (claimed != null) {
                    origins.add(claimed);
                }
            }
        }
        if (claimed != null) {
            // "20,000 troops began an exercise in northern Norway, the Norwegian armed forces said": the claimant hosts
            String[] where = host(noun + 1, to, Set.of(), false, true);
            // but "8,500 troops deployed along the U.S.-Mexico border, the Pentagon said": the claimant's own edge
            if (where != null && where != AT_HOME && claimed.equals(where[0])
                    && ownBorder(noun + 1, to, Set.of(claimed), true) == null) {
                origins.clear();
            }
        }
        if (origins.isEmpty()) {
            String contribution = contributionAfter(noun + 1, to);
            if (contribution != null) {
                origins.add(contribution);
            }
        }
        if (origins.isEmpty()) {
            String own = speakersOwn(from, c.start());
            if (own == null) {
                own = sendersOwn(from, c.start());
            }
            if (own != null) {
                origins.add(own);
            }
        }
        if (origins.isEmpty()) {
            String earlier = earlierTroopCountry(sentence);
            if (earlier != null) {
                origins.add(earlier);
            }
        }
        if (origins.isEmpty() && noun > c.start() && guardNoun(c.end(), noun)) {
            // "Roughly 2,300 Guard members are currently on duty in the city": the Guard of the country the story is
            // about
            String about = mostFrequent(countryMentions());
            if (about != null && !ALLIANCES.contains(about)) {
                origins.add(about);
            }
        }
        // "- Akh unit (Al Ain, United Arab Emirates): about 150" under "about 1,000 South Korean troops are deployed
        // in 13 countries:": the list's troops, where the row says
        String[] rowHost = rowSentence && listOrigin != null && rowCountry == null
                ? rowPlace(from, c.start(), listOrigin)
                : null;
        if (rowHost != null) {
            origins.clear();
            origins.add(listOrigin);
        }
        if (raisedTo(c.start(), from) && previous != null && previous.evidence.equals(sentence)) {
            // "Canada, which has about 2,000 troops in the country and plans to increase that to up to 2,200": the
            // troops just counted, changed
            origins.clear();
            origins.add(previous.origin);
        }
        Found f = new Found();
        f.bare = bare;
        if (multinational && origins.stream().noneMatch(ALLIANCES::contains)) {
            origins.clear();
            f.multinational = true;
        }
        // no origin yet: the article's main troop-sending country may supply it once the whole text is read
        f.origin = origins.isEmpty() ? null : String.join(" and ", origins);
        f.claimOrigin = claimBefore && claimed.equals(f.origin);
        f.troops = c.value();
        f.vague = c.value() == null;
        f.qualifier = c.value() == null ? null : c.qualifier();
        f.evidence = sentence;
        f.countAt = tokens.get(c.start()).start();
        f.status = status;
        boolean leaving = status == DeploymentStatus.WITHDRAWN;
        String[] inArea = rowHost != null && Lexicon.isArea(rowHost[0])
                ? host(noun + 1, clauseOfCount(noun + 1, to), origins, leaving, true)
                : null;
        if (inArea != null && inArea != AT_HOME && inArea[0] != null) {
            // "* BALTIC STATES - Roughly 1,000 U.S. soldiers in Lithuania": the country the row names, within its area
            rowHost = inArea;
        }
        String[] host = appositionFrom >= 0 ? host(appositionFrom, c.start(), origins, leaving, true) : rowHost;
        if (host == null) {
            host = hostingPlace(from, c.start(), origins);
        }
        if (host == null) {
            host = itsTerritory(from, to, origins);
        }
        if (host == null && noun + 2 < to && Set.of("stationed", "based", "deployed", "serving")
                .contains(layout.tokens.get(noun + 1).lower()) && layout.tokens.get(noun + 2).lower().equals("there")) {
            // "move most of the roughly 1,000 American soldiers stationed there to Poland": where they are now
            host = lastHost(from, c.start(), origins, leaving);
        }
        if (host == null && noun + 1 < to && layout.tokens.get(noun + 1).lower().equals("here")
                && !layout.inQuote(layout.tokens.get(noun + 1).start())) {
            // "SEOUL - ... the United States, which stations 28,500 troops here ..., held talks in Washington": where
            // the story is filed from, not a place the sentence goes on to name
            host = datelinePlace(origins);
        }
        if (host == null && noun >= 0) {
            // "the 28,500-strong U.S. Forces Korea": a command named after the country it serves in
            host = namedForceHost(noun, Math.min(to, noun + 5), origins);
        }
        if (host == null) {
            host = totalPlace(from, c.start(), origins, sentence);
        }
        if (host == null) {
            host = host(noun + 1, clauseOfCount(noun + 1, to), origins, leaving, true);
            String[] where = whereClause(from, c.start(), origins);
            if (where != null && (host == null || host == AT_HOME
                    || host[0] != null && where[0] != null && !host[0].equals(where[0]))) {
                // "in neighbouring Burkina Faso, where around 100 personnel have been stationed since January, and
                // in Niger": the place the clause is about, not the next item of the sentence around it
                host = where;
            }
        }
        if (host == null) {
            host = thereAfter(noun + 1, clauseOfCount(noun + 1, to))
                    ? lastHost(from, c.start(), origins, leaving)
                    : host(from, c.start(), origins, leaving, false);
            boolean home = host != null && host != AT_HOME
                    && (origins.isEmpty() ? host[1] != null : origins.contains(host[0]));
            String[] later = home && !leaving ? host(noun + 1, to, origins, false, true) : null;
            if (later != null && later != AT_HOME && !origins.contains(later[0]) && !later[0].equals(host[0])) {
                // "The brigade, from the 1st Cavalry Division at Fort Hood, Texas, has about 3,800 soldiers ... and has
                // been based mainly at training areas in western Poland": abroad, not the home named before
                host = later;
            }
        }
        if (host == null && mission != null && mission[1] != null) {
            host = new String[]{mission[1], null};
        }
        if (host == null || host == AT_HOME) {
            // "Poland will deploy 40,000 soldiers near its border with Belarus ..., as Warsaw sought assurances that
            // Washington would not cut the roughly 10,000 U.S. troops": a border named in another clause is not theirs
            int clause = from;
            for (int j = c.start() - 1; j > from; j--) {
                if (layout.tokens.get(j - 1).is(",") && (SUBORDINATORS.contains(layout.tokens.get(j).lower())
                        || Set.of("as", "while").contains(layout.tokens.get(j).lower()))) {
                    clause = j;
                    break;
                }
            }
            String[] border = ownBorder(clause, to, origins, true);
            host = border != null ? border : host;
        }
        if (host == null && listHost != null && (rowSentence || rowCountry != null)
                && (!origins.contains(listHost[0]) || listHost[1] != null && guardStory())) {
            // "Partner nations have deployed the following contingents to the Northern Territory:" then
            // "- Indonesia: 160 personnel and eight F-16 aircraft;"
            host = listHost;
        }
        int commaAfter = noun + 1;
        while (commaAfter < to && !layout.tokens.get(commaAfter).is(",")) {
            commaAfter++;
        }
        if (host == null && unquotedWordIn(NOWHERE_ONE, from, commaAfter)) {
            // "349 Defence Forces personnel are currently serving overseas": abroad, in no one host; not "4,800
            // soldiers, making it the first German combat brigade permanently based abroad"
            return null;
        }
        if (host == null && from + 2 < to && Set.of("at", "back").contains(tokens.get(from).lower())
                && tokens.get(from + 1).lower().equals("home") && tokens.get(from + 2).is(",")) {
            // "At home, some 7,000 soldiers are still assigned to Operation Sentinelle": not where the sentence
            // before sent its troops
            return null;
        }
        if (host == null && ownEdge(from, to)) {
            // "moved troops to its coast", a border of several origins: at home, not in the host of the report before
            return null;
        }
        if (host == null && spread(from, to)) {
            // "some 61,000 uniformed personnel are serving in 11 operations": no one host
            return null;
        }
        if (host == null && origins.size() == 1 && origins.contains(titledCountry(from, c.start()))
                && phraseIn(from, to, ACROSS_THE_COUNTRY)) {
            // "Venezuelan Defense Minister Vladimir Padrino López said nearly 200,000 soldiers had been deployed across
            // the country": the speaker's own country
            host = new String[]{origins.iterator().next(), null};
        }
        if (host == null && phraseIn(from, to, THE_REGION)) {
            host = earlierArea(sentence);
        }
        if (host == null && phraseIn(from, to, THE_EXCLAVE)) {
            // "Russia has begun rebuilding its forces in the Kaliningrad region ... Around 12,000 troops are now
            // stationed in the exclave": an exclave is a region of its own country, named just before
            host = earlierRegion(sentence);
        }
        if (host == null && previous != null && partOf(c.end(), to)
                && (previous.host != null || previous.region != null)
                && layout.sentenceOf(sentence.start()) - layout.sentenceOf(previous.latest.start()) <= 1) {
            // "it had about 1,300 troops on the ground. South Africa accounted for roughly 1,000 of them": a part of
            // the troops just placed is where they are
            host = new String[]{previous.host, previous.region};
        }
        if (host == null && deictic(from, to)) {
            // "U.S. Forces Japan, which oversees roughly 55,000 American troops in the country": the country the
            // command before the count is named after
            host = namedForceHost(from, c.start(), origins);
        }
        if (host == null && rowSentence) {
            // "* LATVIA - Led by Canada, which has about 2,000 troops in the country", "* LITHUANIA - Led by Germany,
            // which is also building a permanent armoured brigade of about 4,800 soldiers": the country the item is
            // about
            host = itemPlace(from, to, origins);
        }
        if (host == null && previous != null && overlaps(origins, previous.origin)
                && (previous.host != null || previous.region != null) && !headingBetween(previous.latest, sentence)
                && !thereNamedSince(previous, sentence, from, to, origins)) {
            host = new String[]{previous.host, previous.region};
        }
        if (host == null && deictic(from, to) && ownRegionBefore(from, c.start(), origins)) {
            // "Russia is setting up a headquarters in Petrozavodsk, the capital of Karelia, and a division of up to
            // 10,000 troops could be based in the region": the region is their own
            return null;
        }
        if (host == null && deictic(from, to)) {
            host = earlierHost(sentence, origins);
            if (host != null && Lexicon.isArea(host[0]) && phraseIn(from, to, THE_COUNTRY)) {
                // "keeps about 4,000 personnel in the country", "the nation": a country, not the ocean an earlier
                // sentence sails across
                host = earlierCountry(sentence, origins);
            }
        }
        if (host == null) {
            host = earlierDeploymentOf(sentence, origins);
        }
        if (host == null) {
            host = missionHost(from, to, origins);
        }
        if (host == null && f.origin != null
                && (unquotedWordIn(SENDING, from, to) || unquotedWordIn(PLEDGING, from, to))) {
            // "The so-called Forward Land Forces (FLF) Finland ... Norway has said it will contribute around 200
            // soldiers": a force named after its host country, in this sentence or the one before
            int s = layout.sentenceOf(sentence.start());
            host = namedForceHost(layout.tokenAt(layout.sentences.get(Math.max(0, s - 1)).start()), to, origins);
        }
        // a base or a town is on land: "a combined crew of some 400" at sea is not where the next base is
        Found land = recent != null && recent.host != null && Lexicon.isArea(recent.host) ? recentOnLand : recent;
        if (host == null && land != null && land.host != null && !origins.contains(land.host)
                && !headingBetween(land.latest, sentence) && unknownPlace(noun + 1, to)) {
            // "some 300 troops at the Niinisalo training area": a place too small to know, in the article's country
            host = new String[]{land.host, null};
        }
        // a crosshead between them ("Reinforcements for the south-east") does not part the story's sentences
        int crossheads = recent == null ? 0 : crossheadsBetween(recent.latest, sentence);
        if (host == null && recent != null && recent.host != null && !origins.contains(recent.host)
                && (layout.sentenceOf(sentence.start()) - layout.sentenceOf(recent.latest.start()) - crossheads <= 1
                        || paragraphsApart(recent.latest, sentence) - crossheads <= 1
                                && deployVerbBefore(c.start(), from)
                        || paragraphsApart(recent.latest, sentence) <= 2 && partCountry(noun, c.start(), to) != null)) {
            // "Spain will raise its presence in Latvia ... a brigade led by Canada, which ... 2,200 personnel";
            // a roundup paragraph after the one about the first contingent: "Jamaica has sent about 150 soldiers";
            // a share of the troops just placed: "Roughly 250 of the soldiers are Guatemalan"
            host = new String[]{recent.host, recent.region};
        }
        if (host == null && (recent == null || headingBetween(recent.latest, sentence)) && unknownPlace(from, to)) {
            // "based at the al-Watiya air base", "in Yeoncheon": the country the story has named, or is filed from
            host = earlierHost(sentence, origins);
        }
        if (host == null && (status == DeploymentStatus.ARRIVED || exercise(from, to)) && placeless(from, to)) {
            // "MANILA, Philippines — ... The drills involve some 9,000 Americans", "400 Kenyans arrived in June":
            // arrivals and drills the story names no place for are where it is filed from
            host = datelineHost(origins);
        }
        if (host == null) {
            host = ownBorder(from, to, origins, false);
        }
        if (host == null && f.origin != null) {
            // "The Dutch have sent roughly 200 soldiers", "Spain is the second-largest contributor with some 600",
            // "the last 25 soldiers left on Thursday": where the sentence names no host, the whole text decides
            // "The 412 soldiers from Chad are the vanguard of the force": troops from a country are away from it
            f.sent = unquotedWordIn(SENDING, from, to) || status == DeploymentStatus.WITHDRAWN
                    || status == DeploymentStatus.ARRIVED || noun >= c.end() && fromCountry(noun + 1, to);
            f.claimedBy = claimant(from, to);
            return f;
        }
        if (host == null && f.origin == null && noun >= c.end() && isTroopNoun(noun)
                && (status == DeploymentStatus.WITHDRAWN || status == DeploymentStatus.ARRIVED)) {
            // "Mwesige said about 600 soldiers had left so far": troops of the story's withdrawal or arrival, whose
            // origin and host the whole text gives
            f.sent = true;
            f.claimedBy = claimant(from, to);
            return f;
        }
        if (host != null && host != AT_HOME && host[0] == null && host[1] != null) {
            // "along the Pak-Afghan border", "in the Kurdish region": a region the lexicon does not place is in the
            // country the story is filed from, or the one "the country" stood for before
            String[] country = borderOf(host[1], origins);
            if (country == null) {
                country = datelineCountry();
            }
            if (country == null) {
                country = earlierCountry(sentence, Set.of());
            }
            host = country == null ? host : new String[]{country[0], host[1]};
        }
        if (host == null || host == AT_HOME || (f.origin == null && host[0] == null)) {
            return null;
        }
        if (bare && host[1] != null && host[0] != null && host[0].equals(f.origin) && previous != null
                && !previous.origin.equals(f.origin) && !unquotedWordIn(Set.of("own", "its", "their"), from, to)) {
            // "... home to about 10,000 U.S. service members. Kuwait has some 13,500 at Camp Arifjan": a number
            // without its noun is more of the troops before, and the country that has them at its base hosts them
            f.origin = previous.origin;
        }
        if (inherited && host[0] != null && !host[0].equals(f.origin) && !Lexicon.isArea(host[0])
                && countrysOwnEdge(noun + 1, to, host[0])) {
            // "Padrino Lopez said the armed forces had begun a deployment of nearly 200,000 troops along the country's
            // Caribbean coast": troops on a country's own coast or border are its own, not those of the report before
            f.origin = host[0];
        }
        if (host[0] != null && !Lexicon.isArea(host[0]) && (NAVAL.contains(tokens.get(noun).lower())
                || crewOf(c.start(), from))) {
            // "escort merchant ships through the Gulf of Aden. Two destroyers with a combined crew of some 400 are
            // on the mission": a crew is at the sea the text names, not at the port it sails from
            String sea = areaNear(sentence);
            host = sea != null ? new String[]{sea, null} : host;
        }
        f.host = host[0];
        f.region = host[1];
        f.claimedBy = claimant(from, to);
        return f;
    }

    /** "along the country's Caribbean coast", "to the nation's southern border", "along South Africa's land borders". */
    private boolean countrysOwnEdge(int from, int to, String country) {
        List<Token> tokens = layout.tokens;
        for (int k = from + 1; k + 1 < to; k++) {
            if (!tokens.get(k).isPossessive()) {
                continue;
            }
            boolean owner = k - 2 >= from && tokens.get(k - 2).lower().equals("the")
                    && Set.of("country", "nation").contains(tokens.get(k - 1).lower());
            for (int p = Math.max(from, k - Lexicon.COUNTRY_MAX_TOKENS); p < k && !owner; p++) {
                Places.Match m = Places.at(tokens, p, k);
                owner = m != null && p + m.length() == k && m.region() == null && country.equals(m.country());
            }
            for (int j = k + 1; owner && j < Math.min(to, k + 4); j++) {
                if (EDGES.contains(tokens.get(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Tajik-Afghan", "Pak-Afghan": the side of a border named for two countries that the troops stand on, their own
     * when they hold one side, else the one named first; or null.
     */
    private static String[] borderOf(String region, Set<String> origins) {
        String[] parts = region.split("-");
        if (parts.length != 2) {
            return null;
        }
        String first = Lexicon.COUNTRY.get(parts[0].toLowerCase(Locale.ROOT));
        String second = Lexicon.COUNTRY.get(parts[1].toLowerCase(Locale.ROOT));
        if (first == null || second == null) {
            return null;
        }
        return new String[]{origins.contains(second) ? second : first};
    }

    /** The country of the dateline, whoever sends the troops; or null. */
    private String[] datelineCountry() {
        return datelinePlace(Set.of());
    }

    /** "The Army", "the armed forces": a country's service named without the country. */
    private boolean nationalService(Span sentence) {
        int from = layout.tokenAt(sentence.start());
        int to = layout.tokenAt(sentence.end());
        for (int t = from + 1; t < to; t++) {
            String l = layout.tokens.get(t).lower();
            boolean service = Set.of("army", "military", "navy").contains(l)
                    || l.equals("armed") && t + 1 < to && layout.tokens.get(t + 1).lower().equals("forces");
            if (service && layout.tokens.get(t - 1).lower().equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** A line of a list: it opens with a bullet or a dash, or is the row of a table. */
    private boolean listItem(Span sentence) {
        return bulleted(sentence.start()) || tableRow(sentence);
    }

    private boolean bulleted(int start) {
        char c = layout.text.charAt(start);
        return c == '-' || c == '\u2022' || c == '*' || c == '\u2013' || c == '\u2014';
    }

    /** The country of the troops a sentence counts, written before its troop noun ("South Korean troops"), or null. */
    private String introducedOrigin(int from, int to) {
        String origin = troopsCountry(from, to);
        int s = layout.sentenceOf(layout.tokens.get(from).start());
        int opening = layout.tokenAt(layout.paragraphs.get(layout.sentenceParagraph[s]).start());
        Places.Match holder = origin == null && opening < from ? Places.at(layout.tokens, opening, from) : null;
        if (holder != null && holder.region() == null && opening + holder.length() < from
                && HOLDING.contains(layout.tokens.get(opening + holder.length()).lower())
                && mentionsTroops(opening, from)) {
            // "Washington keeps tens of thousands of troops at bases across the region. ... the largest deployments
            // are:" then "- Kuwait: more than 13,500": the rows are where the holder's troops are
            origin = holder.country();
        }
        if (origin == null && s > 0 && mentionsTroops(from, to)) {
            // "Where Canadian troops are deployed" over "the Department listed the number of members deployed ...:"
            Span heading = layout.sentences.get(s - 1);
            int hFrom = layout.tokenAt(heading.start());
            int hTo = layout.tokenAt(heading.end());
            origin = hTo - hFrom <= 8 ? troopsCountry(hFrom, hTo) : null;
        }
        return origin;
    }

    /** The country whose troops tokens [from, to) name: "Canadian regular and reserve force members"; or null. */
    private String troopsCountry(int from, int to) {
        for (int t = from; t < to; t++) {
            Places.Match m = Places.at(layout.tokens, t, to);
            if (m == null || m.region() != null || ALLIANCES.contains(m.country())) {
                continue;
            }
            // "the number of Canadian regular and reserve force members deployed"
            int k = t + m.length();
            while (k < to && k - t < 6 && !isTroopNoun(k) && (FILLERS.contains(layout.tokens.get(k).lower())
                    || TROOP_DESCRIPTORS.contains(layout.tokens.get(k).lower())
                    || layout.tokens.get(k).lower().equals("reserve"))) {
                k++;
            }
            if (k < to && isTroopNoun(k)) {
                return m.country();
            }
        }
        return null;
    }

    /** The first place a list row names before its count, other than the list's own country, as {country, region}. */
    private String[] rowPlace(int from, int countStart, String origin) {
        for (int t = from; t < countStart; t++) {
            Places.Match m = Places.at(layout.tokens, t, countStart);
            if (m != null && !origin.equals(m.country())) {
                return new String[]{m.country(), m.region()};
            }
            t += m == null ? 0 : m.length() - 1;
        }
        return null;
    }

    /** "Indonesia | 1,231": a line whose cells a vertical bar divides. */
    private boolean tableRow(Span sentence) {
        for (int i = sentence.start(); i + 3 <= sentence.end(); i++) {
            if (layout.text.startsWith(" | ", i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The host of the one peacekeeping mission the text names ("UNIFIL"), or null where it names none or several.
     * Worked out on first use: few texts need it, and those may ask once per row of a table.
     */
    private String textMission() {
        if (!textMissionKnown) {
            textMissionKnown = true;
            for (Token t : layout.tokens) {
                String h = MISSIONS.get(missionName(t.text()));
                if (h != null && textMission != null && !textMission.equals(h)) {
                    textMission = null;
                    break;
                }
                textMission = h != null ? h : textMission;
            }
        }
        return textMission;
    }

    /**
     * The place a sentence that ends in a colon sends troops to, for the list it introduces, or the host of the mission
     * it names ("According to UNIFIL's latest figures, the largest troop contributors are:"); or null.
     */
    private String[] introducedList(int from, int to) {
        if (to - 1 <= from || !layout.tokens.get(to - 1).is(":")) {
            return null;
        }
        String[] place = host(from, to - 1, Set.of(), false, false);
        if (place == null || place == AT_HOME || place[0] == null) {
            String[] mission = missionBetween(from, to - 1, to - 1);
            return mission == null || mission[1] == null ? null : new String[]{mission[1], null};
        }
        return place;
    }

    /**
     * "Indonesia – 1,046", "- Italy: 862 troops": a short line that names one country, a dash or colon, then its
     * count; the country, or null.
     */
    private String rowCountry(int from, int to) {
        int k = from < to && !layout.tokens.get(from).isWord() ? from + 1 : from;
        if (k >= to) {
            return null;
        }
        Places.Match m = Places.at(layout.tokens, k, to);
        int sep = m == null ? -1 : k + m.length();
        // "- South Carolina: 200", "- District of Columbia National Guard: about 950": a state's Guard, in a story
        // of the Guard, is its country's
        boolean state = m != null && m.region() != null && guardStory();
        while (state && sep + 1 < to
                && Set.of("Army", "Air", "National", "Guard").contains(layout.tokens.get(sep).text())) {
            sep++;
        }
        String country = m == null ? null : m.country();
        Places.Match joint = m != null && m.region() == null && sep + 1 < to
                && layout.tokens.get(sep).lower().equals("and") ? Places.at(layout.tokens, sep + 1, to) : null;
        if (joint != null && joint.region() == null && !ALLIANCES.contains(joint.country())) {
            // "• Netherlands and Belgium – approx. 450, Benelux Engineer Group": a joint contingent
            country = country + " and " + joint.country();
            sep += 1 + joint.length();
        }
        if (m == null || m.region() != null && !state || ALLIANCES.contains(m.country()) || sep + 1 >= to
                || !Set.of("-", "\u2013", "\u2014", ":", "|").contains(layout.tokens.get(sep).text())) {
            return null;
        }
        // "- West Virginia: about 300"
        int n = sep + 1;
        for (int c = n; layout.tokens.get(sep).is("|") && c + 1 < to; c++) {
            // "Belgium | contributing nation | 250": a table's count is in its last column
            n = layout.tokens.get(c).is("|") ? c + 1 : n;
        }
        while (n + 1 < to && APPROXIMATELY.contains(layout.tokens.get(n).lower())) {
            n++;
        }
        return countAt(n, to) != null ? country : null;
    }

    /** "a combined crew of some 400". */
    private boolean crewOf(int countStart, int from) {
        int k = beforeQualifier(countStart, from);
        return k - 1 >= from && layout.tokens.get(k).lower().equals("of")
                && NAVAL.contains(layout.tokens.get(k - 1).lower());
    }

    /** The sea or area named in {@code sentence} or the one before it, or null. */
    private String areaNear(Span sentence) {
        int s = layout.sentenceOf(sentence.start());
        int from = layout.tokenAt(layout.sentences.get(Math.max(0, s - 1)).start());
        int to = layout.tokenAt(sentence.end());
        for (int t = from; t < to; t++) {
            Places.Match m = Places.at(layout.tokens, t, to);
            if (m != null) {
                if (Lexicon.isArea(m.country()) && !m.country().startsWith("Lake ")) {
                    return m.country();
                }
                t += m.length() - 1;
            }
        }
        return null;
    }

    /**
     * A count of a whole mission rather than of one contributor: "the mission's roughly 1,700 troops", "The mission,
     * which once numbered ..., still has some 11,000", "KFOR ... has about 4,600 troops from 29 countries", "800 troops
     * from Argentina, Britain and Slovakia". Returns {body, host} for the body the mission serves under (host null when
     * the mission does not name its country), or null.
     */
    private String[] missionCount(int countStart, int noun, int from, int to) {
        if (missionPossessive(countStart, from) || manyOrigins(noun + 1, to) || contributedTo(countStart, from)) {
            return missionBody(countStart, from);
        }
        if (!missionSubject(from, countStart) || serviceCountry(from, countStart) != null) {
            // "The Maritime Self-Defense Force will send ...": a national force, not a mission
            return null;
        }
        // "The mission has shrunk to about 1,000, of whom roughly 750 are from Senegal": Senegal's; only what follows
        // the count can make it one contributor's, not the founders listed in an aside before it
        String[] body = missionBody(countStart, from);
        String name = body == null ? missionName(from, countStart) : null;
        if (name != null) {
            // "The Multinational Joint Task Force, set up by Nigeria, Chad ... and Benin, has about 10,000": a force
            // no table knows is its own origin, not the last of its founders
            namedMissions.add(name);
            body = new String[]{name, null};
        }
        String owner = originAround(countStart, noun, countStart, to)[0];
        return body == null || (owner != null && !owner.equals(body[1])) ? null : body;
    }

    /** A mission's acronym as the tables key it: "Unmiss" and "Monusco", as the BBC writes them, are UNMISS, MONUSCO. */
    private static String missionName(String text) {
        if (MISSIONS.containsKey(text) || text.length() < 4) {
            return text;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        boolean titleCase = Character.isUpperCase(text.charAt(0)) && text.substring(1).equals(
                text.substring(1).toLowerCase(Locale.ROOT));
        return titleCase && MISSIONS.containsKey(upper) ? upper : text;
    }

    /** "the mission's roughly 1,700", "most of the force's", "KFOR's 4,600". */
    private boolean missionPossessive(int countStart, int from) {
        int k = beforeQualifier(countStart, from);
        if (k - 1 < from || !layout.tokens.get(k).isPossessive()) {
            return false;
        }
        Token owner = layout.tokens.get(k - 1);
        return MISSION_NOUNS.contains(owner.lower()) || MISSION_BODIES.containsKey(missionName(owner.text()));
    }

    /** "one of the largest contributors to a force of some 14,000": the count sizes the mission contributed to. */
    private boolean contributedTo(int countStart, int from) {
        int k = beforeQualifier(countStart, from);
        if (!sizedGroup(countStart, from) || !MISSION_NOUNS.contains(layout.tokens.get(k - 1).lower())) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(from, k - 6); j--) {
            if (layout.tokens.get(j).lower().startsWith("contribut")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The mission, which once numbered more than 20,000, still has some 11,000", "KFOR, which has kept the peace
     * since 1999, currently has about 4,600", "-- MINURSO, Western Sahara: About 230 military observers": the sentence
     * is about a mission and names no country before the count outside its asides but the mission's own.
     */
    private boolean missionSubject(int from, int countStart) {
        List<Token> tokens = layout.tokens;
        int start = Math.max(from, layout.tokenAt(layout.datelineEnd));
        while (start < countStart && !tokens.get(start).isWord()) {
            start++;
        }
        if (start >= countStart) {
            return false;
        }
        int k = start;
        String own = MISSIONS.get(missionName(tokens.get(k).text()));
        if (!MISSION_BODIES.containsKey(missionName(tokens.get(k).text()))) {
            if (!tokens.get(k).lower().equals("the")) {
                return false;
            }
            k++;
            while (k < countStart && k - start < 6 && !MISSION_NOUNS.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k >= countStart || !MISSION_NOUNS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        for (int p = k + 1; p < countStart; p++) {
            if (tokens.get(p).is(",")) {
                // the aside runs to the comma before the verb: "The Multinational Joint Task Force, set up in 2015 by
                // Nigeria, Chad, Cameroon, Niger and Benin, has about 10,000"
                p = lastComma(p, countStart);
                continue;
            }
            Places.Match m = Places.at(tokens, p, countStart);
            if (m != null && m.region() == null && !ALLIANCES.contains(m.country()) && !governed(p, from)
                    && !m.country().equals(own)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The proper name a sentence opens with when it is a mission's: "The Multinational Joint Task Force", "The Gang
     * Suppression Force"; null for "The mission" or "The EU's naval operation".
     */
    private String missionName(int from, int countStart) {
        List<Token> tokens = layout.tokens;
        int start = Math.max(from, layout.tokenAt(layout.datelineEnd));
        if (start < countStart && tokens.get(start).lower().equals("the")) {
            start++;
        }
        int k = start;
        while (k < countStart && tokens.get(k).isCapitalised() && !tokens.get(k).isPossessive()) {
            if (MISSION_NOUNS.contains(tokens.get(k).lower())) {
                return k - start >= 1 && Places.at(tokens, start, k) == null
                        ? layout.text.substring(tokens.get(start).start(), tokens.get(k).end())
                        : null;
            }
            k++;
        }
        return null;
    }

    /** The last comma in [k, limit), or k. */
    private int lastComma(int k, int limit) {
        for (int j = limit - 1; j > k; j--) {
            if (layout.tokens.get(j).is(",")) {
                return j;
            }
        }
        return k;
    }

    /** "from 29 countries", "from eight nations", "from Argentina, Britain and Slovakia": no one country sends them. */
    private boolean manyOrigins(int t, int to) {
        List<Token> tokens = layout.tokens;
        if (t + 1 >= to || !tokens.get(t).lower().equals("from")) {
            return false;
        }
        int k = t + 1;
        if (countedGroup(k, to, GROUP_NOUNS)) {
            return true;
        }
        if (GROUP_NOUNS.contains(tokens.get(k).lower())) {
            // "troops from countries including Nepal, India and Uruguay"
            return true;
        }
        return countryList(k, to)[0] >= 2;
    }

    /**
     * A list of countries from token {@code k}, each followed by a comma or "and": {how many, where what follows the
     * last separator starts}; the second is -1 when the last country has no separator after it ("from Argentina,
     * Britain and Slovakia").
     */
    private int[] countryList(int k, int to) {
        List<Token> tokens = layout.tokens;
        int countries = 0;
        while (k < to) {
            Places.Match m = Places.at(tokens, k, to);
            if (m == null || m.region() != null) {
                break;
            }
            countries++;
            k += m.length();
            if (k < to && (tokens.get(k).is(",") || tokens.get(k).lower().equals("and"))) {
                k++;
                if (k < to && tokens.get(k).lower().equals("and")) {
                    k++;
                }
            } else {
                return new int[]{countries, -1};
            }
        }
        return new int[]{countries, k};
    }

    /** "from 13 countries", "from Estonia and 11 allied nations", "from countries including Nepal". */
    private boolean fromNations(int t, int to) {
        List<Token> tokens = layout.tokens;
        if (t + 1 >= to || !tokens.get(t).lower().equals("from")) {
            return false;
        }
        int k = countryList(t + 1, to)[1];
        if (k < 0) {
            return false;
        }
        // not "700 National Guard troops from three states": one country's
        Set<String> nations = Set.of("countries", "nations", "allies", "partners");
        return countedGroup(k, to, nations) || k < to && nations.contains(tokens.get(k).lower());
    }

    /** "29 countries", "eight nations", "11 allied nations": a number of {@code groups}, at most one word between. */
    private boolean countedGroup(int k, int to, Set<String> groups) {
        List<Token> tokens = layout.tokens;
        if (k >= to || !(tokens.get(k).isNumber() || Lexicon.NUMBER_WORDS.containsKey(tokens.get(k).lower()))) {
            return false;
        }
        return k + 1 < to && groups.contains(tokens.get(k + 1).lower())
                || k + 2 < to && groups.contains(tokens.get(k + 2).lower());
    }

    /**
     * The body of the nearest mission named around the count: in its sentence before it, after it ("800 troops from
     * Argentina, Britain and Slovakia serve with UNFICYP"), or up to three sentences back. A mission is an acronym
     * ("UNMISS", "EUFOR") or an alliance before a mission noun ("the EU's naval operation", "the NATO multinational
     * battlegroup", "The United Nations mission in Congo"). Returns {body, host}, the host null when not named.
     */
    private String[] missionBody(int countStart, int from) {
        int s = layout.sentenceOf(layout.tokens.get(from).start());
        int to = layout.tokenAt(layout.sentences.get(s).end());
        String[] body = missionBetween(from, countStart, countStart);
        if (body == null) {
            body = missionBetween(countStart, to, to);
        }
        if (body == null) {
            body = missionBetween(layout.tokenAt(layout.sentences.get(Math.max(0, s - 3)).start()), from, from);
        }
        return body;
    }

    /** The last mission named in tokens [from, to), its words read up to {@code limit}; or null. */
    private String[] missionBetween(int from, int to, int limit) {
        List<Token> tokens = layout.tokens;
        for (int t = to - 1; t >= from; t--) {
            Token tok = tokens.get(t);
            String body = MISSION_BODIES.get(missionName(tok.text()));
            if (body != null) {
                return new String[]{body, MISSIONS.get(missionName(tok.text()))};
            }
            Places.Match m = tok.isWord() && Character.isUpperCase(tok.text().charAt(0))
                    ? Places.at(tokens, t, limit)
                    : null;
            if (m == null || !ALLIANCES.contains(m.country())) {
                continue;
            }
            for (int k = t + m.length(); k < Math.min(limit, t + m.length() + 4); k++) {
                if (MISSION_NOUNS.contains(tokens.get(k).lower())) {
                    int at = k + 2 < limit && tokens.get(k + 1).lower().equals("in") ? k + 2 : -1;
                    Places.Match host = at >= 0 ? Places.at(tokens, at, limit) : null;
                    return new String[]{m.country(), host == null ? null : host.country()};
                }
            }
        }
        return null;
    }

    /** "in 11 operations", "across 14 countries": troops spread over several hosts. */
    private boolean spread(int from, int to) {
        List<Token> tokens = layout.tokens;
        Set<String> several = Set.of("operations", "missions", "countries", "nations", "deployments");
        for (int k = from; k + 2 < to; k++) {
            Token n = tokens.get(k + 1);
            // "across nine UN missions", "in 11 peacekeeping operations"
            int noun = k + 3 < to && !several.contains(tokens.get(k + 2).lower()) ? k + 3 : k + 2;
            if (Set.of("in", "across").contains(tokens.get(k).lower())
                    && (n.isNumber() || Lexicon.NUMBER_WORDS.containsKey(n.lower()))
                    && several.contains(tokens.get(noun).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "returned to their garrison in Pskov": troops whose home garrison is named are that country's. */
    private String ownBase(int from, int to) {
        List<Token> tokens = layout.tokens;
        for (int k = from; k + 3 < to; k++) {
            if (!Set.of("their", "its").contains(tokens.get(k).lower())) {
                continue;
            }
            int m = k + 1;
            boolean home = tokens.get(m).lower().equals("home");
            if (home) {
                m++;
            }
            // a garrison is home; a base only a "home base" ("its base in Dakar" may be abroad)
            Set<String> own = home ? Set.of("base", "bases", "garrison", "barracks") : Set.of("garrison", "barracks");
            if (m + 2 < to && own.contains(tokens.get(m).lower())
                    && Set.of("in", "at").contains(tokens.get(m + 1).lower())) {
                Places.Match p = Places.at(tokens, m + 2, to);
                if (p != null && !ALLIANCES.contains(p.country()) && !Lexicon.isArea(p.country())) {
                    return p.country();
                }
            }
        }
        return null;
    }

    /**
     * One country's troops sent to a border stand on their own side of it. Returns {origin, the border as written}, or
     * null. With {@code named}, only a border that is plainly the origin's: "to the U.S.-Mexico border", "to its
     * eastern border"; else also one the sentence gives no owner: "on the border", "to the border with Belarus". Not
     * "near the Belarusian border" or "to Poland's border", which say where in another country.
     */
    private String[] ownBorder(int from, int to, Set<String> origins, boolean named) {
        String origin = origins.size() == 1 ? origins.iterator().next() : null;
        if (origin == null || ALLIANCES.contains(origin)) {
            return null;
        }
        List<Token> tokens = layout.tokens;
        for (int k = from; k + 2 < to; k++) {
            if (!Set.of("to", "at", "along", "near", "on", "toward", "towards").contains(tokens.get(k).lower())) {
                continue;
            }
            int start = k + 1;
            boolean own = false;
            while (start < to && Set.of("the", "its", "their").contains(tokens.get(start).lower())) {
                own |= !tokens.get(start).lower().equals("the");
                start++;
            }
            while (start < to && measure(start)) {
                start++;
            }
            if (start >= to) {
                break;
            }
            String line = ceasefireLine(start, to);
            if (line != null) {
                // "along the Line of Control", "to the LAC": a disputed line each side holds as its own edge
                return new String[]{origin, line};
            }
            int m = start;
            boolean foreign = false;
            while (m < to && m - start < 9 && !BORDERS.contains(tokens.get(m).lower())) {
                Token tok = tokens.get(m);
                Places.Match p = tok.isWord() ? Places.at(tokens, m, to) : null;
                if (p != null) {
                    own |= p.country().equals(origin);
                    foreign |= !p.country().equals(origin);
                    m += p.length();
                } else if (tok.isPossessive() || tok.is("-") || PLACE_MODIFIERS.contains(tok.lower())
                        || measure(m)) {
                    m++;
                } else {
                    break;
                }
            }
            if (m >= to || !BORDERS.contains(tokens.get(m).lower())) {
                continue;
            }
            int end = m;
            Places.Match with = m + 2 < to && tokens.get(m + 1).lower().equals("with")
                    ? Places.at(tokens, m + 2, to)
                    : null;
            // "Poland's Defense Ministry said it had sent 2,000 soldiers to the border with Belarus": a border with
            // another country, no one else's named, is that of the troops the sentence names
            own |= with != null && !foreign && !with.country().equals(origin) && !ALLIANCES.contains(with.country())
                    && namedIn(origin, from, k);
            if ((foreign && !own) || (named && !own)) {
                continue;
            }
            if (with != null) {
                end = m + 1 + with.length();
            }
            return new String[]{origin, layout.text.substring(tokens.get(start).start(), tokens.get(end).end())};
        }
        return null;
    }

    /** The country is named between {@code from} and {@code to}. */
    private boolean namedIn(String country, int from, int to) {
        for (int t = from; t < to; t++) {
            Places.Match m = Places.at(layout.tokens, t, to);
            if (m != null && m.region() == null && m.country().equals(country)) {
                return true;
            }
        }
        return false;
    }

    private boolean ownRegionBefore(int from, int countStart, Set<String> origins) {
        for (int t = from; t < countStart; t++) {
            Places.Match m = Places.at(layout.tokens, t, countStart);
            if (m != null) {
                if (m.region() != null && origins.contains(m.country())) {
                    return true;
                }
                t += m.length() - 1;
            }
        }
        return false;
    }

    /** "will deploy to Latvia as Denmark's contribution to NATO's brigade": the country whose share the troops are. */
    private String contributionAfter(int from, int to) {
        List<Token> tokens = layout.tokens;
        for (int k = from; k + 2 < to; k++) {
            Places.Match m = Places.at(tokens, k, to);
            if (m == null) {
                continue;
            }
            int after = k + m.length();
            if (m.region() == null && !ALLIANCES.contains(m.country()) && after + 1 < to
                    && tokens.get(after).isPossessive() && SHARES.contains(tokens.get(after + 1).lower())) {
                return m.country();
            }
            k = after - 1;
        }
        return null;
    }

    /**
     * "Line of Control", "Line of Actual Control", "Working Boundary", "LoC", "LAC", the "Military Demarcation Line",
     * "MDL", "DMZ" or the "inter-Korean border" at {@code k}, as written.
     */
    private String ceasefireLine(int k, int to) {
        List<Token> tokens = layout.tokens;
        String t = tokens.get(k).text();
        if (t.equals("LoC") || t.equals("LAC") || t.equals("MDL") || t.equals("DMZ")) {
            return t;
        }
        if (t.equalsIgnoreCase("inter-Korean") && k + 1 < to && BORDERS.contains(tokens.get(k + 1).lower())) {
            // "near the inter-Korean border": each Korea holds its side
            return "inter-Korean border";
        }
        if (t.equals("Military") && k + 2 < to && tokens.get(k + 1).text().equals("Demarcation")
                && tokens.get(k + 2).text().equals("Line")) {
            return "Military Demarcation Line";
        }
        if (t.equals("Working") && k + 1 < to && tokens.get(k + 1).text().equals("Boundary")) {
            return "Working Boundary";
        }
        if (!t.equals("Line") || k + 2 >= to || !tokens.get(k + 1).lower().equals("of")) {
            return null;
        }
        if (tokens.get(k + 2).text().equals("Control")) {
            return "Line of Control";
        }
        return k + 3 < to && tokens.get(k + 2).text().equals("Actual") && tokens.get(k + 3).text().equals("Control")
                ? "Line of Actual Control"
                : null;
    }

    /** "to its eastern border", "along their frontier": a country's own edge, after a preposition of place. */
    private boolean ownEdge(int from, int to) {
        List<Token> tokens = layout.tokens;
        for (int k = from; k + 2 < to; k++) {
            if (!LOC_PREPS.contains(tokens.get(k).lower())
                    || !Set.of("its", "their").contains(tokens.get(k + 1).lower())) {
                continue;
            }
            int m = k + 2;
            while (m < to && PLACE_MODIFIERS.contains(tokens.get(m).lower())) {
                m++;
            }
            if (m < to && (EDGES.contains(tokens.get(m).lower()) || tokens.get(m).lower().equals("frontier"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Britain is sending 350 more troops to Cyprus ... They will join about 2,300 personnel already stationed at
     * Akrotiri": troops already in a host the text names no owner for are the only country's it has put there before;
     * where several have contributed, the count may be the whole mission's, so no one country is credited.
     */
    private static String originBefore(List<Found> found, Found f) {
        Set<String> before = new HashSet<>();
        for (Found g : found) {
            if (g.troops != null && Objects.equals(g.host, f.host) && !g.origin.contains(f.host)
                    && g.evidence.start() < f.evidence.start()) {
                before.add(g.origin);
            }
        }
        return before.size() == 1 ? before.iterator().next() : null;
    }

    /** The text reports troops of {@code country} other than by its own claim. */
    private static boolean placesOwn(List<Found> found, String country) {
        return found.stream().anyMatch(g -> g.origin.equals(country) && !g.claimOrigin);
    }

    /** The text reports other countries' troops in {@code country}. */
    private static boolean hosts(List<Found> found, String country) {
        for (Found f : found) {
            if (country.equals(f.host) && !f.origin.contains(country)) {
                return true;
            }
        }
        return false;
    }

    /** The text reports troops of {@code origin} in another country. */
    private static boolean abroad(List<Found> found, String origin) {
        for (Found f : found) {
            if (f.origin.equals(origin) && f.host != null && !origin.contains(f.host)) {
                return true;
            }
        }
        return false;
    }

    /** One of {@code words}, outside quotations, in tokens [from, to). */
    private boolean unquotedWordIn(Set<String> words, int from, int to) {
        for (int t = from; t < to; t++) {
            if (words.contains(layout.tokens.get(t).lower()) && !layout.inQuote(layout.tokens.get(t).start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the article's troops are when a sentence does not say: the host most other reports name, else the
     * dateline's country, else the country the text names most; never the troops' own country, an alliance or a sea.
     */
    private String[] salientHost(List<Found> found, String origin) {
        Map<String, Integer> reports = new HashMap<>();
        for (Found f : found) {
            if (f.host != null && !origin.contains(f.host) && !Lexicon.isArea(f.host)) {
                reports.merge(f.host, 1, Integer::sum);
            }
        }
        String best = mostFrequent(reports);
        if (best != null) {
            return new String[]{best, null};
        }
        String[] dateline = datelineHost(Set.of(origin));
        if (dateline != null && !origin.contains(dateline[0]) && !Lexicon.isArea(dateline[0])) {
            return dateline;
        }
        Map<String, Integer> mentions = new HashMap<>(countryMentions());
        mentions.keySet().removeIf(origin::contains);
        best = mostFrequent(mentions);
        return best == null ? null : new String[]{best, null};
    }

    /** "Guard" (capitalised) among tokens [from, to]: "150 Guard members", "Louisiana National Guard soldiers". */
    private boolean guardNoun(int from, int to) {
        for (int k = from; k <= to && k < layout.tokens.size(); k++) {
            if (layout.tokens.get(k).text().equals("Guard")) {
                return true;
            }
        }
        return false;
    }

    private boolean guardStory() {
        if (guardStory == null) {
            guardStory = layout.text.contains("National Guard");
        }
        return guardStory;
    }

    private boolean guard(Span sentence) {
        for (int t = layout.tokenAt(sentence.start()); t < layout.tokenAt(sentence.end()); t++) {
            String l = layout.tokens.get(t).lower();
            // "National Guard", "150 Guard members"; not a country's "Border Guard" or "Revolutionary Guard"
            boolean national = t > 0 && layout.tokens.get(t - 1).lower().equals("national");
            boolean members = t + 1 < layout.tokens.size() && isTroopNoun(t + 1) && t > 0
                    && !layout.tokens.get(t - 1).isCapitalised();
            if (l.equals("guardsmen") || l.equals("guardsman")
                    || l.equals("guard") && layout.tokens.get(t).isCapitalised() && (national || members)) {
                return true;
            }
        }
        return false;
    }

    /** "BALTIMORE" as a dateline writes it: "Baltimore". */
    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder();
        for (String w : place.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /** The text reports troops of {@code origin} at a place in their own country. */
    private static boolean atHome(List<Found> found, String origin) {
        for (Found f : found) {
            if (homeReport(f, origin)) {
                return true;
            }
        }
        return false;
    }

    /** {@code f} reports troops of {@code origin} at a named place in their own country. */
    private static boolean homeReport(Found f, String origin) {
        return f.origin.equals(origin) && origin.equals(f.host) && f.region != null;
    }

    /**
     * A place in {@code origin} itself: the dateline's, else the one its reports at home name most, else the one the
     * text names most; or null.
     */
    private String[] domesticPlace(String origin, List<Found> found) {
        Map<String, Integer> reported = new LinkedHashMap<>();
        for (Found f : found) {
            if (homeReport(f, origin)) {
                reported.merge(f.region, 1, Integer::sum);
            }
        }
        int dateline = layout.tokenAt(layout.datelineEnd);
        Map<String, Integer> regions = new LinkedHashMap<>();
        for (int t = layout.tokenAt(layout.datelineStart); t < layout.tokens.size(); t++) {
            Places.Match m = Places.at(layout.tokens, t, layout.tokens.size());
            if (m == null) {
                continue;
            }
            if (m.region() != null && m.country().equals(origin)) {
                if (t < dateline) {
                    return new String[]{origin, titleCase(m.region())};
                }
                regions.merge(m.region(), 1, Integer::sum);
            }
            t += m.length() - 1;
        }
        Map<String, Integer> places = reported.isEmpty() ? regions : reported;
        String best = mostFrequent(places);
        if (best == null && !places.isEmpty()) {
            // "ordered about 700 National Guard troops into Baltimore ... The first of them ... arrived at Fort
            // Meade": a tie goes to the place the story reported, or named, first
            best = places.keySet().iterator().next();
        }
        return best == null ? null : new String[]{origin, best};
    }

    /** How often the text names each country, alliances and seas left out; counted once per text. */
    private Map<String, Integer> countryMentions() {
        if (countryMentions == null) {
            countryMentions = new HashMap<>();
            for (int t = 0; t < layout.tokens.size(); t++) {
                Places.Match m = Places.at(layout.tokens, t, layout.tokens.size());
                if (m != null) {
                    if (!ALLIANCES.contains(m.country()) && !Lexicon.isArea(m.country())) {
                        countryMentions.merge(m.country(), 1, Integer::sum);
                    }
                    t += m.length() - 1;
                }
            }
        }
        return countryMentions;
    }

    /**
     * "the North has sent about 15,000 troops", "keeps about 28,500 troops in the South": Korean copy's names for the
     * two Koreas, in a story that names the one meant; not "the North Atlantic" or "the South of France". The Korea
     * meant, or null.
     */
    private String theKorea(int t) {
        List<Token> tokens = layout.tokens;
        if (t == 0 || !tokens.get(t - 1).lower().equals("the")
                || !(tokens.get(t).text().equals("North") || tokens.get(t).text().equals("South"))
                || t + 1 < tokens.size()
                        && (tokens.get(t + 1).isCapitalised() || tokens.get(t + 1).lower().equals("of"))) {
            return null;
        }
        String korea = tokens.get(t).text() + " Korea";
        return countryMentions().containsKey(korea) ? korea : null;
    }

    /** The key with the highest count, or null when none or when two share it: no one place stands out. */
    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The value of {@code field} in more than half the reports, or null. The origin: a release about "the brigade" or
     * "250 soldiers from the Royal Welsh" never repeats whose they are, while a roundup of contributors has no main
     * one. The host: a feature filed from one base.
     */
    private static String majority(List<Found> found, Function<Found, String> field) {
        Map<String, Integer> reports = new HashMap<>();
        for (Found f : found) {
            String value = field.apply(f);
            if (value != null) {
                reports.merge(value, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : reports.entrySet()) {
            if (2 * e.getValue() > found.size()) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Where the words about a count end: at the next count of people after a comma ("80,000 service members, of
     * whom about 10,000 are stationed in Poland"; not "4,000 soldiers, 90 Abrams tanks"), else at the end of the
     * sentence.
     */
    private int clauseOfCount(int from, int to) {
        boolean comma = false;
        int opening = from < to
                ? layout.tokenAt(layout.sentences.get(layout.sentenceOf(layout.tokens.get(from).start()))
                        .start())
                : from;
        boolean fronted = opening < from && FRONTED.contains(layout.tokens.get(opening).lower());
        for (int k = from; k < to; k++) {
            if (newClause(k, to) || reportingClause(k, to)) {
                return k;
            }
            if (fronted && k + 1 < to && layout.tokens.get(k).is(",")
                    && SUBJECT_STARTS.contains(layout.tokens.get(k + 1).lower())) {
                // "When Claudia Sheinbaum agreed to send 10,000 troops to Mexico's northern border ..., the move was
                // sold in Washington as a victory": the main clause after the fronted one is about something else
                return k;
            }
            comma |= layout.tokens.get(k).is(",");
            Count c = comma ? countAt(k, to) : null;
            if (c != null && (standsAlone(c.end(), to) || troopNounAfter(c.end(), Math.min(to, c.end() + 4)))) {
                return k;
            }
        }
        return to;
    }

    /**
     * ", the defence secretary has announced, in the biggest British commitment to the Arctic": a reporting clause
     * closes what the count's own clause says; not ", officials said, will move to Estonia", which goes on with it.
     */
    private boolean reportingClause(int k, int to) {
        if (!layout.tokens.get(k).is(",")) {
            return false;
        }
        if (k + 1 < to && layout.tokens.get(k + 1).lower().equals("according")) {
            // ", according to the coordination center in southern Israel": where the source sits
            return true;
        }
        boolean speech = false;
        for (int j = k + 1; j < Math.min(to, k + 10); j++) {
            Token t = layout.tokens.get(j);
            if (t.is(",")) {
                return speech && j + 1 < to && !AUXILIARIES.contains(layout.tokens.get(j + 1).lower());
            }
            if (t.isNumber() || !t.isWord() && !t.isPossessive()) {
                return false;
            }
            speech |= REPORTING.contains(t.lower());
        }
        return false;
    }

    /**
     * ", and satellite images show ...", ", but the forces it keeps ...": a comma and a conjunction that open a clause
     * of its own, not one more item of a list ("and 900 in Syria", "and in Syria").
     */
    private boolean newClause(int k, int to) {
        if (k + 2 >= to || !layout.tokens.get(k).is(",")
                || !(Set.of("and", "but", "while", "whereas").contains(layout.tokens.get(k + 1).lower())
                        || SUBORDINATORS.contains(layout.tokens.get(k + 1).lower()))) {
            return false;
        }
        Token next = layout.tokens.get(k + 2);
        if (SUBORDINATORS.contains(layout.tokens.get(k + 1).lower())) {
            // ", after the unit suffered heavy losses in Ukraine", ", after Moscow stripped the region": a clause or
            // phrase of its own, about another time
            return next.isWord();
        }
        return next.isWord() && !next.isNumber() && !PREPOSITIONS.contains(next.lower())
                && !Lexicon.NUMBER_WORDS.containsKey(next.lower())
                && !APPROXIMATELY.contains(next.lower())
                && !Set.of("another", "a", "an", "more", "then", "later", "possibly", "perhaps").contains(next.lower());
    }

    /**
     * "a country whose defence forces number fewer than 8,000", "an army that has shrunk to about 70,000 regular
     * soldiers": the size of a whole army, not troops sent anywhere.
     */
    private boolean armySize(int countStart, int from) {
        List<Token> tokens = layout.tokens;
        int k = beforeQualifier(countStart, from);
        while (k >= from && Set.of("than", "fewer", "less", "more", "to").contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < from || !Set.of("number", "numbers", "numbered", "shrunk", "shrank", "grown", "grew", "fallen")
                .contains(tokens.get(k).lower())) {
            return false;
        }
        // the army right before the verb, and before it what owns it: not "its forces in Syria have shrunk to 1,000"
        int j = k - 1;
        while (j >= from && Set.of("has", "have", "had", "that", "which").contains(tokens.get(j).lower())) {
            j--;
        }
        if (j >= from && Set.of("bundeswehr", "pla", "idf", "sandf", "sdf").contains(tokens.get(j).lower())) {
            // "The Bundeswehr numbers roughly 181,000 active-duty troops": a national force by its own name
            return true;
        }
        if (j < from || !Set.of("army", "forces", "military").contains(tokens.get(j).lower())) {
            return false;
        }
        j--;
        while (j >= from && Set.of("defence", "defense", "armed", "regular", "entire", "whole")
                .contains(tokens.get(j).lower())) {
            j--;
        }
        return j >= from && Set.of("whose", "an", "its", "their").contains(tokens.get(j).lower());
    }

    /**
     * "authorizing up to 5,550 uniformed personnel", "Bujumbura was allotted 1,041 soldiers": a ceiling or a quota, not
     * troops anyone has sent.
     */
    private boolean authorised(int countStart, int from) {
        int k = beforeQualifier(countStart, from);
        return k >= from && AUTHORISING.contains(layout.tokens.get(k).lower());
    }

    /** "has around 2,000 troops in the country and plans to raise that to 2,200": the troops just counted, changed. */
    private boolean raisedTo(int t, int from) {
        int k = beforeQualifier(t, from);
        return k - 2 >= from && layout.tokens.get(k).lower().equals("to")
                && Set.of("that", "it", "them", "this").contains(layout.tokens.get(k - 1).lower())
                && Set.of("raise", "increase", "boost", "lift", "expand", "cut", "reduce", "lower", "trim")
                        .contains(layout.tokens.get(k - 2).lower());
    }

    /**
     * "would be cut to fewer than 100", "reduced by 300": a size aimed at or a change, which only {@link #changedTo}
     * and {@link #totalOf} read as troops.
     */
    private boolean targetOrChange(int t, int from) {
        int k = beforeQualifier(t, from);
        if (k - 1 >= from && layout.tokens.get(k).lower().equals("than")) {
            k = beforeQualifier(k - 1, from);
        }
        return k >= from && Set.of("to", "by").contains(layout.tokens.get(k).lower());
    }

    /**
     * A size someone authorised or falls short of, not troops on the ground: "short of the 2,500 the Security Council
     * authorised", "the 17,000 troops and 2,100 police the Security Council had authorised", "a ceiling of 15,000".
     */
    private boolean ceiling(int countStart, int noun, int from, int to) {
        int k = beforeQualifier(countStart, from);
        if (k >= from && layout.tokens.get(k).lower().equals("the")) {
            k--;
        }
        if (k - 1 >= from && layout.tokens.get(k).lower().equals("of")
                && Set.of("short", "ceiling", "cap", "limit").contains(layout.tokens.get(k - 1).lower())) {
            return true;
        }
        if (k - 3 >= from && layout.tokens.get(k).lower().equals("of")
                && Set.of("target", "goal").contains(layout.tokens.get(k - 1).lower())
                && (layout.tokens.get(k - 3).lower().equals("short") || layout.tokens.get(k - 3).lower().equals("of")
                        && k - 4 >= from && layout.tokens.get(k - 4).lower().equals("short"))) {
            // "well short of its target of 203,000": a size not reached
            return true;
        }

        int end = Math.min(to, noun + 12);
        for (int j = noun + 1; j < end && !layout.tokens.get(j).is(",") && !layout.tokens.get(j).is("."); j++) {
            String w = layout.tokens.get(j).lower();
            if (w.startsWith("authoris") || w.startsWith("authoriz") || w.equals("mandated")) {
                return true;
            }
        }
        return false;
    }

    /** The token before a count and its qualifier ("about", "roughly"), or {@code from - 1}. */
    private int beforeQualifier(int t, int from) {
        int k = t - 1;
        while (k >= from && (APPROXIMATELY.contains(layout.tokens.get(k).lower())
                || Set.of("over", "estimated", "close").contains(layout.tokens.get(k).lower()))) {
            k--;
        }
        if (k - 1 >= from && layout.tokens.get(k).lower().equals("to")
                && Set.of("close", "up").contains(layout.tokens.get(k - 1).lower())) {
            k -= 2;
        }
        return k;
    }

    /** "Italy, which has about 1,070": a count a country holds, in a sentence about troops or contingents. */
    private boolean heldBy(int t, int from, int to) {
        int k = beforeQualifier(t, from);
        if (k < from || !Set.of("has", "have", "keeps", "maintains").contains(layout.tokens.get(k).lower())) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String l = layout.tokens.get(j).lower();
            if (isTroopNoun(j) || STRONG_NOUNS.contains(l) || STRONG_NOUNS.contains(l.substring(0, l.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "700 peacekeepers with UNIFIL": a peacekeeping mission stands for the country it serves in. */
    private String[] missionHost(int from, int to, Set<String> origins) {
        for (int t = from; t < to; t++) {
            String country = MISSIONS.get(missionName(layout.tokens.get(t).text()));
            if (country != null && !origins.contains(country)) {
                return new String[]{country, null};
            }
        }
        return null;
    }

    /** "at the Niinisalo training area", "in Rovaniemi": a capitalised name after a preposition that is no known place. */
    private boolean unknownPlace(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (!Set.of("in", "at", "near").contains(layout.tokens.get(k).lower())) {
                continue;
            }
            int m = k + 1;
            if (m + 1 < to && layout.tokens.get(m).lower().equals("the")) {
                m++;
            }
            Token name = layout.tokens.get(m);
            // "at the al-Watiya air base"
            boolean article = (name.lower().startsWith("al-") || name.lower().startsWith("el-"))
                    && name.text().length() > 3 && Character.isUpperCase(name.text().charAt(3));
            if ((name.isCapitalised() || article) && !name.isNumber() && Places.at(layout.tokens, m, to) == null
                    && !Lexicon.NOT_NAME.contains(name.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Americans", "North Koreans", "Kenyans": a place written as its people, not as the country or an adjective. */
    private boolean people(int t, Places.Match place) {
        Token last = layout.tokens.get(t + place.length() - 1);
        if (!last.lower().endsWith("s") || last.text().length() <= 3) {
            return false;
        }
        StringBuilder written = new StringBuilder();
        for (int k = t; k < t + place.length(); k++) {
            written.append(k > t ? " " : "").append(layout.tokens.get(k).lower());
        }
        return !written.toString().equals(place.country().toLowerCase(Locale.ROOT));
    }

    /**
     * A paragraph that is nothing but a place, without a full stop ("SOMALIA", "Central African Republic"), heads
     * the section of a factbox or a roundup below it: the place is the section's host, and no host of an earlier
     * section carries over it.
     */
    private Places.Match heading(int s) {
        Span sentence = layout.sentences.get(s);
        Span paragraph = layout.paragraphs.get(layout.sentenceParagraph[s]);
        if (sentence.start() != paragraph.start() || sentence.end() != paragraph.end()) {
            return null;
        }
        int from = layout.tokenAt(sentence.start());
        int to = layout.tokenAt(sentence.end());
        Places.Match m = from < to ? Places.at(layout.tokens, from, to) : null;
        return m != null && from + m.length() == to && !ALLIANCES.contains(m.country()) ? m : null;
    }

    /** The place a list item opens with before its dash or colon ("* LATVIA - Led by Canada"), or null. */
    private String[] itemPlace(int from, int to, Set<String> origins) {
        int k = from < to && !layout.tokens.get(from).isWord() ? from + 1 : from;
        Places.Match m = k < to ? Places.at(layout.tokens, k, to) : null;
        int sep = m == null ? to : k + m.length();
        if (sep >= to || origins.contains(m.country())
                || !Set.of("-", "\u2013", "\u2014", ":").contains(layout.tokens.get(sep).text())) {
            return null;
        }
        return new String[]{m.country(), m.region()};
    }

    /** A sentence after the first of a list item's paragraph: "* GERMANY - About 35,000 .... During his first term". */
    private boolean withinItem(int s) {
        Span paragraph = layout.paragraphs.get(layout.sentenceParagraph[s]);
        return layout.sentences.get(s).start() > paragraph.start() && bulleted(paragraph.start());
    }

    /**
     * The crossheads between two nearby sentences; none counted for sentences further apart than it matters, nor a
     * heading that is a place ("KENYA"), which starts a section of its own.
     */
    private int crossheadsBetween(Span earlier, Span later) {
        int first = layout.sentenceOf(earlier.start()) + 1;
        int last = layout.sentenceOf(later.start());
        int n = 0;
        for (int s = first; s < last && last - first <= 4; s++) {
            n += sectionHeading(s) && heading(s) == null ? 1 : 0;
        }
        return n;
    }

    /** A short paragraph without a full stop or a colon: "U.S. FORCES IN EUROPE", "Where US troops are". */
    private boolean sectionHeading(int s) {
        Span sentence = layout.sentences.get(s);
        Span paragraph = layout.paragraphs.get(layout.sentenceParagraph[s]);
        int from = layout.tokenAt(sentence.start());
        int to = layout.tokenAt(sentence.end());
        return sentence.start() == paragraph.start() && sentence.end() == paragraph.end() && to - from <= 10
                && to > from && layout.tokens.get(to - 1).isWord() && s > 0;
    }

    private boolean headingBetween(Span earlier, Span later) {
        for (int s = layout.sentenceOf(earlier.start()) + 1; s < layout.sentenceOf(later.start()); s++) {
            if (heading(s) != null) {
                return true;
            }
        }
        return false;
    }

    private int paragraphsApart(Span earlier, Span later) {
        return layout.sentenceParagraph[layout.sentenceOf(later.start())]
                - layout.sentenceParagraph[layout.sentenceOf(earlier.start())];
    }

    /** The end of the first paragraph of the body, where a dateline opens it. */
    private int leadEnd() {
        if (layout.datelineEnd == 0) {
            return 0;
        }
        int s = layout.sentenceOf(layout.datelineEnd - 1);
        return layout.tokenAt(layout.paragraphs.get(layout.sentenceParagraph[s]).end());
    }

    private boolean exercise(int from, int to) {
        for (int t = from; t < to; t++) {
            if (EXERCISES.contains(layout.tokens.get(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence before this one names troops: "... Kenyan police officers touched down. About 400 Kenyans". */
    private boolean troopsBefore(Span sentence) {
        int s = layout.sentenceOf(sentence.start());
        if (s == 0) {
            return false;
        }
        Span prev = layout.sentences.get(s - 1);
        return mentionsTroops(layout.tokenAt(prev.start()), layout.tokenAt(prev.end()));
    }

    /**
     * No place at all after a preposition of place: not "to the border", "to its eastern frontier", "from the
     * Podlaskie region"; times ("in June") and "according to" do not count.
     */
    private boolean placeless(int from, int to) {
        List<Token> tokens = layout.tokens;
        for (int k = Math.max(from, layout.tokenAt(layout.datelineEnd)); k + 1 < to; k++) {
            if (!LOC_PREPS.contains(tokens.get(k).lower())
                    || (k > from && tokens.get(k - 1).lower().equals("according"))) {
                continue;
            }
            int m = k + 1;
            while (m < to && (PLACE_MODIFIERS.contains(tokens.get(m).lower()) || tokens.get(m).lower().equals("an"))) {
                m++;
            }
            if (m >= to) {
                break;
            }
            Token w = tokens.get(m);
            boolean time = MONTHS_AND_DAYS.contains(w.lower());
            if ((w.isCapitalised() && !time) || EDGES.contains(w.lower()) || DEICTIC.contains(w.lower())
                    || REGION_WORDS.contains(w.lower()) || w.lower().equals("frontier")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The country of the dateline ("MANILA, Philippines —"), unless it sends the troops, or the body never names it
     * again while it names other countries ("BEIRUT — Syria remains ...": where the reporter sits); or null.
     */
    private String[] datelineHost(Set<String> origins) {
        String[] place = datelinePlace(origins);
        boolean elsewhere = place != null && !namedInBody(place[0]) && countryMentions().keySet().stream()
                .anyMatch(c -> !c.equals(place[0]) && !origins.contains(c));
        return elsewhere ? null : place;
    }

    /** The country of the dateline, unless it sends the troops; or null. */
    private String[] datelinePlace(Set<String> origins) {
        int dateline = layout.tokenAt(layout.datelineEnd);
        for (int t = layout.tokenAt(layout.datelineStart); t < dateline; t++) {
            Places.Match m = Places.at(layout.tokens, t, dateline);
            if (m != null && !ALLIANCES.contains(m.country())) {
                return origins.contains(m.country()) ? null : new String[]{m.country(), m.region()};
            }
        }
        return null;
    }

    private boolean namedInBody(String country) {
        if (bodyCountries == null) {
            bodyCountries = new HashSet<>();
            for (int t = layout.tokenAt(layout.datelineEnd); t < layout.tokens.size(); t++) {
                Places.Match m = Places.at(layout.tokens, t, layout.tokens.size());
                if (m != null) {
                    bodyCountries.add(m.country());
                    t += m.length() - 1;
                }
            }
        }
        return bodyCountries.contains(country);
    }

    /** "The Belgians, about 250 of them": a count of the troops or people just named. */
    private boolean partOf(int t, int to) {
        return afterPart(t, to) > t;
    }

    /** Where "of them", "of whom" or "of the soldiers" at {@code t} ends; {@code t} itself when none is there. */
    private int afterPart(int t, int to) {
        if (t + 1 >= to || !layout.tokens.get(t).lower().equals("of")) {
            return t;
        }
        if (Set.of("them", "whom", "those").contains(layout.tokens.get(t + 1).lower())) {
            return t + 2;
        }
        return t + 2 < to && layout.tokens.get(t + 1).lower().equals("the") && isTroopNoun(t + 2) ? t + 3 : t;
    }

    /** The "from" at {@code t}, or after a comma, "are", "were", "come" or "comes" there ("750 are from Senegal"); or -1. */
    private int comeFrom(int t, int to) {
        // "The single largest pledge, of some 1,850 troops, comes from Benin"
        int k = t < to && layout.tokens.get(t).is(",") ? t + 1 : t;
        k = k < to && Set.of("are", "were", "come", "came", "comes").contains(layout.tokens.get(k).lower()) ? k + 1 : k;
        return k < to && layout.tokens.get(k).lower().equals("from") ? k : -1;
    }

    /**
     * "1,500 special forces troops had been shipped from North Korea to the port city of Vladivostok": the country troops
     * were moved from to somewhere else is theirs; or null.
     */
    private String movedFrom(int t, int to) {
        List<Token> tokens = layout.tokens;
        int k = t;
        while (k < to && k < t + 3 && AUXILIARIES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k + 2 >= to || !MOVED.contains(tokens.get(k).lower()) || !tokens.get(k + 1).lower().equals("from")) {
            return null;
        }
        int at = k + 2 + (tokens.get(k + 2).lower().equals("the") ? 1 : 0);
        Places.Match m = at < to ? Places.at(tokens, at, to) : null;
        int after = m == null ? to : at + m.length();
        return m != null && m.region() == null && !ALLIANCES.contains(m.country()) && after < to
                && Set.of("to", "into").contains(tokens.get(after).lower()) ? m.country() : null;
    }

    /** "some 400 from the U.S. 2nd Infantry Division": a bare count followed by whose troops they are. */
    private boolean fromCountry(int t, int to) {
        int f = comeFrom(t, to);
        int k = f + 1;
        if (f >= 0 && k < to && layout.tokens.get(k).lower().equals("the")) {
            k++;
        }
        if (f < 0 || k >= to) {
            return false;
        }
        Places.Match m = Places.at(layout.tokens, k, to);
        return m != null && m.region() == null && !ALLIANCES.contains(m.country());
    }

    /** "another 1,500", "a further 200", "an additional 300": more of the troops the text is about. */
    private boolean furtherOf(int t, int from) {
        int k = beforeQualifier(t, from);
        if (k < from) {
            return false;
        }
        String l = layout.tokens.get(k).lower();
        return l.equals("another") || ((l.equals("further") || l.equals("additional"))
                && k - 1 >= from && Set.of("a", "an").contains(layout.tokens.get(k - 1).lower()));
    }

    /**
     * "the forces it keeps in Senegal - some 350 -": a count set off by a dash or bracket right after a phrase with a
     * troop noun; returns where that noun stands, or -1.
     */
    private int apposedTo(int t, int from) {
        int k = beforeQualifier(t, from);
        if (k < from || !Set.of("-", "\u2013", "\u2014", "(").contains(layout.tokens.get(k).text())) {
            return -1;
        }
        for (int j = k - 1; j >= Math.max(from, k - 8); j--) {
            if (isTroopNoun(j) || FORCE_NOUNS.contains(layout.tokens.get(j).lower())) {
                return j;
            }
        }
        return -1;
    }

    /** "a battalion of about 700", "an initial force of about 11,000": the noun before the count sizes a unit. */
    private boolean sizedGroup(int t, int from) {
        int k = beforeQualifier(t, from);
        return k - 1 >= from && layout.tokens.get(k).lower().equals("of")
                && (STRONG_NOUNS.contains(layout.tokens.get(k - 1).lower())
                        || FORCE_NOUNS.contains(layout.tokens.get(k - 1).lower()));
    }

    /**
     * "is adding about 150 troops and Italy some 120", "India contributes about 2,400 soldiers, Rwanda some 2,600": a
     * country that opens an item of a list, right before the count and its qualifier, sends the count.
     */
    private String listedCountry(int t, int from) {
        int k = beforeQualifier(t, from);
        // "Kazakhstan will send about 300 servicemen, Kyrgyzstan - 150 and Tajikistan - 120": a dash sets the count
        // against its country
        if (k > from && Set.of("-", "\u2013", "\u2014").contains(layout.tokens.get(k).text())) {
            k--;
        }
        for (int p = Math.max(from, k - Lexicon.COUNTRY_MAX_TOKENS + 1); p <= k; p++) {
            Places.Match m = Places.at(layout.tokens, p, k + 1);
            if (m == null || m.region() != null || p + m.length() != k + 1 || ALLIANCES.contains(m.country())) {
                continue;
            }
            String before = p > from ? layout.tokens.get(p - 1).lower() : "";
            boolean opensItem = before.equals(",") || before.equals("and");
            // the qualifier or a bare list separator says the count is the country's: "and Italy some 120"
            // "Germany around 250, France 170 and Spain 80": an item followed by another item
            boolean itemFollows = t + 2 < layout.tokens.size()
                    && (layout.tokens.get(t + 1).is(",") || layout.tokens.get(t + 1).lower().equals("and"))
                    && Places.at(layout.tokens, t + 2, layout.tokens.size()) != null;
            return opensItem && (k < t - 1 || before.equals("and") || itemFollows) ? m.country() : null;
        }
        return null;
    }

    /**
     * "followed by the United States with 3,500", "smaller groups from Latvia (17), France (15)": the country just before
     * "with" or the bracket sends the count.
     */
    private String countryWith(int t, int from) {
        int k = beforeQualifier(t, from);
        boolean bracketed = k >= from && layout.tokens.get(k).is("(") && t + 1 < layout.tokens.size()
                && layout.tokens.get(t + 1).is(")");
        if (k - 1 < from || !(layout.tokens.get(k).lower().equals("with") || bracketed)) {
            return null;
        }
        // "Indonesia, with roughly 1,230"
        int end = layout.tokens.get(k - 1).is(",") ? k - 1 : k;
        for (int p = Math.max(from, end - 4); p < end; p++) {
            Places.Match m = Places.at(layout.tokens, p, end);
            if (m != null && m.region() == null && p + m.length() == end && !ALLIANCES.contains(m.country())) {
                return m.country();
            }
        }
        return null;
    }

    /**
     * "Finland and Sweden sent 1,800 and 2,100 troops respectively": with "respectively" after the counts, the n-th
     * country named before the first count sends the n-th count, when there are as many of each.
     */
    private String respectively(int countStart, int from, int to) {
        int at = -1;
        // bounded both ways, so a hostile run of counts stays linear
        for (int k = countStart; k < Math.min(to, countStart + 40) && at < 0; k++) {
            if (layout.tokens.get(k).lower().equals("respectively")) {
                at = k;
            }
        }
        if (at < 0) {
            return null;
        }
        List<Integer> counts = new ArrayList<>();
        int start = Math.max(from, at - 80);
        // "Uganda will keep 4,500 soldiers, while Kenya and Djibouti will provide 1,400 and 1,000 respectively"
        for (int k = countStart - 1; k > start; k--) {
            if (newClause(k, at) || Set.of("while", "whereas", ";").contains(layout.tokens.get(k).lower())) {
                start = k + 1;
                break;
            }
        }
        int lastEnd = -1;
        for (int k = start; k < at; k++) {
            Count c = countAt(k, at);
            if (c != null) {
                if (lastEnd >= 0 && !onlyListWords(lastEnd, c.start())) {
                    // "the two largest contributors, with about 400 and 200 troops respectively": only the run of
                    // counts before "respectively" is the list
                    counts.clear();
                }
                counts.add(k);
                k = c.end() - 1;
                lastEnd = c.end();
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        List<String> countries = new ArrayList<>();
        int listEnd = -1;
        for (int p = Math.max(start, layout.tokenAt(layout.datelineEnd)); p < counts.get(0); p++) {
            Places.Match m = Places.at(layout.tokens, p, counts.get(0));
            if (m != null) {
                // "Britain, France and Italy, the largest remaining European contributors": the aside is no item
                if (m.region() == null && !governed(p, from) && !ALLIANCES.contains(m.country())
                        && !(listEnd >= 0 && describes(listEnd, p))) {
                    countries.add(m.country());
                    listEnd = p + m.length();
                }
                p += m.length() - 1;
            }
        }
        int index = counts.indexOf(countStart);
        return index >= 0 && countries.size() == counts.size() ? countries.get(index) : null;
    }

    private boolean onlyListWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!LIST_GLUE.contains(layout.tokens.get(k).lower()) && !isTroopNoun(k)) {
                return false;
            }
        }
        return true;
    }

    /** "and from Chad, where about 1,000 French troops left": the place the relative clause is about. */
    private String[] whereClause(int from, int countStart, Set<String> origins) {
        for (int k = countStart - 1; k >= from + 2 && countStart - k < 12; k--) {
            // "in southern Israel where about 200 American troops are helping monitor the ceasefire in Gaza"
            if (!(layout.tokens.get(k).lower().equals("where")
                    && (layout.tokens.get(k - 1).is(",") || layout.tokens.get(k - 1).isCapitalised()))) {
                continue;
            }
            for (int j = k + 1; j + 1 < countStart; j++) {
                if (layout.tokens.get(j).is(",") && layout.tokens.get(j + 1).lower().equals("and")) {
                    // "in Romania, where it leads the battlegroup, and about 300 in Estonia": the clause has ended
                    return null;
                }
            }
            int end = layout.tokens.get(k - 1).is(",") ? k - 1 : k;
            String[] nearest = null;
            String[] own = null;
            for (int p = Math.max(from, k - 30); p < end; p++) {
                Places.Match m = Places.at(layout.tokens, p, end);
                if (m == null) {
                    continue;
                }
                // "Tak province on the border with Myanmar, where about 500 soldiers have been stationed": the
                // province, not the neighbour it borders
                boolean neighbour = p >= 2 && layout.tokens.get(p - 1).lower().equals("with")
                        && BORDERS.contains(layout.tokens.get(p - 2).lower());
                if (!origins.contains(m.country()) && !ALLIANCES.contains(m.country()) && !neighbour) {
                    nearest = new String[]{m.country(), m.region()};
                } else if (origins.contains(m.country()) && m.region() != null) {
                    own = new String[]{m.country(), m.region()};
                }
                p += m.length() - 1;
            }
            return nearest != null ? nearest : own;
        }
        return null;
    }

    /** Countries listed from {@code t}: "Germany, Austria and Hungary". */
    private boolean route(int t, int to) {
        Places.Match first = Places.at(layout.tokens, t, to);
        int k = first == null ? to : t + first.length();
        if (k + 1 >= to || !(layout.tokens.get(k).is(",") || layout.tokens.get(k).lower().equals("and"))) {
            return false;
        }
        Places.Match second = Places.at(layout.tokens, k + 1, to);
        return first.region() == null && second != null && second.region() == null
                && !second.country().equals(first.country());
    }

    /** "2012": four digits that begin a year of the last two centuries. */
    private static boolean yearWritten(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2))
                && Character.isDigit(s.charAt(3));
    }

    private boolean yearLike(Count c) {
        String s = layout.tokens.get(c.start()).text();
        return c.end() == c.start() + 1 && s.length() == 4 && c.value() != null && c.value() >= 1900
                && c.value() <= 2100;
    }

    /** "the first 1,500 troops", "those 2,000": a count the text has already introduced. */
    private boolean definite(int t, int from) {
        int k = t - 1;
        while (k >= from && Set.of("first", "last", "remaining", "other", "additional").contains(
                layout.tokens.get(k).lower())) {
            k--;
        }
        return k >= from && Set.of("the", "those", "these", "its", "their").contains(layout.tokens.get(k).lower());
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
        return layout.sentenceOf(sentence.start()) - layout.sentenceOf(previous.latest.start()) <= 2;
    }

    private static boolean overlaps(Set<String> origins, String previous) {
        for (String o : origins) {
            if (previous.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /** "Poland counts about 10,000 U.S. troops on its territory": the country the sentence opens with. */
    private String[] itsTerritory(int from, int to, Set<String> origins) {
        List<Token> tokens = layout.tokens;
        Places.Match subject = Places.at(tokens, from, to);
        if (subject == null || subject.region() != null || origins.contains(subject.country())) {
            return null;
        }
        for (int t = from + 2; t + 1 < to; t++) {
            if (tokens.get(t).lower().equals("its") && Set.of("on", "in").contains(tokens.get(t - 1).lower())
                    && Set.of("territory", "soil").contains(tokens.get(t + 1).lower())) {
                return new String[]{subject.country(), null};
            }
        }
        return null;
    }

    /**
     * "France's last 1,000 soldiers left Chad. In Côte d'Ivoire, France handed over its base ... The battalion, which
     * had some 600 troops there", "In Romania, officials have tried to put a brave face on the cut. ... 1,000 U.S.
     * troops would remain in the country": "there" or "the country" is the place the sentence just before names, not
     * the host of an earlier report.
     */
    private boolean thereNamedSince(Found previous, Span sentence, int from, int to, Set<String> origins) {
        int here = layout.sentenceOf(sentence.start());
        if (here == 0 || !unquotedWordIn(Set.of("there"), from, to) && !phraseIn(from, to, THE_COUNTRY)) {
            return false;
        }
        Span prev = layout.sentences.get(here - 1);
        if (previous.evidence.start() >= prev.start()) {
            return false;
        }
        String[] named = host(layout.tokenAt(prev.start()), layout.tokenAt(prev.end()), origins, false, false);
        return named != null && named != AT_HOME && named[0] != null && !origins.contains(named[0])
                && !named[0].equals(previous.host);
    }

    /** "crossed into the region", "stationed in the country": the place is named earlier. */
    private boolean deictic(int from, int to) {
        for (int t = from + 1; t < to; t++) {
            String l = layout.tokens.get(t).lower();
            if (DEICTIC.contains(l) && (layout.tokens.get(t - 1).lower().equals("the") || l.equals("there")
                    || l.equals("here"))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest host named in an earlier sentence. */
    private String[] earlierHost(Span sentence, Set<String> origins) {
        int here = layout.sentenceOf(sentence.start());
        for (int s = here - 1; s >= Math.max(0, here - LOOK_BACK); s--) {
            Span prev = layout.sentences.get(s);
            Places.Match heading = heading(s);
            if (heading != null) {
                return origins.contains(heading.country()) ? null : new String[]{heading.country(), heading.region()};
            }
            int from = layout.tokenAt(prev.start());
            int to = layout.tokenAt(prev.end());
            String[] border = ownBorder(from, to, origins, true);
            if (border != null) {
                // "Lithuania has also moved troops to its border with Belarus. ... 1,000 soldiers had been sent to the
                // border area": their own edge, not a region the text named before it
                return border;
            }
            String[] host = host(from, to, origins, false, false);
            if (host == null && status(prev, prev.start()) == DeploymentStatus.WITHDRAWN) {
                // "demanded the withdrawal of Russian troops from Transnistria. Russia keeps 1,500 in the territory";
                // not "islands which lie 200 kilometers from Taiwan"
                host = host(from, to, origins, true, false);
            }
            // "the country's peacekeeping contingent": not a place of the troops' own country named before
            if (host != null && host != AT_HOME && !origins.contains(host[0])) {
                return host;
            }
        }
        // "BAMAKO, Mali - ... some 1,500 fighters in the country"; "here" is where the reporter is, named or not
        int from = layout.tokenAt(sentence.start());
        int to = layout.tokenAt(sentence.end());
        return unquotedWordIn(Set.of("here"), from, to) ? datelinePlace(origins) : datelineHost(origins);
    }

    /** The country in a title before {@code countStart}: "Venezuelan Defense Minister"; or null. */
    private String titledCountry(int from, int countStart) {
        for (int p = from; p < countStart; p++) {
            Places.Match m = Places.at(layout.tokens, p, countStart);
            if (m != null && m.region() == null && p + m.length() < countStart
                    && Lexicon.ROLE_WORDS.contains(layout.tokens.get(p + m.length()).lower())) {
                return m.country();
            }
            p += m == null ? 0 : m.length() - 1;
        }
        return null;
    }

    /** Whether tokens [from, to) hold the words of {@code phrase} in a row, each word one of its alternatives. */
    private boolean phraseIn(int from, int to, List<Set<String>> phrase) {
        for (int t = from; t + phrase.size() <= to; t++) {
            int k = 0;
            while (k < phrase.size() && phrase.get(k).contains(layout.tokens.get(t + k).lower())) {
                k++;
            }
            if (k == phrase.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sending about 2,000 additional troops to the Middle East ... U.S. troops in the region": the region of the world
     * an earlier sentence named, unless a place within a country ("Kursk region", "Al Udeid") was named since.
     */
    private String[] earlierArea(Span sentence) {
        int here = layout.sentenceOf(sentence.start());
        for (int s = here - 1; s >= Math.max(0, here - LOOK_BACK); s--) {
            Span prev = layout.sentences.get(s);
            int from = layout.tokenAt(prev.start());
            int to = layout.tokenAt(prev.end());
            for (int t = to - 1; t >= from; t--) {
                Places.Match m = Places.at(layout.tokens, t, to);
                if (m == null) {
                    continue;
                }
                if (Lexicon.isArea(m.country()) && m.region() == null) {
                    return new String[]{m.country(), null};
                }
                if (m.region() != null || t + m.length() < to
                        && REGION_WORDS.contains(layout.tokens.get(t + m.length()).lower())) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The nearest country (no sea or region of the world) named after a preposition in an earlier sentence. */
    private String[] earlierCountry(Span sentence, Set<String> origins) {
        List<Token> tokens = layout.tokens;
        int here = layout.sentenceOf(sentence.start());
        for (int s = here - 1; s >= Math.max(0, here - LOOK_BACK); s--) {
            Span prev = layout.sentences.get(s);
            int to = layout.tokenAt(prev.end());
            for (int k = layout.tokenAt(prev.start()); k + 1 < to; k++) {
                if (!LOC_PREPS.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("from")) {
                    continue;
                }
                int m = k + 1;
                while (m < to && PLACE_MODIFIERS.contains(tokens.get(m).lower()) && Places.at(tokens, m, to) == null) {
                    m++;
                }
                Places.Match p = m < to ? Places.at(tokens, m, to) : null;
                if (p != null && !Lexicon.isArea(p.country()) && !ALLIANCES.contains(p.country())
                        && !origins.contains(p.country())) {
                    return new String[]{p.country(), p.region()};
                }
            }
        }
        return null;
    }

    /**
     * "Russia has not commented. It has more than 600,000 troops": a sentence that opens with "It" is about the
     * country the previous sentence opened with.
     */
    private String itsCountry(int from, int countStart) {
        String first = layout.tokens.get(from).lower();
        if (!(first.equals("it") || first.equals("its")) || from + 1 >= countStart) {
            return null;
        }
        int s = layout.sentenceOf(layout.tokens.get(from).start());
        if (s == 0) {
            return null;
        }
        Span prev = layout.sentences.get(s - 1);
        Places.Match m = Places.at(layout.tokens, layout.tokenAt(prev.start()), layout.tokenAt(prev.end()));
        return m == null || m.region() != null ? null : m.country();
    }

    /**
     * "In addition to its 2,500 AU peacekeepers, Ethiopia keeps ...": "its" in a phrase that opens the sentence is the
     * country the main clause opens with, after the comma.
     */
    private String subjectAfterOpening(int from, int countStart, int noun, int to) {
        List<Token> tokens = layout.tokens;
        if (countStart - 1 <= from || !Set.of("its", "their").contains(tokens.get(countStart - 1).lower())
                || Places.at(tokens, from, to) != null) {
            return null;
        }
        for (int k = from; k < countStart; k++) {
            if (tokens.get(k).is(",")) {
                return null;
            }
        }
        int comma = noun + 1;
        while (comma < to && !tokens.get(comma).is(",")) {
            comma++;
        }
        Places.Match m = comma + 1 < to ? Places.at(tokens, comma + 1, to) : null;
        int verb = m == null ? to : comma + 1 + m.length();
        return m != null && m.region() == null && !ALLIANCES.contains(m.country()) && verb < to
                && tokens.get(verb).isWord() && !tokens.get(verb).isCapitalised() ? m.country() : null;
    }

    /**
     * "Britain is ready to deploy troops to Ukraine ... a force of up to 10,000 British troops could be sent": the host
     * of a count that names none is where an earlier sentence (up to three paragraphs back) sends the same country's
     * troops.
     */
    private String[] earlierDeploymentOf(Span sentence, Set<String> origins) {
        int s = layout.sentenceOf(sentence.start());
        int paragraph = layout.sentenceParagraph[s];
        for (int i = s - 1; i >= Math.max(0, s - LOOK_BACK) && paragraph - layout.sentenceParagraph[i] <= 3; i--) {
            Span prev = layout.sentences.get(i);
            int from = layout.tokenAt(prev.start());
            int to = layout.tokenAt(prev.end());
            boolean sends = false;
            boolean same = false;
            for (int t = from; t < to && !sends; t++) {
                sends = DEPLOY_VERBS.contains(layout.tokens.get(t).lower());
                Places.Match m = Places.at(layout.tokens, t, to);
                // the country must be the subject, named before the verb and after no preposition
                boolean governed = governed(t, from);
                same |= m != null && !governed && origins.contains(m.country());
                if (m != null) {
                    // "South Sudan" holds no "Sudan"
                    t += m.length() - 1;
                }
            }
            if (sends && same) {
                String[] host = host(from, to, origins, false, false);
                if (host != null) {
                    return host;
                }
            }
        }
        return null;
    }

    /**
     * "Germany activated its 45th Armoured Brigade in Lithuania. The brigade's roughly 5,000 soldiers ...": the
     * country an earlier sentence about troops or a unit opens with, up to two sentences back.
     */
    private String earlierTroopCountry(Span sentence) {
        int s = layout.sentenceOf(sentence.start());
        for (int i = s - 1; i >= Math.max(0, s - 2); i--) {
            Span prev = layout.sentences.get(i);
            int from = Math.max(layout.tokenAt(prev.start()), layout.tokenAt(layout.datelineEnd));
            int to = layout.tokenAt(prev.end());
            boolean troops = false;
            for (int t = from; t < to; t++) {
                troops |= isTroopNoun(t) || STRONG_NOUNS.contains(layout.tokens.get(t).lower());
            }
            if (!troops) {
                continue;
            }
            for (int t = from; t < to; t++) {
                Places.Match m = Places.at(layout.tokens, t, to);
                // not "in recent years has meant the Red Sea": a sea sends no one
                if (m != null && m.region() == null && !Lexicon.isArea(m.country())
                        && (!governed(t, from) || troopNounAfter(t + m.length(), to))) {
                    return m.country();
                }
                if (m != null) {
                    t += m.length() - 1;
                }
            }
        }
        return null;
    }

    /** "could send as many as 100,000": a deployment verb just before the count and its qualifier. */
    private boolean deployVerbBefore(int t, int from) {
        return shortlyBefore(DEPLOY_VERBS, t, from);
    }

    /** One of the words stands among the four tokens before {@code t}, from {@code from} on. */
    private boolean shortlyAfter(Set<String> words, int t, int to) {
        for (int k = t; k < Math.min(to, t + 3); k++) {
            if (words.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean shortlyBefore(Set<String> words, int t, int from) {
        for (int k = t - 1; k >= Math.max(from, t - 4); k--) {
            if (words.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "bringing the total number of North Korean troops deployed to Russia to more than 12,000". */
    private boolean totalOf(int t, int from) {
        int k = t - 1;
        while (k >= from && (APPROXIMATELY.contains(layout.tokens.get(k).lower())
                || Set.of("more", "than", "as", "many", "over", "least", "up", "an", "estimated", "fewer", "less",
                        "under").contains(layout.tokens.get(k).lower())
                || (layout.tokens.get(k).lower().equals("at") && layout.tokens.get(k + 1).lower().equals("least")))) {
            k--;
        }
        if (k < from || !TOTAL_VERBS.contains(layout.tokens.get(k).lower())) {
            return false;
        }
        // "Russian military police, numbering around 2,000": the verb itself says it is a total
        boolean total = !Set.of("to", "at").contains(layout.tokens.get(k).lower());
        // "the force had been cut to about 600", "raised its contingent to about 750"
        // but not "would be cut to fewer than 100": a size planned is no deployment yet
        total |= layout.tokens.get(k).lower().equals("to") && changedTo(k, from);
        boolean troops = false;
        for (int j = k - 1; j >= Math.max(from, k - 20); j--) {
            String l = layout.tokens.get(j).lower();
            // "bringing its presence in the Baltic state to more than 1,600", "will take the British contingent to
            // around 1,500"
            total |= Set.of("total", "number", "tally", "strength", "presence", "bringing", "brings", "bring", "take",
                    "takes", "taking").contains(l);
            troops |= isTroopNoun(j) || FORCE_NOUNS.contains(l);
        }
        // "Russia had kept about 7,500 servicemen in Syria. ... the number had dropped to an estimated 4,000"
        troops |= troopsBefore(layout.sentences.get(layout.sentenceOf(layout.tokens.get(from).start())));
        return total && troops;
    }

    /**
     * "cut to", "raised its contingent to" before the "to" at {@code k}; but not "would be cut to fewer than 100": a size
     * planned is no deployment yet.
     */
    private boolean changedTo(int k, int from) {
        for (int v = k - 1; v >= Math.max(from, k - 3); v--) {
            if (CHANGE_VERBS.contains(layout.tokens.get(v).lower())) {
                return !(v - 1 >= from && Set.of("be", "to", "will", "would", "could", "may", "might", "should")
                        .contains(layout.tokens.get(v - 1).lower()));
            }
        }
        return false;
    }

    /**
     * Troops the sentence places without a number, one report per country it names for them: "a rotating Danish
     * contingent", "Dutch and Norwegian soldiers", "a contingent from Denmark", "with France, Canada and New Zealand
     * also sending smaller contingents". Their host is named after or before them, or is that of the troops the same
     * or the previous sentence placed. A question places none: "are there any U.S. ground forces in Venezuela?"
     */
    private List<Found> uncounted(int from, int to, Span sentence, Found recent) {
        List<Token> tokens = layout.tokens;
        List<Found> out = new ArrayList<>();
        boolean cued = unquotedWordIn(DEPLOY_VERBS, from, to) || unquotedWordIn(UNCOUNTED_CUES, from, to);
        if (!(cued || unquotedWordIn(HOLDING, from, to))
                || unquotedWordIn(DOUBT, from, to) || to - 1 > from && layout.tokens.get(to - 1).is("?")) {
            return out;
        }
        for (int t = from; t < to; t++) {
            boolean unit = UNITS.contains(tokens.get(t).lower());
            if (!(isTroopNoun(t) || unit) || layout.inQuote(tokens.get(t).start()) || countedNoun(t, from)
                    || t + 1 < to && CASUALTIES.contains(tokens.get(t + 1).lower())) {
                // "Two North Korean soldiers captured by Ukraine": prisoners, not a deployment
                continue;
            }
            Set<String> holders = holdersOf(t, from);
            if (!cued && holders.isEmpty()) {
                continue;
            }
            Set<String> origins = holders.isEmpty() ? demonymsBefore(t, from) : holders;
            if (origins.isEmpty() && !unquotedWordIn(REMOVING, Math.max(from, t - 4), t)) {
                // not "withdrew its last troops from Chad": the place they left
                origins = countriesFrom(t + 1, to);
                if (origins.isEmpty() && t + 3 < to && tokens.get(t + 1).lower().equals("and")) {
                    // "troops and police from Guatemala, El Salvador and Jamaica"
                    origins = countriesFrom(t + 3, to);
                }
            }
            boolean sending = false;
            if (origins.isEmpty()) {
                origins = sendersOf(t, from, unit);
                sending = !origins.isEmpty();
            }
            if (origins.isEmpty() || (unit && origins.size() == 1 && t + 1 < to && isTroopNoun(t + 1))) {
                continue;
            }
            // "withdraw an army brigade from Romania, prompting questions in the Baltic states": the place a unit
            // leaves is where it was
            boolean leaving = unquotedWordIn(REMOVING, Math.max(from, t - 5), t);
            String[] host = host(t + 1, to, origins, leaving, true);
            boolean after = host != null && host != AT_HOME;
            if (!after) {
                host = host(from, t, origins, false, false);
            }
            if ((host == null || host == AT_HOME) && recent != null && recent.host != null
                    && layout.sentenceOf(sentence.start()) - layout.sentenceOf(recent.latest.start()) <= 1
                    && !origins.contains(recent.host)) {
                host = new String[]{recent.host, recent.region};
            }
            if (host == AT_HOME || (host == null || host[0] == null) && !sending) {
                continue;
            }
            for (String origin : origins) {
                if (host != null && origin.equals(host[0]) || ALLIANCES.contains(origin)) {
                    continue;
                }
                Found f = new Found();
                f.origin = origin;
                // "France and Canada are also sending smaller contingents": where the whole text decides
                f.sent = host == null;
                f.placedAfter = after;
                f.host = host == null ? null : host[0];
                f.region = host == null ? null : host[1];
                f.evidence = sentence;
                f.countAt = tokens.get(t).start();
                f.status = status(sentence, tokens.get(t).start());
                f.claimedBy = claimant(from, to);
                out.add(f);
            }
        }
        return out;
    }

    /** A count stands just before the noun at {@code t}, past its descriptors and owners: the counted path has it. */
    private boolean countedNoun(int t, int from) {
        int k = skipDescriptors(t - 1, from);
        while (k >= from && (Places.at(layout.tokens, k, k + 1) != null || layout.tokens.get(k).is(",")
                || layout.tokens.get(k).lower().equals("and"))) {
            k = skipDescriptors(k - 1, from);
        }
        if (k < from) {
            return false;
        }
        Token tok = layout.tokens.get(k);
        return tok.isNumber() && !tok.lower().endsWith("th") && !tok.lower().endsWith("st")
                && !tok.lower().endsWith("nd") && !tok.lower().endsWith("rd")
                || Lexicon.NUMBER_WORDS.containsKey(tok.lower()) || VAGUE_SIZES.contains(tok.lower())
                || Set.of("several", "few", "dozens", "hundreds", "thousands").contains(tok.lower());
    }

    /**
     * "a rotating Danish contingent", "Dutch and Norwegian soldiers": the countries whose adjectives stand before the
     * noun at {@code t}; none for a country's name ("the Lebanon contingent" serves there) or for troops after "from"
     * or a word of fighting or training ("retake the region from Ukrainian forces", "help it fight Ukrainian forces",
     * "to train Emirati special forces").
     */
    private Set<String> demonymsBefore(int t, int from) {
        int k = skipDescriptors(t - 1, from);
        Set<String> countries = countriesBefore(k, from);
        if (countries.isEmpty()) {
            return countries;
        }
        int start = k;
        while (start - 1 >= from && (Places.at(layout.tokens, start - 1, k + 1) != null
                || layout.tokens.get(start - 1).is(",") || layout.tokens.get(start - 1).lower().equals("and")
                || layout.tokens.get(start - 1).lower().equals("the"))) {
            start--;
        }
        String before = start - 1 >= from ? layout.tokens.get(start - 1).lower() : "";
        if (before.equals("from") || OTHER_SIDE.contains(before) || countries.contains(layout.tokens.get(k).text())) {
            return Set.of();
        }
        return countries;
    }

    /** Back from {@code k} over words that describe troops ("rotating", "airmobile", "smaller"): where they end. */
    private int skipDescriptors(int k, int from) {
        while (k >= from && (FILLERS.contains(layout.tokens.get(k).lower())
                || TROOP_DESCRIPTORS.contains(layout.tokens.get(k).lower()))) {
            k--;
        }
        return k;
    }

    /** The countries of a list ending at token {@code k}: "Estonian, French and Danish", "France and Canada". */
    private Set<String> countriesBefore(int k, int from) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        while (k >= from) {
            int start = -1;
            String country = null;
            for (int p = Math.max(from, k - Lexicon.COUNTRY_MAX_TOKENS + 1); p <= k && country == null; p++) {
                Places.Match m = Places.at(layout.tokens, p, k + 1);
                if (m != null && m.region() == null && p + m.length() == k + 1) {
                    country = m.country();
                    start = p;
                }
            }
            if (country == null) {
                break;
            }
            out.add(country);
            k = start - 1;
            if (k >= from && layout.tokens.get(k).lower().equals("the")) {
                k--;
            }
            if (k < from || !(layout.tokens.get(k).is(",") || layout.tokens.get(k).lower().equals("and"))) {
                break;
            }
            k--;
            if (k >= from && layout.tokens.get(k).is(",")) {
                k--;
            }
        }
        return out;
    }

    /** "a contingent from Denmark", "troops from Belgium, the Netherlands and Luxembourg": the countries, or none. */
    private Set<String> countriesFrom(int t, int to) {
        List<Token> tokens = layout.tokens;
        if (t + 1 >= to || !tokens.get(t).lower().equals("from")) {
            return Set.of();
        }
        int first = t + 1;
        if (first + 1 < to && Set.of("countries", "nations").contains(tokens.get(first).lower())
                && Set.of("including", "like").contains(tokens.get(first + 1).lower())) {
            // "troops from countries including Spain, Sweden and Denmark"
            first += 2;
        }
        int end = first;
        while (end < to && (tokens.get(end).isWord() || tokens.get(end).is(","))
                && !LOC_PREPS.contains(tokens.get(end).lower())
                && !DEPLOY_VERBS.contains(tokens.get(end).lower()) && end - first < 16) {
            end++;
        }
        // every word up to where the phrase ends is one of the countries or what joins them
        LinkedHashSet<String> countries = new LinkedHashSet<>();
        int k = first;
        while (k < end) {
            int item = k;
            if (tokens.get(k).lower().equals("the")) {
                k++;
            }
            Places.Match m = k < end ? Places.at(tokens, k, end) : null;
            if (m == null && tokens.get(item - 1).is(",") && tokens.get(item - 2).isWord() && countries.size() > 1) {
                // "from Guatemala, El Salvador, Jamaica, Belize and the Bahamas, the MSS has ...": the list has ended
                break;
            }
            if (m == null || m.region() != null) {
                return Set.of();
            }
            countries.add(m.country());
            k += m.length();
            if (k < end && tokens.get(k).is(",")) {
                k++;
            }
            if (k < end && tokens.get(k).lower().equals("and")) {
                k++;
            }
        }
        return countries;
    }

    /**
     * "France and Canada are also sending smaller contingents": the countries before a sending verb, or before a verb
     * that pulls out a {@code unit} they had sent.
     */
    private Set<String> sendersOf(int t, int from, boolean unit) {
        for (int v = t - 1; v >= Math.max(from, t - 4); v--) {
            // "said it would withdraw an army brigade from Romania": who pulls a unit out had sent it
            if (!SENDING.contains(layout.tokens.get(v).lower())
                    && !(unit && REMOVING.contains(layout.tokens.get(v).lower()))) {
                continue;
            }
            int k = v - 1;
            while (k >= from && (AUXILIARIES.contains(layout.tokens.get(k).lower())
                    || ALSO.contains(layout.tokens.get(k).lower()))) {
                k--;
            }
            if (k > from && layout.tokens.get(k).lower().equals("it")) {
                // "North Korea confirmed on Monday that it had sent troops": the country the sentence opens with (the
                // sentence starts past any dateline, "SEOUL/MOSCOW, April 28 (Reuters) -")
                int s = layout.tokens.get(from).lower().equals("the") ? from + 1 : from;
                Places.Match subject = Places.at(layout.tokens, s, k);
                if (subject == null && k - 2 >= from
                        && Lexicon.SPEECH_VERBS.contains(layout.tokens.get(k - 1).lower())) {
                    // "weeks after the United States said it would withdraw an army brigade": who said so
                    for (int p = Math.max(from, k - 5); p < k - 1 && subject == null; p++) {
                        Places.Match m = Places.at(layout.tokens, p, k - 1);
                        subject = m != null && p + m.length() == k - 1 ? m : null;
                    }
                }
                return subject == null || subject.region() != null || ALLIANCES.contains(subject.country())
                        ? Set.of()
                        : Set.of(subject.country());
            }
            return countriesBefore(k, from);
        }
        return Set.of();
    }

    /**
     * "Israel has kept troops at five hilltop positions", "Tanzania has kept some of its soldiers in the province",
     * "Russia, which has long kept forces at the Hmeimim air base": the country that holds the troops at {@code t},
     * the subject of a holding verb just before them, past an aside between commas; none if another word stands
     * between ("Russia has accused Ukrainian troops").
     */
    private Set<String> holdersOf(int t, int from) {
        List<Token> tokens = layout.tokens;
        int v = t - 1;
        while (v >= from && HELD_WORDS.contains(tokens.get(v).lower())) {
            v--;
        }
        if (v < from || !HOLDING.contains(tokens.get(v).lower())) {
            return Set.of();
        }
        int k = v - 1;
        while (k >= from && (AUXILIARIES.contains(tokens.get(k).lower()) || ALSO.contains(tokens.get(k).lower())
                || HOLDING_ADVERBS.contains(tokens.get(k).lower()) || tokens.get(k).is(","))) {
            if (tokens.get(k).is(",")) {
                int open = k - 1;
                while (open >= Math.max(from, k - 16) && !tokens.get(open).is(",")) {
                    open--;
                }
                if (open < from || !tokens.get(open).is(",")) {
                    break;
                }
                k = open;
            }
            k--;
        }
        return countriesBefore(k, from);
    }

    private boolean deployVerbFollows(int t, int to) {
        for (int k = t; k < Math.min(to, t + 6); k++) {
            if (DEPLOY_VERBS.contains(layout.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where words before a count can make it a casualty figure: "2,000 North Koreans have been killed and that some
     * 10,000 remain" puts the dead in a clause of their own, and "losses among the roughly 11,000 troops" are losses of
     * the whole counted.
     */
    private int casualtyFrom(int from, int countStart) {
        for (int k = countStart - 1; k >= from; k--) {
            if (layout.tokens.get(k).lower().equals("that") && k > from
                    && layout.tokens.get(k - 1).lower().equals("and")) {
                return k + 1;
            }
            if (layout.tokens.get(k).lower().equals("among")) {
                return k + 1;
            }
        }
        return from;
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
        int source = comeFrom(noun + 1, to);
        if ((noun == countStart || noun + 1 < to && tokens.get(noun + 1).is(",")) && source >= 0 && source + 1 < to) {
            // "including roughly 900 from Britain", "some 400 from the U.S. 2nd Infantry Division", "of whom roughly
            // 750 are from Senegal"
            int at = source + 1 + (tokens.get(source + 1).lower().equals("the") ? 1 : 0);
            Places.Match m = at < to ? Places.at(tokens, at, to) : null;
            int of = at;
            while (m == null && of < Math.min(to, at + 3) && tokens.get(of).isCapitalised()) {
                of++;
            }
            if (m == null && of > at && of + 1 < to && tokens.get(of).lower().equals("of")) {
                // "some 5,500 come from the Armed Forces of the Philippines"
                int place = of + 1 + (tokens.get(of + 1).lower().equals("the") ? 1 : 0);
                m = place < to ? Places.at(tokens, place, to) : null;
            }
            if (m != null && m.region() == null) {
                return new String[]{m.country(), null};
            }
        }
        String part = partCountry(noun, countStart, to);
        if (part != null) {
            return new String[]{part, null};
        }
        String present = presenceOf(countStart, from);
        if (present != null) {
            return new String[]{present, null};
        }
        String relative = relativeClauseCountry(from, countStart);
        if (relative != null) {
            return new String[]{relative, null};
        }
        String best = null;
        int bestEnd = -1;
        String claim = null;
        // the dateline's place is no origin; a headline above it has none
        int dateline = from >= layout.tokenAt(layout.datelineStart) ? layout.tokenAt(layout.datelineEnd) : from;
        for (int p = Math.max(from, dateline); p < countStart; p++) {
            // "Panzer Brigade 45 - also known as the “Lithuania Brigade” - now has around 1,800 soldiers": a name in
            // quotation marks says nothing of whose they are
            boolean quotedName = layout.inQuote(tokens.get(p).start())
                    && !layout.inQuote(tokens.get(countStart).start());
            Places.Match m = quotedName ? null : Places.at(tokens, p, countStart);
            String korea = m == null ? theKorea(p) : null;
            if (korea != null) {
                m = new Places.Match(korea, 1, null);
            }
            String joint = m == null ? jointUnit(p, countStart) : null;
            if (joint != null && !governed(p, from)) {
                best = joint;
            }
            if (m == null) {
                continue;
            }
            if (p > from && tokens.get(p - 1).isCapitalised() && FORCE_NOUNS.contains(tokens.get(p - 1).lower())) {
                // "the force, formally known as Forward Land Forces Finland, could grow to as many as 1,200": the
                // country a force is named after hosts it
                p += m.length() - 1;
                continue;
            }
            if (p > from && GIVEN_TO.contains(tokens.get(p - 1).lower())) {
                // "of the 6,000 engineering personnel Pyongyang promised Moscow, around 1,000 deminers": who is
                // promised troops receives them
                p += m.length() - 1;
                continue;
            }
            if (p > from && OTHER_SIDE.contains(tokens.get(p - 1).lower())) {
                // the enemy ("sent 15,000 troops to help it fight Ukrainian forces, and later dispatched 1,000
                // sappers") or the partner trained ("stationed in Al Ain, the UAE, to train Emirati special forces;
                // the Cheonghae unit, some 300 sailors")
                p += m.length() - 1;
                continue;
            }
            int after = p + m.length();
            int event = after + 1;
            while (event < Math.min(countStart, after + 3) && !EVENTS.contains(tokens.get(event).lower())
                    && tokens.get(event).isWord() && !tokens.get(event).isCapitalised()) {
                event++;
            }
            if (event < countStart && tokens.get(after).isPossessive() && EVENTS.contains(tokens.get(event).lower())
                    && !(event + 1 < countStart && FORCE_NOUNS.contains(tokens.get(event + 1).lower()))) {
                // "Before Russia's full-scale invasion of Ukraine in February 2022 the figure stood at roughly 4,500":
                // a country's act dates the count; not "Russia's invasion force of 150,000"
                p = after;
                continue;
            }
            if (after < countStart && Set.of("territory", "soil").contains(tokens.get(after).lower())) {
                // "to demine Russian territory, as well as 5,000 military builders": a place, not whose they are
                p = after;
                continue;
            }
            // "it took courage for Britain to put around 900 troops on the ground": who does what the infinitive says
            boolean doer = p > from && tokens.get(p - 1).lower().equals("for") && after + 1 < countStart
                    && tokens.get(after).lower().equals("to") && !tokens.get(after + 1).isCapitalised()
                    && Places.at(tokens, after + 1, countStart) == null;
            // "the number of U.S. forces": a place right before the troop noun says whose they are; "training for
            // the Lebanese Armed Forces": a partner's, not the count's
            boolean located = governed(p, from) && !(troopNounAfter(after, countStart) && ownedBy(p, from))
                    && !unitOf(after, countStart) && !doer
                    // "its contingent in UNIFIL, the United Nations peacekeeping mission": the mission's body, where
                    // the contingent serves, not whose it is
                    || wordBeforePlace(p, from).equals(",") && apposedToObject(p, from)
                    // "About 2,500 Russian soldiers will leave Syria, leaving no more than 1,500": a place troops
                    // leave or enter is where they are
                    || p > from && (ENTERING.contains(tokens.get(p - 1).lower())
                            || LEAVING.contains(tokens.get(p - 1).lower()));
            boolean titled = after < countStart && tokens.get(after).isCapitalised()
                    && Lexicon.ROLE_HEADS.contains(tokens.get(after).lower())
                    || titleBeforeName(after, countStart);
            // "Burundi, a Congolese ally, has 10,000 troops": the apposition describes the country before it
            // not "Spain, which leads Sector East with some 650 troops, and Indonesia, the largest contributor with
            // about 1,230": the next item of a list
            boolean listed = p - 1 > from && tokens.get(p - 1).lower().equals("and") && tokens.get(p - 2).is(",");
            boolean apposed = !listed && (bestEnd >= 0 && describes(bestEnd, p)
                    // "Burundi, Congo’s ally, has about 10,000 troops"
                    || bestEnd >= 0 && p == bestEnd + 1 && tokens.get(bestEnd).is(",") && after < countStart
                            && tokens.get(after).isPossessive() && asideEnd(bestEnd, countStart) > after
                    // "Burundi, whose army is fighting alongside Congolese forces, has some 10,000 troops"
                    || bestEnd >= 0 && bestEnd + 1 < p && tokens.get(bestEnd).is(",")
                            && Set.of("whose", "which", "who").contains(tokens.get(bestEnd + 1).lower())
                            && lastComma(after - 1, countStart) >= after);
            // "Mississippi had agreed to send roughly 150 Guard members": a state sends its country's Guard
            // "West Virginia has the largest out-of-state contingent, with about 400 troops" in a story of the Guard;
            // not "Louisiana National Guard soldiers", which name their own count
            boolean state = m.region() != null && (guardNoun(countStart, noun)
                    || guardStory() && !(after < countStart && tokens.get(after).isCapitalised()));
            // "patrolling the French Quarter": a demonym that starts a proper name is no country
            Token next = after < countStart ? tokens.get(after) : null;
            if (next != null && next.isCapitalised() && !Lexicon.ROLE_WORDS.contains(next.lower())
                    && !Lexicon.ORG_OR_PLACE_WORDS.contains(next.lower()) && !isTroopNoun(after)
                    && Places.at(tokens, after, countStart) == null && !Lexicon.NOT_NAME.contains(next.lower())
                    && Lexicon.COUNTRY.containsKey(tokens.get(p).lower()) && !tokens.get(p).lower().equals(
                            m.country().toLowerCase(Locale.ROOT))) {
                p = after - 1;
                continue;
            }
            if ((m.region() == null || state) && !located && !titled && !apposed && !hostsWithin(after, countStart)) {
                // "Ukraine's President Volodymyr Zelensky has said that 11,000 of them", "South Korea's National
                // Intelligence Service (NIS) said ..., putting the size of the new contingent at 1,000": the title and
                // name of a person or body come between the country and its verb
                boolean office = after + 1 < countStart && tokens.get(after).isPossessive()
                        && (tokens.get(after + 1).isCapitalised()
                                || Lexicon.ROLE_HEADS.contains(tokens.get(after + 1).lower()));
                int verb = claimVerbAt(after, Math.min(countStart, after + (office ? 8 : 4)));
                if (verb < 0 && after < countStart && REPORTERS.contains(tokens.get(after).lower())) {
                    // "South Korean media, citing unnamed government officials, have described the possible
                    // reinforcement as ... 4,000": those who report, however far their verb
                    verb = after;
                }
                // "Poland said it would ...", "Poland responded by announcing it would deploy an additional 4,000",
                // "Britain's Ministry of Defence said separately that it would send about 100": the claimant sends
                boolean itself = false;
                for (int v = verb + 1; verb >= 0 && v + 1 < countStart && v <= verb + 4 && !itself; v++) {
                    itself = Set.of("it", "its", "they").contains(tokens.get(v).lower());
                }
                if (verb >= 0 && !itself) {
                    // "Ukrainian officials said 1,200 soldiers ...": the country may only be the claimant
                    claim = m.country();
                } else {
                    best = m.country();
                    bestEnd = after;
                }
            }
            p = after - 1;
        }
        // "considering withdrawing about 4,500 troops from South Korea": the place they leave, not whose they are
        boolean removed = noun + 1 < to && tokens.get(noun + 1).lower().equals("from")
                && withdrawnBefore(countStart, from);
        // "about 4,000 of them going to Guam": a pronoun is the whole the count is part of; the place is where they go
        boolean partitive = noun + 2 < to && tokens.get(noun + 1).lower().equals("of")
                && Set.of("them", "whom", "those").contains(tokens.get(noun + 2).lower());
        if (best == null && noun + 2 < to && !removed && !partitive
                && (tokens.get(noun + 1).lower().equals("from") || tokens.get(noun + 1).lower().equals("of"))) {
            // "troops from North Korea", "soldiers of the new Czech contingent", "soldiers of the U.S. Army": a
            // country written in capitals starts the name too
            int k = noun + 2;
            while (k < to && k < noun + 5 && !Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                k++;
            }
            Places.Match m = k < to ? Places.at(tokens, k, to) : null;
            // "soldiers from the West Virginia National Guard": a state's Guard is its country's
            // "from the Iowa Army National Guard's 1st Battalion": the Army or Air Guard too
            int service = m == null ? k : k + m.length();
            if (service < to && Set.of("Army", "Air").contains(tokens.get(service).text())) {
                service++;
            }
            boolean stateGuard = m != null && m.region() != null && service + 1 < to
                    && tokens.get(service).text().equals("National")
                    && tokens.get(service + 1).text().equals("Guard");
            // "soldiers of a new U.N.-backed force": a body that backs a force sends none of it
            int after = m == null ? k : k + m.length();
            boolean backing = after + 1 < to && tokens.get(after).is("-")
                    && BACKING.contains(tokens.get(after + 1).lower());
            if (m != null && (m.region() == null || stateGuard) && !backing
                    && !(after < to && GROUP_NOUNS.contains(tokens.get(after).lower()))) {
                best = m.country();
            }
        }
        if (best == null) {
            best = homeRegion(noun + 1, from, to);
        }
        if (best == null) {
            best = speakersGovernment(from, countStart);
        }
        return new String[]{best, claim};
    }

    /** The region within a country the sentence before names last, as {country, region}; or null. */
    private String[] earlierRegion(Span sentence) {
        int here = layout.sentenceOf(sentence.start());
        if (here == 0) {
            return null;
        }
        Span prev = layout.sentences.get(here - 1);
        String[] last = null;
        for (int t = layout.tokenAt(prev.start()); t < layout.tokenAt(prev.end()); t++) {
            Places.Match m = Places.at(layout.tokens, t, layout.tokenAt(prev.end()));
            if (m != null && m.region() != null) {
                last = new String[]{m.country(), m.region()};
            }
            t += m == null ? 0 : m.length() - 1;
        }
        return last;
    }

    /**
     * "bringing the total number of U.S. troops in the Middle East to about 40,000", "a buildup in the Caribbean that
     * already numbers roughly 10,000 troops": the place of the whole a total sizes, named between the word for the whole
     * and the count; or null.
     */
    private String[] totalPlace(int from, int countStart, Set<String> origins, Span sentence) {
        int verb = beforeQualifier(countStart, from);
        while (verb - 1 >= from && Set.of("than", "to").contains(layout.tokens.get(verb).lower())
                && Set.of("more", "fewer", "less", "up").contains(layout.tokens.get(verb - 1).lower())) {
            verb -= 2;
        }
        if (verb < from || !Set.of("to", "at", "numbers", "totals", "reached", "reaching", "\u2014", "\u2013")
                .contains(layout.tokens.get(verb).lower())) {
            // not "around 40,000 troops across the Middle East, including some 2,500 in Iraq": a part, not the total
            return null;
        }
        for (int j = countStart - 1; j >= Math.max(from, countStart - 16); j--) {
            if (!TOTAL_NOUNS.contains(layout.tokens.get(j).lower())) {
                continue;
            }
            String[] place = host(j + 1, countStart, origins, false, false);
            if (place == null && phraseIn(j + 1, countStart, THE_REGION)) {
                place = earlierArea(sentence);
            }
            return place == AT_HOME ? null : place;
        }
        return null;
    }

    /**
     * "Russian Security Council Secretary Sergei Shoigu": capitalised words from {@code k} that name a body and a title
     * up to a person's name; not "Venezuelan Defense Minister Vladimir Padrino López", who speaks for his country's
     * troops.
     */
    private boolean titleBeforeName(int k, int limit) {
        boolean body = false;
        for (int j = k; j < Math.min(limit, k + 5) && layout.tokens.get(j).isCapitalised(); j++) {
            if (j > k && body && attributor.mentionStartingAt(j) != null) {
                return true;
            }
            body |= Lexicon.ORG_OR_PLACE_WORDS.contains(layout.tokens.get(j).lower());
        }
        return false;
    }

    /**
     * "Burundi, a Congolese ally,", "Spain, the other main European contributor": an apposition of plain words after
     * the comma at {@code comma} that describes the country before it, up to the place at {@code p}.
     */
    private boolean describes(int comma, int p) {
        List<Token> tokens = layout.tokens;
        if (!tokens.get(comma).is(",") || p - comma < 2 || p - comma > 6
                || !Set.of("a", "an", "the").contains(tokens.get(comma + 1).lower())) {
            return false;
        }
        for (int k = comma + 2; k < p; k++) {
            if (!tokens.get(k).isWord() || Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Mexican President Claudia Sheinbaum said her government had moved 10,000 members of the National Guard": the
     * country in the title of the one whose government the clause names.
     */
    private String speakersGovernment(int from, int countStart) {
        List<Token> tokens = layout.tokens;
        for (int k = from; k + 1 < countStart; k++) {
            if (!(tokens.get(k).lower().equals("his") || tokens.get(k).lower().equals("her"))
                    || !GOVERNMENTS.contains(tokens.get(k + 1).lower())) {
                continue;
            }
            for (int p = from; p < k; p++) {
                Places.Match m = Places.at(tokens, p, k);
                if (m != null && m.region() == null && p + m.length() < k
                        && Lexicon.ROLE_HEADS.contains(tokens.get(p + m.length()).lower())) {
                    return m.country();
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "on top of a U.S. rotational presence of about 1,000 soldiers": the country whose presence or contingent the
     * count sizes, however the sentence is governed; or null.
     */
    private String presenceOf(int countStart, int from) {
        List<Token> tokens = layout.tokens;
        int k = beforeQualifier(countStart, from);
        if (k - 2 < from || !tokens.get(k).lower().equals("of")
                || !Set.of("presence", "contingent", "deployment", "garrison").contains(tokens.get(k - 1).lower())) {
            return null;
        }
        int end = k - 1;
        while (end - 1 >= from && end > k - 4 && tokens.get(end - 1).isWord() && !tokens.get(end - 1).isCapitalised()
                && Places.at(tokens, end - 1, end) == null) {
            end--;
        }
        for (int p = Math.max(from, end - Lexicon.COUNTRY_MAX_TOKENS); p < end; p++) {
            Places.Match m = Places.at(tokens, p, end);
            // not "In Gabon a contingent of 350": the place it serves in
            boolean placed = p > from && LOC_PREPS.contains(tokens.get(p - 1).lower());
            if (m != null && p + m.length() == end && m.region() == null && !ALLIANCES.contains(m.country())
                    && !placed) {
                return m.country();
            }
        }
        return null;
    }

    /**
     * "around 700 of them are German", "Roughly 250 of the soldiers are Guatemalan and nearly 150 are Salvadoran": a
     * bare count of the troops just named, and whose they are.
     */
    private String partCountry(int noun, int countStart, int to) {
        int k = afterPart(countStart + 1, to);
        if (noun != countStart && k != noun + 1 || k >= to) {
            return null;
        }
        boolean verb = Set.of("are", "were").contains(layout.tokens.get(k).lower());
        Places.Match m = Places.at(layout.tokens, verb ? k + 1 : k, to);
        if (m == null || m.region() != null || ALLIANCES.contains(m.country())) {
            return null;
        }
        // "roughly 1,600 troops, about 900 of them German": without a verb the nationality must close the phrase
        int end = k + m.length();
        return verb || k > countStart + 1 && (end >= to || !layout.tokens.get(end).isWord()) ? m.country() : null;
    }

    /**
     * "800 service members of Panzergrenadierbataillon 122 from Oberviechtach, Bavaria": troops from a region of a
     * country (a town the lexicon does not know may stand before it) are that country's, unless they are leaving it.
     */
    private String homeRegion(int t, int from, int to) {
        List<Token> tokens = layout.tokens;
        Span sentence = layout.sentences.get(layout.sentenceOf(tokens.get(from).start()));
        for (int k = t; k + 1 < Math.min(to, t + 10); k++) {
            // "600 soldiers from a Patriot air defense battalion out of Fort Bliss, Texas": the unit's home
            boolean outOf = tokens.get(k).lower().equals("out") && tokens.get(k + 1).lower().equals("of");
            if (!(tokens.get(k).lower().equals("from") && k < t + 6 || outOf)) {
                continue;
            }
            int m = k + (outOf ? 2 : 1);
            // "from Oberviechtach, Bavaria", "out of Fort Bliss, Texas": a town the lexicon does not know, then where
            int name = m;
            while (name < Math.min(to, m + 3) && tokens.get(name).isCapitalised() && Places.at(tokens, m, to) == null) {
                name++;
            }
            if (name > m && name + 1 < to && tokens.get(name).is(",")) {
                m = name + 1;
            }
            Places.Match p = Places.at(tokens, m, to);
            if (p != null && p.region() != null
                    && status(sentence, tokens.get(t).start()) != DeploymentStatus.WITHDRAWN) {
                return p.country();
            }
            if (outOf || !Set.of("a", "an").contains(tokens.get(m).lower())) {
                return null;
            }
        }
        return null;
    }

    /** "A Dutch-German tank battalion": two demonyms joined by a hyphen right before a unit or troop noun. */
    private String jointUnit(int t, int limit) {
        String[] parts = layout.tokens.get(t).lower().split("-", -1);
        if (parts.length != 2) {
            return null;
        }
        String first = Lexicon.COUNTRY.get(parts[0]);
        String second = Lexicon.COUNTRY.get(parts[1]);
        if (first == null || second == null || first.equals(second)) {
            return null;
        }
        for (int k = t + 1; k < Math.min(limit, t + 4); k++) {
            if (isTroopNoun(k) || STRONG_NOUNS.contains(layout.tokens.get(k).lower())) {
                return first + " and " + second;
            }
        }
        return null;
    }

    /**
     * A force that names its country: "the 82nd Airborne", "Marines" (capitalised, not "Royal Marines"), "Marine Corps",
     * "Bundeswehr", "IDF", "PLA" or "People's Liberation Army", "KPA" or "Korean People's Army", "RAF", Japan's
     * "Self-Defense Force", "UPDF", "CAF", a "Brigade Combat Team".
     */
    private String serviceCountry(int from, int to) {
        List<Token> tokens = layout.tokens;
        for (int t = from; t < to; t++) {
            Token tok = tokens.get(t);
            String before = t > from ? tokens.get(t - 1).lower() : "";
            String service = switch (tok.text()) {
                case "Bundeswehr" -> "Germany";
                case "IDF" -> "Israel";
                case "PLA" -> "China";
                case "KPA" -> "North Korea";
                case "Army" -> layout.text.substring(Math.max(0, tok.start() - 16), tok.start())
                        .toLowerCase(Locale.ROOT).startsWith("korean people") ? "North Korea" : null;
                case "Liberation" -> layout.text.substring(Math.max(0, tok.start() - 10), tok.start())
                        .toLowerCase(Locale.ROOT).contains("people") ? "China" : null;
                case "Tatmadaw" -> "Myanmar";
                case "Frontier" -> t + 1 < to && tokens.get(t + 1).text().equals("Corps") ? "Pakistan" : null;
                case "RAF" -> "United Kingdom";
                case "Airborne" -> Set.of("82nd", "101st", "173rd", "11th").contains(before) ? "United States" : null;
                case "Marines" -> before.equals("royal") ? "United Kingdom" : "United States";
                case "Corps" -> before.equals("marine") ? "United States" : null;
                case "Combat" -> americanBrigade(t, from, to) ? "United States" : null;
                case "ABCT", "IBCT", "SBCT" -> "United States";
                // Syria's Kurdish-led SDF shares the letters of Japan's Self-Defense Forces
                case "SDF" -> countryMentions().containsKey("Japan") ? "Japan" : null;
                case "GSDF", "MSDF", "ASDF", "JSDF", "Self-Defense", "Self-Defence" -> "Japan";
                case "CAF" -> "Canada";
                case "UPDF" -> "Uganda";
                case "PNGDF" -> "Papua New Guinea";
                case "ENDF" -> "Ethiopia";
                case "SSPDF" -> "South Sudan";
                case "RDF" -> "Rwanda";
                case "NZDF" -> "New Zealand";
                case "ADF" -> "Australia";
                case "TPDF" -> "Tanzania";
                case "KDF" -> "Kenya";
                case "SANDF" -> "South Africa";
                case "FARDC" -> "Democratic Republic of the Congo";
                case "Defense", "Defence" -> before.equals("self-") || before.equals("-") && t >= from + 2
                        && tokens.get(t - 2).text().equals("Self") ? "Japan" : null;
                default -> null;
            };
            if (service != null) {
                return service;
            }
        }
        return null;
    }

    /**
     * "the 1st Armored Brigade Combat Team", "2nd Brigade Combat Team" around "Combat" at {@code t}: the US Army's;
     * Britain's are "4th Light" or "16 Air Assault".
     */
    private boolean americanBrigade(int t, int from, int to) {
        List<Token> tokens = layout.tokens;
        if (t - 2 < from || t + 1 >= to || !tokens.get(t - 1).text().equals("Brigade")
                || !tokens.get(t + 1).text().equals("Team")) {
            return false;
        }
        String kind = tokens.get(t - 2).lower();
        return Set.of("armored", "stryker", "infantry").contains(kind) || kind.matches("\\d+(st|nd|rd|th)");
    }

    /** A troop noun at {@code t}, after words such as "special" or "ground". */
    private boolean troopNounAfter(int t, int limit) {
        int k = t;
        while (k < limit && !isTroopNoun(k) && FILLERS.contains(layout.tokens.get(k).lower())) {
            k++;
        }
        return k < limit && isTroopNoun(k);
    }

    /** "and 900 in Syria", ", including roughly 900 from Britain": a count continuing a list. */
    private boolean listedAfter(int t, int from) {
        int k = t - 1;
        while (k >= from && (APPROXIMATELY.contains(layout.tokens.get(k).lower())
                || layout.tokens.get(k).lower().equals("over"))) {
            k--;
        }
        if (k < from) {
            return false;
        }
        String l = layout.tokens.get(k).lower();
        return l.equals("and") || l.equals(",") || l.equals("including") || l.equals("but");
    }

    /** The country of a claimant named after the count ("..., the German defence ministry said"), or null. */
    private String claimantCountryAfter(int from, int to) {
        for (int p = from; p < to; p++) {
            Places.Match m = Places.at(layout.tokens, p, to);
            // "deployed in south Lebanon, top sources said": where they are, not who says so
            boolean compass = p - 2 >= from && COMPASS.contains(layout.tokens.get(p - 1).lower())
                    && PREPOSITIONS.contains(layout.tokens.get(p - 2).lower());
            if (m == null || m.region() != null || Lexicon.isArea(m.country()) || governed(p, from) || compass) {
                continue;
            }
            int after = p + m.length();
            // "U.S. Army Europe and Africa announced": the country whose command the name goes on to give
            while (after < to && after < p + m.length() + 6 && (layout.tokens.get(after).isCapitalised()
                    || layout.tokens.get(after).lower().equals("and"))) {
                after++;
            }
            if (claimVerbAt(p + m.length(), Math.min(to, after + 4)) >= 0) {
                return m.country();
            }
        }
        return null;
    }

    /** A preposition governs the place at {@code t}: "in northern Syria", "to the Baltic states". */
    private boolean governed(int t, int from) {
        // "pulled its forces out of Mali, Burkina Faso, Niger and Ivory Coast": every item of the list, up to a bound
        for (int items = 0; items < 30; items++) {
            String before = wordBeforePlace(t, from);
            Places.Match here = Places.at(layout.tokens, t, layout.tokens.size());
            int after = here == null ? t + 1 : t + here.length();
            // a comma opens a list item only when another item follows: "In Syria, the United States has" is not one
            boolean listed = before.equals("and") || before.equals(",") && after < layout.tokens.size()
                    && (layout.tokens.get(after).is(",") || layout.tokens.get(after).lower().equals("and"));
            if (!listed || t - 2 < from) {
                return PREPOSITIONS.contains(before) || before.equals(",") && apposedToObject(t, from);
            }
            int k = t - 1;
            while (k > from && !layout.tokens.get(k).is(",") && !layout.tokens.get(k).lower().equals("and")) {
                k--;
            }
            int item = k - 1;
            while (item >= from && item > k - 4 && Places.at(layout.tokens, item, k) == null) {
                item--;
            }
            Places.Match previous = item >= from ? Places.at(layout.tokens, item, k) : null;
            if (previous == null || item + previous.length() != k) {
                return false;
            }
            t = item;
        }
        return false;
    }

    /** The word before the place at {@code t}, past its modifiers ("in southern", "of the"); "" at the start. */
    /**
     * "its contingent in UNIFIL, the United Nations peacekeeping mission": a place in an apposition to the name a
     * preposition governs is governed too.
     */
    private boolean apposedToObject(int t, int from) {
        List<Token> tokens = layout.tokens;
        int comma = t - 1;
        while (comma > from && PLACE_MODIFIERS.contains(tokens.get(comma).lower())) {
            comma--;
        }
        if (comma <= from || !tokens.get(comma).is(",") || !tokens.get(comma + 1).lower().equals("the")) {
            return false;
        }
        int name = comma - 1;
        while (name > from && name > comma - 4 && Character.isUpperCase(tokens.get(name - 1).text().charAt(0))) {
            name--;
        }
        // not "by the end of April, the Pentagon's top spokesman said": a date, and a subject that goes on to its verb
        if (!Character.isUpperCase(tokens.get(name).text().charAt(0))
                || MONTHS_AND_DAYS.contains(tokens.get(comma - 1).lower())
                || tokens.get(t).isPossessive() || t + 1 < tokens.size() && tokens.get(t + 1).isPossessive()) {
            return false;
        }
        boolean closed = false;
        for (int k = t + 1; k < Math.min(tokens.size(), t + 9) && !closed; k++) {
            closed = tokens.get(k).is(",");
        }
        return closed && PREPOSITIONS.contains(wordBeforePlace(name, from));
    }

    private String wordBeforePlace(int t, int from) {
        int k = t - 1;
        // "across western and northeastern Poland": two modifiers joined are one
        while (k >= from && (PLACE_MODIFIERS.contains(layout.tokens.get(k).lower())
                || k > from && k + 1 < t && layout.tokens.get(k).lower().equals("and")
                        && PLACE_MODIFIERS.contains(layout.tokens.get(k - 1).lower())
                        && PLACE_MODIFIERS.contains(layout.tokens.get(k + 1).lower()))) {
            k--;
        }
        return k >= from ? layout.tokens.get(k).lower() : "";
    }

    /** "a Dutch company of some 150": a unit, "of" and only a qualifier between {@code after} and the count. */
    private boolean unitOf(int after, int countStart) {
        List<Token> tokens = layout.tokens;
        if (after + 1 >= countStart || !(UNIT_NOUNS.contains(tokens.get(after).lower())
                || STRONG_NOUNS.contains(tokens.get(after).lower()))
                || !tokens.get(after + 1).lower().equals("of")) {
            return false;
        }
        for (int k = after + 2; k < countStart; k++) {
            if (!LIST_GLUE.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A preposition of place governs the place at {@code t}: "in south Lebanon", not "led by Canada". */
    private boolean locatedAt(int t, int from) {
        return AT_PLACE.contains(wordBeforePlace(t, from));
    }

    /** The preposition that governs the place at {@code t} makes its troops the count's: "of", not "for" or "with". */
    private boolean ownedBy(int t, int from) {
        return wordBeforePlace(t, from).equals("of");
    }

    /** "led by Canada, which has pledged to raise its own deployment to 2,200": the country the clause is about. */
    private String relativeClauseCountry(int from, int countStart) {
        List<Token> tokens = layout.tokens;
        for (int k = countStart - 1; k >= from + 2 && countStart - k < 16; k--) {
            String l = tokens.get(k).lower();
            if ((l.equals("which") || l.equals("who") || l.equals("whose") && beforeQualifier(countStart, from) == k)
                    && tokens.get(k - 1).is(",")) {
                // "the Italian contingent, which numbers some 1,100": the body's country, as for a country itself;
                // "France, whose roughly 1,500 soldiers left Niger"
                int end = k - 1;
                if (end - 1 >= from && MISSION_NOUNS.contains(tokens.get(end - 1).lower())
                        || end - 1 >= from && tokens.get(end - 1).lower().equals("contingent")) {
                    end--;
                }
                for (int p = Math.max(from, end - Lexicon.COUNTRY_MAX_TOKENS); p < end; p++) {
                    Places.Match m = Places.at(tokens, p, end);
                    // "with UNIFIL in south Lebanon, which numbers 198 personnel": the place troops are in
                    if (m != null && m.region() == null && p + m.length() == end && !locatedAt(p, from)) {
                        return hostsWithin(k + 1, countStart) ? null : m.country();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "Romania will host up to 10,000", "Poland, which hosts about 10,000": the place is the host. */
    private boolean hostsWithin(int from, int countStart) {
        int seen = 0;
        for (int k = from; k < countStart && seen < 5; k++) {
            // "home to about 10,000", not "brought home its last troops"
            boolean home = layout.tokens.get(k).lower().equals("home");
            if (HOSTING.contains(layout.tokens.get(k).lower()) && (!home
                    || k + 1 < countStart && layout.tokens.get(k + 1).lower().equals("to"))) {
                return true;
            }
            int close = layout.tokens.get(k).is(",") ? asideEnd(k, countStart) : -1;
            // "the Djibouti base, opened in 2017, houses": the aside does not count
            k = close > 0 ? close : k;
            seen++;
        }
        return false;
    }

    /** The comma that closes an aside opened by the comma at {@code k}, within a few words; or -1. */
    private int asideEnd(int k, int limit) {
        for (int j = k + 1; j < Math.min(limit, k + 12); j++) {
            if (layout.tokens.get(j).is(",")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The place that hosts the troops counted at {@code countStart}, named before it, or null; the nearest one ("left
     * Chad in January, and its base in Dakar, home to about 350", not Chad).
     */
    private String[] hostingPlace(int from, int countStart, Set<String> origins) {
        String[] nearest = null;
        // "Al Udeid Air Base in Qatar hosts about 10,000, while more than 8,000 are stationed in Bahrain"
        for (int k = from; k < countStart; k++) {
            if (Set.of("while", "whereas", ";").contains(layout.tokens.get(k).lower())) {
                from = k + 1;
            }
        }
        for (int p = from; p < countStart; p++) {
            Places.Match m = Places.at(layout.tokens, p, countStart);
            // "Okinawa prefecture, which already hosts roughly 18,000 U.S. Marines"
            int after = p + (m == null ? 0 : m.length());
            if (m != null && m.region() != null && after < countStart
                    && REGION_WORDS.contains(layout.tokens.get(after).lower())) {
                after++;
            }
            // not "Romania, which shares a 650-kilometre border with Ukraine, also hosts around 1,000 US troops"
            boolean object = p > from && Set.of("with", "from", "against", "near", "to")
                    .contains(layout.tokens.get(p - 1).lower());
            if (m != null && !object && !origins.contains(m.country()) && hostsWithin(after, countStart)) {
                nearest = new String[]{m.country(), m.region()};
            }
            if (m != null) {
                p += m.length() - 1;
            }
        }
        return nearest;
    }

    /** The first claim verb in tokens [from, to), not one qualifying a number ("an estimated 10,000"); or -1. */
    private int claimVerbAt(int from, int to) {
        for (int k = from; k < to; k++) {
            String l = layout.tokens.get(k).lower();
            // "an estimated 4,000", "Lebanon's army says 10,000 troops": whose they are; but "Ukraine's leader
            // said 11,000 of them": a claim about troops counted before
            boolean qualifier = k + 1 < layout.tokens.size() && layout.tokens.get(k + 1).isNumber()
                    && !(Lexicon.SPEECH_VERBS.contains(l) && k + 3 < layout.tokens.size()
                            && layout.tokens.get(k + 2).lower().equals("of")
                            && Set.of("them", "those").contains(layout.tokens.get(k + 3).lower()))
                    // "Russia is estimated to have some 4,000 troops": the subject has them, whoever estimates
                    || k > from && Set.of("is", "are", "was", "were").contains(layout.tokens.get(k - 1).lower())
                    // "Denmark has added roughly 200 troops": troops added, not words
                    || Set.of("add", "adds", "added", "adding").contains(l) && countFollows(k + 1);
            // "Norway promised “a few hundred” extra soldiers": who pledges troops sends them
            if ((Lexicon.SPEECH_VERBS.contains(l) || CLAIM_VERBS.contains(l)) && !qualifier && !PLEDGING.contains(l)) {
                return k;
            }
        }
        return -1;
    }

    /** "Staff Sergeant Tobias Reimer, 29, who arrived in Lithuania in April": a person's age between commas. */
    private boolean age(Count c, int from, int to) {
        List<Token> tokens = layout.tokens;
        if (c.value() == null || c.value() < 16 || c.value() > 99 || c.start() - 2 < from || c.end() >= to
                || !tokens.get(c.start() - 1).is(",") || !tokens.get(c.end()).is(",")) {
            return false;
        }
        Token name = tokens.get(c.start() - 2);
        return name.isCapitalised() && Places.at(tokens, c.start() - 2, c.start() - 1) == null
                && !Lexicon.NOT_NAME.contains(name.lower());
    }

    /** A count starts at token {@code k}, past the words that qualify it: "roughly 200". */
    private boolean countFollows(int k) {
        List<Token> tokens = layout.tokens;
        while (k < tokens.size() && (APPROXIMATELY.contains(tokens.get(k).lower())
                || Set.of("over", "another", "an", "additional", "more", "than").contains(tokens.get(k).lower()))) {
            k++;
        }
        return k < tokens.size()
                && (tokens.get(k).isNumber() || Lexicon.NUMBER_WORDS.containsKey(tokens.get(k).lower()));
    }

    /**
     * The place after preposition {@code k} is where a source or a staff sits, not where troops are: "the Defense
     * Ministry in Tokyo said", "according to diplomats in New York", "told reporters in Warsaw", "its embassy in
     * Manila", "commanded from a headquarters in Larissa, Greece".
     */
    private boolean sourcePlace(int k) {
        return k > 0 && SOURCE_NOUNS.contains(layout.tokens.get(k - 1).lower());
    }

    /**
     * The preposition at {@code k} places the speaking: "said in Moscow", "told reporters following talks in
     * Pyongyang", "told a news conference in Riga".
     */
    private boolean whereSaid(int k, int from) {
        for (int v = k - 1; v >= from; v--) {
            String l = layout.tokens.get(v).lower();
            if (Lexicon.SPEECH_VERBS.contains(l)) {
                return !layout.inQuote(layout.tokens.get(v).start());
            }
            if (!SPEAKING_SCENE.contains(l)) {
                return false;
            }
        }
        return false;
    }

    /** A meeting named shortly before the "in" at {@code k}, with no troops or deploying between them. */
    private boolean venue(int k, int from) {
        int meeting = k - 1;
        while (meeting >= Math.max(from, k - 10) && !VENUES.contains(layout.tokens.get(meeting).lower())) {
            meeting--;
        }
        if (meeting < Math.max(from, k - 10)) {
            return false;
        }
        for (int v = meeting + 1; v < k; v++) {
            if (isTroopNoun(v) || DEPLOY_VERBS.contains(layout.tokens.get(v).lower()) || layout.tokens.get(v).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** The host country and region named after a preposition of place within tokens [from, to). */
    private String[] host(int from, int to, Set<String> origins, boolean leaving, boolean afterNoun) {
        List<Token> tokens = layout.tokens;
        boolean home = false;
        String[] ownPlace = null;
        String[] basePlace = null;
        for (int k = from; k < to; k++) {
            String prep = tokens.get(k).lower();
            // "from" names the host only for troops leaving it; otherwise it is where they come from
            // "left Okinawa for Guam", "bound for Kuwait"
            boolean destination = prep.equals("for") && departedBefore(k, from);
            if (prep.equals("out") && k + 1 < to && tokens.get(k + 1).lower().equals("of")) {
                // "pulled its contingent of around 75 out of Chad": like "from", for troops leaving
                k++;
                prep = "from";
            }
            // "the last batch of about 25 soldiers left Male": the place troops leave, for a withdrawal
            boolean left = leaving && prep.equals("left");
            // "at the Bulboaca training area east of Chisinau"
            boolean bearing = prep.equals("of") && k > from && COMPASS.contains(tokens.get(k - 1).lower());
            if (!(LOC_PREPS.contains(prep) || ENTERING.contains(prep) || destination || left || bearing)
                    || (prep.equals("from") && !leaving)
                    || sourcePlace(k)
                    // "adopted under pressure from the United States": who urges, not a place troops leave
                    || prep.equals("from") && k > from && URGING.contains(tokens.get(k - 1).lower())) {
                continue;
            }
            if (prep.equals("in") && k > from && SUPERLATIVES.contains(tokens.get(k - 1).lower())) {
                // "around 35,000 troops, the largest in Europe": the field compared, not where they are
                continue;
            }
            if (prep.equals("through") && route(k + 1, to)) {
                // "projected from France by road and rail through Germany, Austria and Hungary": a route, not a host
                continue;
            }
            if (homeBase(k, from)) {
                // "400 Marines from the 3rd Marine Littoral Regiment, which is based in Hawaii": the unit's home
                continue;
            }
            if (prep.equals("in") && venue(k, from)) {
                // "a meeting of defence chiefs from the so-called coalition of the willing in Paris": where they meet
                continue;
            }
            if (afterNoun && whereSaid(k, from)) {
                // "5,000 military builders, Shoigu told reporters following talks in Pyongyang": where it was said
                continue;
            }
            int m = k + 1;
            // "in the Central African Republic": a modifier that starts a place's name is part of it
            while (m < to && PLACE_MODIFIERS.contains(tokens.get(m).lower()) && Places.at(tokens, m, to) == null) {
                m++;
            }
            if (m + 1 < to && COMPASS.contains(tokens.get(m).text()) && Places.at(tokens, m + 1, to) != null) {
                // "deployed in south Lebanon", as Indian papers write it
                m++;
            }
            if (m + 2 < to && COMPASS.contains(tokens.get(m).lower()) && tokens.get(m).isCapitalised()
                    && tokens.get(m + 1).lower().equals("and") && COMPASS.contains(tokens.get(m + 2).lower())) {
                // "in North and South Kivu": the second of the pair names the place
                m += 2;
            }
            if (m + 3 < to
                    && Set.of("port", "border", "coastal", "breakaway", "garrison", "frontier", "southern", "northern",
                            "eastern", "western").contains(tokens.get(m).lower())
                    && Set.of("city", "town", "region", "province").contains(tokens.get(m + 1).lower())
                    && tokens.get(m + 2).lower().equals("of")) {
                // "to the port city of Vladivostok"
                m++;
            }
            if (m + 2 < to
                    && Set.of("region", "province", "district", "oblast", "state", "city", "town", "port", "village",
                            "island", "capital", "states", "provinces", "regions").contains(tokens.get(m).lower())
                    && tokens.get(m + 1).lower().equals("of") && Places.at(tokens, m, to) == null) {
                // "in the neighbouring province of South Kivu", "to reinforce the states of Zulia and Táchira"; not
                // "near Port of Spain", a capital's name
                m += 2;
            }
            Places.Match owner = m < to ? Places.at(tokens, m, to) : null;
            int territory = owner == null ? m : m + owner.length();
            while (territory < to && (tokens.get(territory).isCapitalised()
                    || tokens.get(territory).lower().equals("overseas"))) {
                territory++;
            }
            if (owner != null && territory + 2 < to && tokens.get(territory).lower().startsWith("territor")
                    && tokens.get(territory + 1).lower().equals("of")
                    && Places.at(tokens, territory + 2, to) != null) {
                // "relocated to the U.S. territory of Guam", "the French overseas territory of New Caledonia": the
                // territory is the place, not the country that owns it
                m = territory + 2;
            }
            if (m >= to) {
                break;
            }
            if (ownRegion(k + 1, m, to)) {
                // "Cameroon, which has about 2,500 troops in its Far North region": a region of their own country
                home |= afterNoun && origins.size() == 1;
                continue;
            }
            Places.Match here = destination ? null : Places.at(tokens, m, to);
            if (here != null && departureAfter(m + here.length(), to)) {
                // "About 300 U.S. Marines stationed in Okinawa Prefecture left for Guam": where they are bound
                continue;
            }
            Places.Match leftPlace = left || prep.equals("from") ? Places.at(tokens, m, to) : null;
            if (leftPlace != null && (left && destinationAfter(m + leftPlace.length(), to)
                    || prep.equals("from") && homeAfter(m + leftPlace.length(), to))) {
                // "left Okinawa for Guam", "About 400 of the troops who left Anbar have been repositioned to Kuwait",
                // "have returned from Ukraine to their garrison in Pskov": the destination is the host
                continue;
            }
            String described = described(k + 1, m, to, origins);
            if (described != null) {
                return new String[]{described, null};
            }
            String country = null;
            String region = null;
            boolean possessed = false;
            Places.Match p = Places.at(tokens, m, to);
            if (p != null && people(m, p, to)) {
                // "known to the French as Mission Aigle": a people, not their country
                continue;
            }
            if (p != null && p.region() == null && Lexicon.isArea(p.country()) && m + p.length() < to
                    && FORCE_NOUNS.contains(tokens.get(m + p.length()).lower())) {
                // "contribute up to 10,000 personnel to a European force": a force they join, not where it serves
                continue;
            }
            if (p != null && m + p.length() + 1 < to && tokens.get(m + p.length()).is("-")
                    && (BACKING.contains(tokens.get(m + p.length() + 1).lower())
                            || tokens.get(m + p.length() + 1).lower().equals("led"))) {
                // "serving in the U.S.-led Operation Inherent Resolve in Iraq": who leads, not where
                continue;
            }
            String korea = p == null ? theKorea(m) : null;
            if (korea != null) {
                p = new Places.Match(korea, 1, null);
            }
            // "Rudninkai, Lithuania", "Marine Corps Base Camp Blaz, Guam": a capitalised name up to its comma, or up to
            // a place the lexicon knows
            int named = m;
            while (p == null && named < to && named - m < 6 && tokens.get(named).isCapitalised()
                    && !MONTHS_AND_DAYS.contains(tokens.get(named).lower()) && Places.at(tokens, named, to) == null) {
                named++;
            }
            Places.Match known = p == null && named > m && named < to ? Places.at(tokens, named, to) : null;
            if (known != null) {
                // "Marine Corps Base Camp Blaz": a name that ends in a place the lexicon knows
                m = named;
                p = known;
            }
            Places.Match town = p == null && named > m && named + 1 < to && tokens.get(named).is(",")
                    ? apposedPlace(named + 1, to)
                    : null;
            if (town != null && !origins.contains(town.country()) && !ALLIANCES.contains(town.country())) {
                // "to Rudninkai, Lithuania", "Batanes, the northernmost Philippine province", "Pyeongtaek, 60
                // kilometers south of Seoul", "to Marine Corps Base Camp Blaz, Guam": a place the lexicon does not
                // know, and the country its apposition names
                return new String[]{town.country(),
                        layout.text.substring(tokens.get(m).start(), tokens.get(named - 1).end())};
            }
            if (p != null) {
                if (p.region() != null) {
                    region = p.region();
                    country = p.country();
                } else {
                    country = p.country();
                    m += p.length();
                    if (m + 2 < to && tokens.get(m).isPossessive() && !tokens.get(m + 1).isCapitalised()
                            && Places.at(tokens, m + 2, to) != null) {
                        // "Ukraine's neighbour Moldova"
                        Places.Match other = Places.at(tokens, m + 2, to);
                        country = other.country();
                        region = other.region();
                        m += 2 + other.length();
                    } else if (m < to && tokens.get(m).isPossessive()) {
                        possessed = true;
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
            } else if (m + 2 < to && tokens.get(m).isCapitalised() && origins.size() == 1
                    && tokens.get(m + 1).lower().equals("military") && tokens.get(m + 2).lower().equals("district")) {
                // "in the Leningrad Military District": a country's own forces in one of its districts
                region = layout.text.substring(tokens.get(m).start(), tokens.get(m + 2).end());
                country = origins.iterator().next();
            } else if (m + 1 < to && tokens.get(m).isCapitalised()
                    && REGION_WORDS.contains(tokens.get(m + 1).lower())) {
                region = tokens.get(m).text();
                country = Lexicon.REGION_COUNTRY.get(tokens.get(m).lower());
            }
            if (country != null && ALLIANCES.contains(country)) {
                continue;
            }
            if (country != null && Lexicon.isArea(country) && prep.equals("on") && k > from
                    && COASTAL.contains(tokens.get(k - 1).lower())) {
                // "at Ream Naval Base on the Gulf of Thailand": the sea locates the base, which is on land
                continue;
            }
            if (p != null && !possessed && m < to && EDGES.contains(tokens.get(m).lower())) {
                // "near the Belarusian border", "near the Black Sea coast" say where, not in which country
                continue;
            }
            if (p != null && possessed && prep.equals("near") && m < to && BORDERS.contains(tokens.get(m).lower())
                    && !(m + 1 < to && tokens.get(m + 1).lower().equals("with"))) {
                // "German troops near Russia's borders" stand outside them
                continue;
            }
            if (p != null && region == null && !possessed && origins.contains(country) && m + 1 < to
                    && DEICTIC.contains(tokens.get(m).lower()) && !tokens.get(m + 1).lower().equals("of")) {
                // "arrived on the U.S. territory": the place named before, not the troops' home
                continue;
            }
            if (p != null && region == null && afterNoun && origins.contains(country)) {
                // "700 Marines to Los Angeles": troops sent to a city of their own country
                String written = layout.text.substring(tokens.get(m - p.length()).start(), tokens.get(m - 1).end());
                if (Lexicon.CITIES.contains(written.toLowerCase(Locale.ROOT))) {
                    region = written;
                }
            }
            if ((country == null || origins.contains(country))
                    && (returnsBefore(k, from) || shortlyBefore(DEPARTING, k, from))) {
                // "will return to Fort Liberty in North Carolina", "left a naval port in Zhanjiang": where they were
                // or go home to, not where they serve
                continue;
            }
            // "a brigade based at", not "have been based in", which says where they are now
            boolean based = k - 1 > from && tokens.get(k - 1).lower().equals("based")
                    && !AUXILIARIES.contains(tokens.get(k - 2).lower());
            if (region != null && origins.contains(country) && afterNoun && k == from
                    && (prep.equals("to") || prep.equals("in") && !based && !deployVerbFollows(m, to))) {
                // "Some 4,000 will move to Guam and about 2,700 to Hawaii": where the count itself goes; "keeping
                // about 12,000 troops in the Kaliningrad region and that ... had remained in Belarus": where they are
                return new String[]{country, region};
            }
            if (region != null && (origins.contains(country) || based)) {
                // "a Stryker brigade based at Joint Base Lewis-McChord, Wash., have begun arriving in South Korea": a
                // place at home, or a unit's base, is the host only where the sentence names no other
                if (based) {
                    basePlace = basePlace == null ? new String[]{country, region} : basePlace;
                } else {
                    ownPlace = ownPlace == null ? new String[]{country, region} : ownPlace;
                }
                continue;
            }
            if (region != null || (country != null && !origins.contains(country))) {
                return new String[]{country, region};
            }
            home |= afterNoun && country != null && origins.contains(country) && !leaving;
        }
        if (ownPlace == null && basePlace != null) {
            // "SEOUL - About 4,000 soldiers ..., based at Fort Carson, Colorado, will take over": a story filed from
            // abroad is about where the unit goes, not the base it comes from
            String[] dateline = datelineCountry();
            return dateline != null && !origins.contains(dateline[0]) ? null : basePlace;
        }
        return ownPlace != null ? ownPlace : home ? AT_HOME : null;
    }

    /** "the French", "the British" standing alone: the people a demonym names, not a place. */
    private boolean people(int m, Places.Match p, int to) {
        List<Token> tokens = layout.tokens;
        Token word = tokens.get(m);
        if (m == 0 || p.length() != 1 || p.region() != null || !tokens.get(m - 1).lower().equals("the")
                || Places.isCapitals(word.text()) || word.lower().equals(p.country().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return m + 1 >= to || !tokens.get(m + 1).isWord()
                || Set.of("as", "and", "or").contains(tokens.get(m + 1).lower());
    }

    /**
     * "left for Guam", "bound for Kuwait", "departed from Incheon International Airport for Lebanon": a verb of
     * departure earlier in the clause makes the "for" at {@code k} a destination.
     */
    private boolean departedBefore(int k, int from) {
        for (int j = k - 1; j >= Math.max(from, k - 8); j--) {
            Token tok = layout.tokens.get(j);
            if (tok.is(",") || tok.is(";")) {
                return false;
            }
            if (DEPARTING.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "left for Guam", "bound for Kuwait" after {@code k}. */
    private boolean departureAfter(int k, int to) {
        for (int j = k; j + 2 < to && j < k + 6; j++) {
            if (DEPARTING.contains(layout.tokens.get(j).lower()) && layout.tokens.get(j + 1).lower().equals("for")
                    && Places.at(layout.tokens, j + 2, to) != null) {
                return true;
            }
            if (RELOCATING.contains(layout.tokens.get(j).lower()) && layout.tokens.get(j + 1).lower().equals("to")) {
                // "Marines stationed in Okinawa have begun moving to the U.S. Pacific territory of Guam"
                for (int m = j + 2; m < to && m < j + 8; m++) {
                    if (Places.at(layout.tokens, m, to) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "to their garrison in", "back to base at": a way home right after the place troops left. */
    private boolean homeAfter(int k, int to) {
        return k + 2 < to && layout.tokens.get(k).lower().equals("to")
                && Set.of("their", "its", "base").contains(layout.tokens.get(k + 1).lower());
    }

    private boolean destinationAfter(int k, int to) {
        for (int j = k; j + 1 < to; j++) {
            if (Set.of("for", "to", "toward", "towards", "into").contains(layout.tokens.get(j).lower())) {
                int m = j + 1;
                while (m < to && PLACE_MODIFIERS.contains(layout.tokens.get(m).lower())) {
                    m++;
                }
                if (m < to && Places.at(layout.tokens, m, to) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * ", which is based in", "Brigade based in": the preposition at {@code k} says where the unit named before it lives.
     */
    private boolean homeBase(int k, int from) {
        List<Token> tokens = layout.tokens;
        if (k - 2 >= from && tokens.get(k - 1).lower().equals("based") && tokens.get(k - 2).isCapitalised()
                && STRONG_NOUNS.contains(tokens.get(k - 2).lower())) {
            // "members of the Amphibious Rapid Deployment Brigade based in Nagasaki Prefecture"
            return true;
        }
        if ((tokens.get(k).lower().equals("at") || tokens.get(k).lower().equals("in")) && k - 1 >= from
                && tokens.get(k - 1).isCapitalised() && STRONG_NOUNS.contains(tokens.get(k - 1).lower())) {
            // "roughly 200 Marines from the 2nd Marine Division at Camp Lejeune", "drawn mostly from the Norrbotten
            // Regiment in Boden": where the unit is at home
            for (int j = k - 2; j >= Math.max(from, k - 7); j--) {
                if (tokens.get(j).lower().equals("from")) {
                    return true;
                }
            }
        }
        return k - 5 >= from && tokens.get(k - 1).lower().equals("based")
                && Set.of("is", "are").contains(tokens.get(k - 2).lower())
                && Set.of("which", "that").contains(tokens.get(k - 3).lower()) && tokens.get(k - 4).is(",")
                && tokens.get(k - 5).isCapitalised() && STRONG_NOUNS.contains(tokens.get(k - 5).lower());
    }

    /**
     * "return to", "will return to Fort Liberty in": a way home shortly before the preposition at {@code k}; not "have
     * returned ... to their garrison in Pskov", which the text reports as where they now are.
     */
    private boolean returnsBefore(int k, int from) {
        for (int j = k - 1; j >= Math.max(from, k - 6); j--) {
            String l = layout.tokens.get(j).lower();
            if (l.equals("their") || l.equals("its")) {
                return false;
            }
            if (RETURNING.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country an apposition names, from {@code k} up to its end: "Lithuania", "southern Lebanon", "the northernmost
     * Philippine province", "60 kilometers south of Seoul"; null where another preposition or a border comes first
     * ("Zagan, near the German border").
     */
    private Places.Match apposedPlace(int k, int to) {
        List<Token> tokens = layout.tokens;
        for (int j = k; j < Math.min(to, k + 8); j++) {
            Token w = tokens.get(j);
            if (!w.isWord() || (PREPOSITIONS.contains(w.lower()) && !w.lower().equals("of"))
                    || CLAUSE_WORDS.contains(w.lower())) {
                return null;
            }
            Places.Match m = Places.at(tokens, j, to);
            if (m != null) {
                boolean edge = j + m.length() < to && EDGES.contains(tokens.get(j + m.length()).lower());
                // "Camp Viking, a British facility near Oeverbygd": whose the base is, not where
                boolean owner = j + m.length() < to && Set.of("facility", "base", "camp", "installation", "outpost")
                        .contains(tokens.get(j + m.length()).lower());
                return edge || owner || m.region() != null || Lexicon.isArea(m.country()) ? null : m;
            }
        }
        return null;
    }

    /**
     * Tokens [after, m) hold "its" or "their" and a region the lexicon does not know starts at {@code m}: "in its Far
     * North region", "in its northeastern Borno state".
     */
    private boolean ownRegion(int after, int m, int to) {
        List<Token> tokens = layout.tokens;
        boolean own = false;
        for (int k = after; k < m; k++) {
            own |= Set.of("its", "their").contains(tokens.get(k).lower());
        }
        int n = m;
        while (n < to && n - m < 3 && tokens.get(n).isCapitalised() && Places.at(tokens, n, to) == null) {
            n++;
        }
        return own && n > m && n < to && Set.of("region", "province", "state", "district", "oblast")
                .contains(tokens.get(n).lower());
    }

    /**
     * "the Baltic country", "the West African nation": a country described by its part of the world, resolved to the
     * nearest country of that part named earlier; null when {@code m} starts no such description.
     */
    private String described(int after, int m, int to, Set<String> origins) {
        List<Token> tokens = layout.tokens;
        boolean definite = false;
        for (int k = after; k < m; k++) {
            definite |= tokens.get(k).lower().equals("the");
        }
        int n = m;
        while (n < to && n - m < 2 && tokens.get(n).isCapitalised()) {
            n++;
        }
        Places.Match owner = Places.at(tokens, m, to);
        if (owner != null && origins.contains(owner.country()) && m + owner.length() < to
                && tokens.get(m + owner.length()).isCapitalised()) {
            // "the U.S. Pacific territory of Guam": a place of the troops' own country, described
            n = m + owner.length() + 1;
        }
        Places.Match self = Places.at(tokens, m, to);
        if (!definite || n == m || n >= to || !DESCRIBED.contains(tokens.get(n).lower())
                || self != null && m + self.length() > n) {
            // "the Central African Republic" is a name, not "the African republic" named before
            return null;
        }
        Places.Match named = n + 2 < to && tokens.get(n + 1).lower().equals("of") ? Places.at(tokens, n + 2, to) : null;
        if (named != null) {
            // "the North African country of Libya"
            return origins.contains(named.country()) ? null : named.country();
        }
        Set<String> group = n - m == 2
                ? Lexicon.GROUPS.get(tokens.get(m).lower() + " " + tokens.get(m + 1).lower())
                : null;
        if (group == null) {
            group = Lexicon.GROUPS.get(tokens.get(n - 1).lower());
        }
        if (group == null) {
            return null;
        }
        for (int t = m - 1; t >= 0; t--) {
            Places.Match p = Places.at(tokens, t, m);
            if (p != null && group.contains(p.country()) && !origins.contains(p.country())) {
                return p.country();
            }
        }
        return null;
    }

    /** Status words, strongest reading first where two overlap ("to be deployed" before "deployed"). */
    private static final Pattern HOME_BASE = Pattern.compile("(fort|camp|joint base) ");
    private static final String[][] STATUS_CUES = {
            {"WITHDRAWN", "withdr", "pulled out", "pulled back", "pull out", "returned home", "have left", "left the",
                    " out of ", " left ", "returned from", "returning from", "back from", "home from"},
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
            {"DEPLOYED", "deployed", "stationed", " are in ", " now in ", " were in ", "based in", " sent ", "shipped",
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
                    if (cues[i].equals(" out of ") && HOME_BASE.matcher(s).region(p + cues[i].length(), s.length())
                            .lookingAt()) {
                        // "a Patriot battalion out of Fort Bliss, Texas, is deploying": where the unit is from
                        continue;
                    }
                    if (cues[i].endsWith(" from") && p < at) {
                        // "Returning from Abuja, Ivorian President Alassane Ouattara ...": the speaker's way home, not
                        // that of the troops he counts, as in "180 soldiers ... returning from Germany"
                        continue;
                    }
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

    /**
     * "Maduro said this month that he had ordered 25,000 troops": the country of a leader who says he sent the troops,
     * as his title named it before; or null.
     */
    private String speakersOwn(int from, int countStart) {
        List<Token> tokens = layout.tokens;
        for (int v = from; v + 2 < countStart; v++) {
            if (!CLAIM_VERBS.contains(tokens.get(v).lower()) || layout.inQuote(tokens.get(v).start())) {
                continue;
            }
            boolean himself = false;
            for (int k = v + 1; k < Math.min(countStart, v + 6) && !himself; k++) {
                himself = Set.of("he", "she").contains(tokens.get(k).lower());
            }
            Attributor.Source src = himself ? attributor.subjectOf(v, from, countStart) : Attributor.Source.NONE;
            return countryOf(src.person());
        }
        return null;
    }

    /**
     * "Kim Jong Un had agreed to send 1,000 sappers", "Trump ordered 700 Marines": the country of the leader who sends
     * the troops, as the text affiliates him; or null.
     */
    private String sendersOwn(int from, int countStart) {
        List<Token> tokens = layout.tokens;
        for (int v = countStart - 1; v > from && v >= countStart - 3; v--) {
            if (!SENDING.contains(tokens.get(v).lower()) && !ORDERING.contains(tokens.get(v).lower())) {
                continue;
            }
            int k = v - 1;
            while (k > from && (AUXILIARIES.contains(tokens.get(k).lower()) || ALSO.contains(tokens.get(k).lower())
                    || INTENDING.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("to")
                    // "Claudia Sheinbaum agreed last month to send"
                    || RECENTLY.contains(tokens.get(k).lower()))) {
                k--;
            }
            if (k > from && tokens.get(k).is(",")) {
                // "The leader of North Korea, Kim Jong Un, has decided to send"
                k--;
            }
            return countryOf(k >= from ? attributor.personEndingAt(k) : null);
        }
        return null;
    }

    /** The country a person is affiliated with, when that is a country and not an alliance; or null. */
    private static String countryOf(People.Person person) {
        String country = person == null
                ? null
                : person.affiliation != null
                        ? person.affiliation
                        : Lexicon.KNOWN_COUNTRY.get(person.name.toLowerCase(Locale.ROOT));
        return country != null && Lexicon.COUNTRY.containsValue(country) && !ALLIANCES.contains(country)
                ? country
                : null;
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

    /** "F", "DDG", "CVN": the letters of a ship's hull number. */
    private static boolean hullLetters(String text) {
        return text.length() <= 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The count starting at token {@code t}, or null when no number starts there. */
    private Count countAt(int t, int to) {
        List<Token> tokens = layout.tokens;
        Token tok = tokens.get(t);
        String l = tok.lower();
        double value;
        int end = t + 1;
        boolean strong = false;
        boolean odd = false;
        if (tok.isNumber()) {
            if (t > 0 && Dates.isMonth(tokens.get(t - 1)) && l.length() <= 5 && !l.contains(",")) {
                // "scheduled for Sept. 14-20": days of a month
                return null;
            }
            if (t > 0 && (tokens.get(t - 1).is("$") || tokens.get(t - 1).is("\u20ac")
                    || tokens.get(t - 1).is("\u00a3") || CURRENCIES.contains(tokens.get(t - 1).lower()))) {
                // "$120m", "DKK 480 million", "EUR 64 million"
                return null;
            }
            if (t > 1 && tokens.get(t - 2).is("(") && hullLetters(tokens.get(t - 1).text())) {
                // "HS Psara (F 454)", "USS Stout (DDG 55)": a ship's hull number
                return null;
            }
            if (t > 0 && tokens.get(t - 1).isNumber() && tokens.get(t - 1).text().chars().allMatch(Character::isDigit)
                    && l.chars().allMatch(Character::isDigit) && l.length() >= 4) {
                // "MOD Press Office, 020 7218 7907": a telephone number
                return null;
            }
            for (String suffix : SIZE_SUFFIXES) {
                if (l.endsWith(suffix)) {
                    // "a 5,000-strong contingent", "a 32-member platoon"
                    strong = true;
                    l = l.substring(0, l.length() - suffix.length());
                }
            }
            if (l.endsWith("-odd")) {
                // "the 50-odd Romanians already serving in Kosovo": about that many
                odd = true;
                l = l.substring(0, l.length() - 4);
            }
            int dash = l.indexOf('-');
            if (dash > 0 && dash + 1 < l.length() && Character.isDigit(l.charAt(dash + 1))) {
                // "10,000-12,000": a range in one token; the lower bound is the count
                Double low = parseDigits(l.substring(0, dash));
                Double high = parseDigits(l.substring(dash + 1));
                if (low != null && high != null && high > low) {
                    return new Count(t, t + 1, (int) Math.round(low), TroopsQualifier.RANGE, strong);
                }
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
        } else if ((l.equals("thousands") || l.equals("hundreds") || l.equals("tens") || l.equals("scores"))
                && end < to && tokens.get(end).lower().equals("of")) {
            return new Count(t, end + 1, null, null);
        } else if (l.equals("handful") && t > 0 && tokens.get(t - 1).lower().equals("a") && end < to
                && tokens.get(end).lower().equals("of")) {
            // "a handful of French military advisers"
            return new Count(t - 1, end + 1, null, null);
        } else if (l.equals("number") && t >= 2 && tokens.get(t - 1).lower().equals("small")
                && tokens.get(t - 2).lower().equals("a") && end < to && tokens.get(end).lower().equals("of")) {
            // "a small number of troops in Jordan"
            return new Count(t - 2, end + 1, null, null);
        } else if ((l.equals("few") && t > 0 && tokens.get(t - 1).lower().equals("a") || l.equals("several"))
                && end < to && VAGUE_SIZES.contains(tokens.get(end).lower())) {
            // "a few hundred", "several thousand", "a few dozen": troops without a number
            return new Count(l.equals("few") ? t - 1 : t, end + 1, null, null);
        } else if (l.equals("a") && end < to && Set.of("hundred", "thousand").contains(tokens.get(end).lower())
                && !(end + 1 < to && tokens.get(end + 1).lower().equals("of"))) {
            // "around a thousand Russian paramilitaries", "about a hundred"; not "a thousand of them"'s part
            value = 1;
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
        TroopsQualifier q = odd ? TroopsQualifier.ABOUT : qualifier(t);
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
        if (end + 1 < to && tokens.get(end).lower().equals("or") && tokens.get(end + 1).lower().equals("so")) {
            // "A further 3,000 or so followed": about that many
            return new Count(t, end + 2, count, q == null ? TroopsQualifier.ABOUT : q, strong);
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
                || w1.equals("approx.") || w1.equals("~") || w2.equals("close to")) {
            return TroopsQualifier.ABOUT;
        }
        return null;
    }
}
