package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The small closed word lists the extractor relies on: places, demonyms, titles, speech verbs, organisations. */
final class Lexicon {
    private Lexicon() {
    }

    /** Country (or alliance) for a lowercase place, demonym or capital, matched over up to four tokens. */
    static final Map<String, String> COUNTRY = new HashMap<>();
    /** Region (lowercase) to the country that holds it, for regions named without their country. */
    static final Map<String, String> REGION_COUNTRY = new HashMap<>();
    /** Longest key in {@link #COUNTRY}, in tokens. */
    static final int COUNTRY_MAX_TOKENS = 4;

    static {
        country("North Korea", "north korea|north korean|north koreans|dprk|pyongyang|n. korea|n. korean");
        country("South Korea", "south korea|south korean|south koreans|seoul|republic of korea|rok");
        country("United States", "united states|u.s.|us|usa|u.s.a.|america|american|americans|washington");
        country("Ukraine", "ukraine|ukrainian|ukrainians|kyiv|kiev");
        country("Russia", "russia|russian|russians|moscow|kremlin|russian federation");
        country("United Kingdom", "united kingdom|uk|u.k.|britain|great britain|british|london");
        country("China", "china|chinese|beijing");
        country("France", "france|french|paris");
        country("Germany", "germany|german|berlin");
        country("Poland", "poland|polish|warsaw");
        country("Belarus", "belarus|belarusian|minsk");
        country("Iran", "iran|iranian|tehran");
        country("Israel", "israel|israeli");
        country("Japan", "japan|japanese|tokyo");
        country("Turkey", "turkey|turkish|turkiye|ankara");
        country("Syria", "syria|syrian|damascus");
        country("Iraq", "iraq|iraqi|baghdad");
        country("Lebanon", "lebanon|lebanese|beirut");
        country("India", "india|indian|new delhi");
        country("Pakistan", "pakistan|pakistani|islamabad");
        country("Canada", "canada|canadian|ottawa");
        country("Romania", "romania|romanian|bucharest");
        country("Lithuania", "lithuania|lithuanian|vilnius");
        country("Latvia", "latvia|latvian|riga");
        country("Estonia", "estonia|estonian|tallinn");
        country("Finland", "finland|finnish|helsinki");
        country("Sweden", "sweden|swedish|stockholm");
        country("Norway", "norway|norwegian|oslo");
        country("Denmark", "denmark|danish|copenhagen");
        country("Netherlands", "netherlands|dutch|the hague|amsterdam");
        country("Italy", "italy|italian|rome");
        country("Spain", "spain|spanish|madrid");
        country("Hungary", "hungary|hungarian|budapest");
        country("Moldova", "moldova|moldovan|chisinau");
        country("Georgia", "georgian|tbilisi");
        country("Armenia", "armenia|armenian|yerevan");
        country("Azerbaijan", "azerbaijan|azerbaijani|baku");
        country("Taiwan", "taiwan|taiwanese|taipei");
        country("Philippines", "philippines|philippine|filipino|manila");
        country("Vietnam", "vietnam|vietnamese|hanoi");
        country("Australia", "australia|australian|canberra");
        country("Saudi Arabia", "saudi arabia|saudi|riyadh");
        country("Egypt", "egypt|egyptian|cairo");
        country("Morocco", "morocco|moroccan|rabat");
        country("Chile", "chile|chilean");
        country("Ecuador", "ecuador|ecuadorian|quito");
        country("Guatemala", "guatemala|guatemalan");
        country("Sri Lanka", "sri lanka|sri lankan|colombo");
        country("Mali", "mali|malian|bamako");
        country("Niger", "niger|nigerien|niamey");
        country("Sudan", "sudan|sudanese|khartoum");
        country("Libya", "libya|libyan|tripoli");
        country("Yemen", "yemen|yemeni|sanaa");
        country("Afghanistan", "afghanistan|afghan|kabul");
        country("Venezuela", "venezuela|venezuelan|caracas");
        country("Cuba", "cuba|cuban|havana");
        country("Mexico", "mexico|mexican|mexico city");
        country("Brazil", "brazil|brazilian|brasilia");
        country("Mongolia", "mongolia|mongolian|ulaanbaatar");
        country("Kazakhstan", "kazakhstan|kazakh|astana");
        country("Slovakia", "slovakia|slovak|bratislava");
        country("Czech Republic", "czech republic|czechia|czech|prague");
        country("Bulgaria", "bulgaria|bulgarian");
        country("Greece", "greece|greek|athens");
        country("Serbia", "serbia|serbian|belgrade");
        country("Kosovo", "kosovo|kosovar|pristina");
        country("NATO", "nato");
        country("United States", "pentagon|white house|state department|capitol hill");
        country("Hong Kong", "hong kong");
        country("New Zealand", "new zealand|new zealander");
        country("South Africa", "south africa|south african|pretoria");
        country("Gaza", "gaza|gaza strip");
        country("Red Sea", "red sea");
        country("Black Sea", "black sea");
        country("Baltic States", "baltic states|baltics|baltic");
        country("United States", "new york|los angeles|san francisco|chicago|hawaii|alaska|guam");
        country("Israel", "tel aviv|jerusalem");
        country("United Arab Emirates", "united arab emirates|uae|abu dhabi|dubai|emirati");
        country("Qatar", "qatar|qatari|doha");
        country("Jordan", "jordanian|amman");
        country("Kuwait", "kuwait|kuwaiti");
        country("Bahrain", "bahrain|bahraini");
        country("Djibouti", "djibouti");
        country("Somalia", "somalia|somali|mogadishu");
        country("Ethiopia", "ethiopia|ethiopian|addis ababa");
        country("Kenya", "kenya|kenyan|nairobi");
        country("Nigeria", "nigeria|nigerian|abuja");
        country("Haiti", "haiti|haitian|port-au-prince");
        country("Colombia", "colombia|colombian|bogota");
        country("Argentina", "argentina|argentine|argentinian|buenos aires");
        country("Peru", "peru|peruvian|lima");
        country("Costa Rica", "costa rica|costa rican");
        country("El Salvador", "el salvador|salvadoran");
        country("Malaysia", "malaysia|malaysian|kuala lumpur");
        country("Indonesia", "indonesia|indonesian|jakarta");
        country("Thailand", "thailand|thai|bangkok");
        country("Myanmar", "myanmar|burmese|naypyitaw");
        country("Singapore", "singapore|singaporean");
        country("Austria", "austria|austrian|vienna");
        country("Switzerland", "switzerland|swiss|geneva|bern");
        country("Belgium", "belgium|belgian");
        country("Portugal", "portugal|portuguese|lisbon");
        country("Ireland", "ireland|irish|dublin");
        country("Croatia", "croatia|croatian|zagreb");
        country("Slovenia", "slovenia|slovenian|ljubljana");
        country("Albania", "albania|albanian|tirana");
        country("North Macedonia", "north macedonia|macedonian|skopje");
        country("Bosnia", "bosnia|bosnian|sarajevo");
        country("Montenegro", "montenegro|montenegrin");
        country("Europe", "europe|european");
        country("Middle East", "middle east");
        country("Russia", "wagner|africa corps");
        country("European Union", "european union|eu|brussels");
        country("United Nations", "united nations|un|u.n.");
        region("Russia",
                "kursk|belgorod|bryansk|rostov|kaliningrad|vladivostok|primorsky|far east|khabarovsk|voronezh");
        region("Ukraine", "donetsk|luhansk|zaporizhzhia|kherson|kharkiv|crimea|donbas|donbass|sumy|chernihiv"
                + "|pokrovsk|bakhmut|avdiivka|odesa|mykolaiv|dnipro");
        region("Israel", "golan heights");
    }

    private static void country(String name, String forms) {
        for (String f : forms.split("\\|")) {
            COUNTRY.put(f, name);
        }
    }

    private static void region(String country, String forms) {
        for (String f : forms.split("\\|")) {
            REGION_COUNTRY.put(f, country);
        }
    }

    /** Words that end a place or an organisation name: a capitalised run holding one is not a person. */
    static final Set<String> ORG_OR_PLACE_WORDS = set("ministry|office|house|kremlin|pentagon|department|agency|service"
            + "|services|council|government|administration|army|navy|command|forces|force|corps|brigade|brigades"
            + "|division|battalion|regiment|fleet|guard|guards|intelligence|embassy|commission|committee|parliament"
            + "|assembly|congress|senate|court|bureau|directorate|headquarters|staff|mission|alliance|union|nations"
            + "|party|group|bank|fund|university|institute|center|centre|times|post|news|press|journal|herald"
            + "|tribune|daily|agency|network|television|radio|tv|oblast|region|province|krai|republic|kingdom|state"
            + "|states|city|county|district|sea|ocean|river|lake|island|islands|peninsula|strait|gulf|bay|valley"
            + "|mountains|airport|base|station|bridge|street|square|avenue|road|war|wars|operation|doctrine|treaty"
            + "|accord|accords|summit|forum|conference|games|cup|prize|award|company|corporation|corp|inc|ltd"
            + "|foundation|association|organisation|organization|movement|front|coalition|federation|dome"
            + "|missile|missiles|system|systems|shadow|storm|tower|palace|hall|hospital|school|church|mosque"
            + "|cathedral|museum|stadium|zone|line|corridor|channel|east|west|gulag|airlines|airways|railway|team|teams"
            + "|unit|units|squadron|platoon|wing|flotilla|task|combat|infantry|airborne|artillery|marine|marines");

    /** Capitalised words that begin sentences or name times and never start a person's name. */
    static final Set<String> NOT_NAME = set("the|a|an|and|but|or|so|if|in|on|at|by|for|from|with|without|as|after"
            + "|before|during|while|when|where|why|how|what|who|whom|which|this|that|these|those|it|its|he|she"
            + "|they|we|i|you|his|her|their|our|my|your|both|some|many|most|all|several|asked|according|speaking"
            + "|meanwhile|however|still|yet|also|last|next|earlier|later|since|until|despite|under|over|among"
            + "|between|through|into|mr|mrs|ms|dr|mr.|mrs.|ms.|dr.|sir|dame|lord|lady|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan.|feb.|aug.|sept.|sep.|oct.|nov.|dec.|god|christmas|easter|ramadan"
            + "|western|eastern|northern|southern|central|north|south|new|old|great|greater|upper|lower|saint|st."
            + "|no|not|now|then|there|here|today|tonight|yesterday|tomorrow|reporting|editing|writing|additional"
            + "|contributed|photo|video|watch|read|more|related|update|updated|breaking|exclusive|analysis|opinion"
            + "|live|latest|top|senior|former|deputy|acting|chief|head|general|gen.|lt.|col.|maj.|adm.|sgt.|capt."
            + "|brig.|cmdr.|sen.|rep.|gov.|pres.|prof.|rev.|gens.|lt|col|maj|adm|sgt|capt|brig|cmdr|sen|rep|gov"
            + "|president|prime|minister|secretary|foreign|defense|defence|interior|state|spokesperson|spokesman"
            + "|spokeswoman|ambassador|envoy|commander|director|chairman|chair|chancellor|governor|mayor|senator"
            + "|representative|king|queen|prince|princess|pope|leader|supreme|vice|national|security|adviser"
            + "|advisor|press|officer|colonel|lieutenant|major|captain|sergeant|admiral|marshal|field|private"
            + "|corporal|premier|counterpart|sheikh|emir|crown|speaker|justice|judge|attorney|inspector|staff"
            + "|joint|chiefs|army|navy|air|marine|marines|intelligence|military|ukrainian|russian|american"
            + "|korean|chinese|british|french|german|european|asian|african|arab|islamic|muslim|christian"
            + "|jewish|catholic|orthodox|communist|socialist|democrat|democrats|republican|republicans"
            + "|democratic|liberal|conservative|labour|labor|green|greens|parliamentary|presidential|federal"
            + "|royal|imperial|soviet|allied|nazi|olympic|internet|telegram|twitter|facebook|x|youtube|instagram"
            + "|tiktok|whatsapp|kyiv|moscow|washington|seoul|pyongyang|beijing|london|paris|berlin|tokyo"
            + "|white|black|red|blue|iron|storm|patriot|himars|atacms|abrams|leopard|bradley|stinger|javelin");

    /** Lowercase particles allowed inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
    static final Set<String> NAME_PARTICLES = set("von|van|der|den|de|da|di|del|della|du|dos|das|la|le|bin|ibn|al"
            + "|el|ben|y|abu|ter|zu");

    /** Suffixes that may end a name without being its surname. */
    static final Set<String> NAME_SUFFIXES = set("jr.|jr|sr.|sr|ii|iii|iv");

    /**
     * Words of a title or role before a name ("Secretary of State", "Defense Minister"), lowercase; a run of these
     * (with demonyms and place names) before a name is its title.
     */
    static final Set<String> ROLE_WORDS = set("president|vice|prime|minister|ministers|secretary|secretary-general"
            + "|general|gen.|lt.|lieutenant|maj.|major|col.|colonel|adm.|admiral|capt.|captain|sgt.|sergeant"
            + "|brig.|brigadier|cmdr.|commander|marshal|field|foreign|defense|defence|interior|state|home|affairs"
            + "|spokesperson|spokesman|spokeswoman|spokespeople|ambassador|envoy|special|representative|chief"
            + "|chiefs|director|deputy|chairman|chairwoman|chair|chancellor|governor|gov.|mayor|senator|sen."
            + "|rep.|congressman|congresswoman|king|queen|prince|princess|crown|pope|leader|supreme|national"
            + "|security|adviser|advisor|press|officer|premier|counterpart|speaker|head|acting|former|top|senior"
            + "|joint|staff|of|the|army|navy|air|force|military|intelligence|spy|agency|armed|forces|defense"
            + "|ministry|operations|for|and|justice|finance|economy|trade|emergency|situations|nuclear|policy"
            + "|coordinator|commissioner|high|president-elect|first|lady|sheikh|emir|dictator|strongman|premier"
            + "|lawmaker|legislator|mp|opposition|party|mr.|mrs.|ms.|dr.|gen|lt|col|maj|adm|capt|sgt|cmdr|sen"
            + "|rep|pres.|prof.|professor|analyst|expert|researcher|official|officials|diplomat|journalist"
            + "|correspondent|editor|reporter|colleague|ally|allies|commander-in-chief|overseas");

    /** Role words that make a phrase a title (not just modifiers such as "the", "of", "top"). */
    static final Set<String> ROLE_HEADS = set("president|minister|secretary|secretary-general|general|gen.|lieutenant"
            + "|lt.|maj.|major|col.|colonel|adm.|admiral|capt.|captain|sgt.|sergeant|brig.|brigadier|cmdr.|commander"
            + "|marshal|spokesperson|spokesman|spokeswoman|ambassador|envoy|representative|chief|director|chairman"
            + "|chairwoman|chair|chancellor|governor|gov.|mayor|senator|sen.|rep.|congressman|congresswoman|king"
            + "|queen|prince|princess|pope|leader|adviser|advisor|officer|premier|counterpart|speaker|head"
            + "|coordinator|commissioner|president-elect|sheikh|emir|dictator|strongman|lawmaker|legislator|mp"
            + "|professor|prof.|analyst|expert|researcher|official|diplomat|journalist|correspondent|editor"
            + "|reporter|commander-in-chief|gen|lt|col|maj|adm|capt|sgt|cmdr|sen|rep");

    /** Honorifics dropped from a name and its title. */
    static final Set<String> HONORIFICS = set("mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|sir|dame|lord|lady");

    /** Speech and claim verbs: a quotation or a claim is tied to the subject of one of these. */
    static final Set<String> SPEECH_VERBS = set("said|says|say|told|tells|tell|added|adds|noted|notes|warned|warns"
            + "|stated|declared|declares|announced|announces|explained|explains|insisted|insists|argued|argues"
            + "|wrote|writes|posted|tweeted|asked|asks|replied|replies|responded|responds|continued|stressed"
            + "|stresses|emphasised|emphasized|urged|urges|called|calls|praised|praises|described|describes"
            + "|accused|accuses|claimed|claims|acknowledged|acknowledges|admitted|admits|suggested|suggests"
            + "|predicted|vowed|vows|pledged|pledges|promised|promises|cautioned|confirmed|confirms|denied"
            + "|denies|remarked|recalled|observed|concluded|conceded|complained|lamented|boasted|quoted|reiterated"
            + "|underlined|underscored|highlighted|affirmed|alleged|estimated|estimates|condemned|criticised"
            + "|criticized|slammed|branded|termed|saying|adding|noting|warning|telling|writing|stressing"
            + "|according|announcing|declaring|insisting|arguing|calling|describing|urging|report|reported"
            + "|reports|reporting|believes|assessed|assesses|briefed|testified|shouted|exclaimed|joked|mused"
            + "|quipped|demanded|demands|threatened|threatens|welcomed|welcomes|hailed|hails|thanked|expressed"
            + "|voiced|pointed|spoke|speaking|dismissed|dismisses|rejected|rejects|denounced|denounces"
            + "|ridiculed|mocked|labelled|labeled");

    /** Naming cues: a short quotation right after one of these is a name, not a statement. */
    static final Set<String> NAMING_CUES = set("so-called|dubbed|nicknamed|named|code-named|codenamed|titled"
            + "|entitled|labelled|labeled|known|callsign|call-sign|slogan|banner|motto|hashtag|song|film|book"
            + "|operation|unit|brigade|battalion|group|program|programme|project|plan|campaign|exercise|exercises"
            + "|drill|drills|word|words|term|phrase|headline");

    /** Subject pronouns that can stand for a single speaker. */
    static final Set<String> PRONOUNS = set("he|she");

    /** Heads of phrases that name an organisation or an unnamed source. */
    static final Set<String> SOURCE_WORDS = set("ministry|office|kremlin|pentagon|department|agency|service|services"
            + "|council|government|administration|military|army|navy|command|forces|intelligence|embassy"
            + "|commission|committee|parliament|assembly|bureau|directorate|headquarters|staff|mission|alliance"
            + "|nato|kcna|media|outlet|newspaper|statement|official|officials|source|sources|spokesperson"
            + "|spokesman|spokeswoman|house|cabinet|presidency|secretariat|authorities|observers|analysts"
            + "|officer|officers|diplomat|diplomats|lawmaker|lawmakers|report|assessment|leadership|regime"
            + "|team|camp|campaign|party|aide|aides|adviser|advisers|advisor|advisors|people|residents"
            + "|witnesses|experts|expert|analyst|he|she|they|we|it|us|washington|moscow|kyiv|seoul|pyongyang"
            + "|beijing|tokyo|london|paris|berlin|russia|ukraine|china|korea|iran|israel|states|kingdom|japan");

    /** Lowercase nouns a descriptor ("the top US diplomat") may end in, with the role words they stand for. */
    static final Map<String, String[]> DESCRIPTOR_ROLES = new HashMap<>();

    static {
        descriptor("diplomat", "secretary of state", "foreign minister", "foreign secretary", "ambassador",
                "envoy", "diplomat", "foreign affairs");
        descriptor("secretary", "secretary");
        descriptor("minister", "minister");
        descriptor("president", "president");
        descriptor("leader", "president", "leader", "prime minister", "chancellor", "king", "supreme", "premier",
                "chairman");
        descriptor("premier", "premier", "prime minister");
        descriptor("chancellor", "chancellor");
        descriptor("chief", "chief", "secretary of defense", "defense secretary", "secretary general",
                "secretary-general", "director", "head", "commander");
        descriptor("general", "general", "gen.", "commander", "chief of staff");
        descriptor("commander", "commander", "general", "gen.", "chief of staff");
        descriptor("spokesperson", "spokesperson", "spokesman", "spokeswoman", "press secretary");
        descriptor("spokesman", "spokesperson", "spokesman", "spokeswoman", "press secretary");
        descriptor("spokeswoman", "spokesperson", "spokesman", "spokeswoman", "press secretary");
        descriptor("ambassador", "ambassador", "envoy");
        descriptor("envoy", "ambassador", "envoy");
        descriptor("adviser", "adviser", "advisor");
        descriptor("advisor", "adviser", "advisor");
        descriptor("director", "director", "head", "chief");
        descriptor("head", "head", "chief", "director", "secretary general", "secretary-general");
        descriptor("secretary-general", "secretary general", "secretary-general");
        descriptor("governor", "governor");
        descriptor("mayor", "mayor");
        descriptor("senator", "senator", "sen.");
        descriptor("chairman", "chairman", "chair");
        descriptor("admiral", "admiral", "adm.");
        descriptor("colonel", "colonel", "col.");
    }

    private static void descriptor(String head, String... roles) {
        DESCRIPTOR_ROLES.put(head, roles);
    }

    /** Topic words that narrow a descriptor's head ("defense secretary" is not "secretary of state"). */
    static final Set<String> ROLE_TOPICS = set("defense|defence|foreign|state|interior|home|finance|justice|press"
            + "|security|intelligence|prime|vice");

    /** Nouns for troops in a deployment report. */
    static final Set<String> TROOP_NOUNS = set("troops|soldiers|forces|personnel|servicemen|servicemembers"
            + "|service|marines|paratroopers|fighters|commandos|reservists|conscripts|sailors|airmen|soldier"
            + "|troop|mercenaries|peacekeepers|officers|engineers|specialists|infantry"
            + "|gunners|sappers|recruits|volunteers|instructors");

    /** Number words, for counts written out. */
    static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

    static {
        String[] small = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty").split("\\|");
        for (int i = 0; i < small.length; i++) {
            NUMBER_WORDS.put(small[i], i);
        }
        String[] tens = "thirty|forty|fifty|sixty|seventy|eighty|ninety".split("\\|");
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], 30 + 10 * i);
        }
        NUMBER_WORDS.put("a dozen", 12);
        NUMBER_WORDS.put("dozen", 12);
    }

    static Set<String> set(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split("\\|")) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
