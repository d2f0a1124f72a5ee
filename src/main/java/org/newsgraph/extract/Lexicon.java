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
    /** Cities among the places, lowercase: troops sent to one of their own country's cities are deployed there. */
    static final Set<String> CITIES = set("washington|los angeles|new york|san francisco|chicago|portland|hawaii|alaska"
            + "|guam|moscow|kyiv|kiev|seoul|pyongyang|beijing|london|paris|berlin|warsaw|minsk|tehran|tokyo|vilnius|riga"
            + "|tallinn|helsinki|jerusalem|tel aviv|rome|madrid|ankara|damascus|baghdad|beirut|cairo|taipei|manila");
    /** Seas and regions of the world among the places: hosts of their own, but never "the country". */
    static final Set<String> AREAS = Set.of("Mediterranean", "Baltic Sea", "South China Sea", "Persian Gulf",
            "Gulf of Aden", "Arabian Sea", "Arctic", "Indo-Pacific", "Sahel", "Red Sea", "Black Sea", "Indian Ocean",
            "Atlantic", "Pacific", "Europe", "Middle East", "Baltic States", "Caribbean", "Strait of Hormuz",
            "Gulf of Guinea", "Gulf of Oman", "Gulf of Thailand", "Gulf of Finland", "Gulf of Mexico", "East Africa",
            "Eastern Europe");

    /** A sea or region of the world, or a lake ("Lake Chad", whose shores several countries share). */
    static boolean isArea(String place) {
        return place != null && (AREAS.contains(place) || place.startsWith("Lake "));
    }
    /** Languages named like their people: "speaking in Spanish" names no country. */
    static final Set<String> LANGUAGES = set("spanish|french|english|arabic|russian|ukrainian|korean|chinese|german"
            + "|portuguese|italian|japanese|turkish|persian|hebrew|polish|dutch|hindi|urdu|swahili|greek|romanian");
    /** Region (lowercase) to the country that holds it, for regions named without their country. */
    static final Map<String, String> REGION_COUNTRY = new HashMap<>();
    /** Longest key in {@link #COUNTRY}, in tokens. */
    static final int COUNTRY_MAX_TOKENS = 4;

    /** Every country, as "Name:form|form|..." entries separated by ";", for places the short list above misses. */
    private static final String WORLD = "Afghanistan:afghanistan|afghan;Albania:albania|albanian;Algeria:algeria|algerian|algiers;"
            + "Andorra:andorra|andorran;Angola:angola|angolan|luanda;Argentina:argentina|argentine|argentinian;"
            + "Armenia:armenia|armenian;Australia:australia|australian|australians;Austria:austria|austrian;"
            + "Azerbaijan:azerbaijan|azerbaijani|azeri;Bahamas:bahamas|bahamian;Bahrain:bahrain|bahraini;"
            + "Bangladesh:bangladesh|bangladeshi|dhaka;Barbados:barbados|barbadian;"
            + "Belarus:belarus|belarusian|belarusians;Belgium:belgium|belgian;Belize:belize|belizean;"
            + "Benin:benin|beninese;Bhutan:bhutan|bhutanese;Bolivia:bolivia|bolivian;"
            + "Bosnia and Herzegovina:bosnia and herzegovina|bosnia|bosnian;Botswana:botswana|botswanan;"
            + "Brazil:brazil|brazilian;Brunei:brunei|bruneian;Bulgaria:bulgaria|bulgarian;"
            + "Burkina Faso:burkina faso|burkinabe|ouagadougou;Burundi:burundi|burundian;"
            + "Cambodia:cambodia|cambodian|phnom penh;Cameroon:cameroon|cameroonian;"
            + "Canada:canada|canadian|canadians;Cape Verde:cape verde|cape verdean;"
            + "Central African Republic:central african republic|central african|bangui;"
            + "Chad:chad|chadian|n'djamena;Chile:chile|chilean;China:china|chinese;Colombia:colombia|colombian;"
            + "Comoros:comoros|comoran;"
            + "Democratic Republic of the Congo:congo|congolese|democratic republic of congo|democratic republic of the congo|drc|dr congo|kinshasa;"
            + "Costa Rica:costa rica|costa rican;Croatia:croatia|croatian;Cuba:cuba|cuban;"
            + "Cyprus:cyprus|cypriot|nicosia;Czech Republic:czech republic|czech|czechia|czechs;"
            + "Denmark:denmark|danish|danes;Djibouti:djibouti|djiboutian;"
            + "Dominican Republic:dominican republic|dominican;Ecuador:ecuador|ecuadorian;Egypt:egypt|egyptian;"
            + "El Salvador:el salvador|salvadoran;Equatorial Guinea:equatorial guinea|equatoguinean;"
            + "Eritrea:eritrea|eritrean|asmara;Estonia:estonia|estonian|estonians;Eswatini:eswatini|swazi;"
            + "Ethiopia:ethiopia|ethiopian;Fiji:fiji|fijian;Finland:finland|finnish|finns;France:france|french;"
            + "Gabon:gabon|gabonese;Gambia:gambia|gambian;Germany:germany|german|germans;"
            + "Ghana:ghana|ghanaian|accra;Greece:greece|greek;Guatemala:guatemala|guatemalan;"
            + "Guinea:guinea|guinean|conakry;Guinea-Bissau:guinea-bissau|bissau-guinean;Guyana:guyana|guyanese;"
            + "Haiti:haiti|haitian;Honduras:honduras|honduran;Hungary:hungary|hungarian;"
            + "Iceland:iceland|icelandic|reykjavik;India:india|indian;Indonesia:indonesia|indonesian;"
            + "Iran:iran|iranian|iranians;Iraq:iraq|iraqi|iraqis;Ireland:ireland|irish;"
            + "Israel:israel|israeli|israelis;Italy:italy|italian|italians;"
            + "Ivory Coast:ivory coast|ivorian|cote d'ivoire;Jamaica:jamaica|jamaican;Japan:japan|japanese;"
            + "Jordan:jordanian;Kazakhstan:kazakhstan|kazakh;Kenya:kenya|kenyan;Kosovo:kosovo|kosovar;"
            + "Kuwait:kuwait|kuwaiti;Kyrgyzstan:kyrgyzstan|kyrgyz|bishkek;Laos:laos|laotian|lao;"
            + "Latvia:latvia|latvian|latvians;Lebanon:lebanon|lebanese;Lesotho:lesotho|basotho;"
            + "Liberia:liberia|liberian|monrovia;Libya:libya|libyan;Liechtenstein:liechtenstein|liechtensteiner;"
            + "Lithuania:lithuania|lithuanian|lithuanians;Luxembourg:luxembourg|luxembourgish|luxembourger;"
            + "Madagascar:madagascar|malagasy;Malawi:malawi|malawian;Malaysia:malaysia|malaysian;"
            + "Maldives:maldives|maldivian;Mali:mali|malian;Malta:malta|maltese;Mauritania:mauritania|mauritanian;"
            + "Mauritius:mauritius|mauritian;Mexico:mexico|mexican;Moldova:moldova|moldovan;"
            + "Monaco:monaco|monegasque;Mongolia:mongolia|mongolian;Montenegro:montenegro|montenegrin;"
            + "Morocco:morocco|moroccan;Mozambique:mozambique|mozambican|maputo;Myanmar:myanmar|burmese|burma;"
            + "Namibia:namibia|namibian;Nepal:nepal|nepali|nepalese|kathmandu;Netherlands:netherlands|dutch;"
            + "New Zealand:new zealand|new zealander;Nicaragua:nicaragua|nicaraguan|managua;"
            + "Niger:niger|nigerien;Nigeria:nigeria|nigerian;North Macedonia:north macedonia|macedonian;"
            + "Norway:norway|norwegian|norwegians;Oman:oman|omani|muscat;Pakistan:pakistan|pakistani;"
            + "Panama:panama|panamanian;Papua New Guinea:papua new guinea|papua new guinean;"
            + "Paraguay:paraguay|paraguayan;Peru:peru|peruvian;Philippines:philippines|filipino|philippine;"
            + "Poland:poland|polish|poles;Portugal:portugal|portuguese;Qatar:qatar|qatari;"
            + "Romania:romania|romanian|romanians;Russia:russia|russian|russians;Rwanda:rwanda|rwandan|kigali;"
            + "Saudi Arabia:saudi arabia|saudi;Senegal:senegal|senegalese|dakar;Serbia:serbia|serbian|serbs;"
            + "Sierra Leone:sierra leone|sierra leonean|freetown;Singapore:singapore|singaporean;"
            + "Slovakia:slovakia|slovak|slovakian;Slovenia:slovenia|slovenian|slovene;Somalia:somalia|somali;"
            + "South Africa:south africa|south african;South Sudan:south sudan|south sudanese|juba;"
            + "Spain:spain|spanish|spaniards;Sri Lanka:sri lanka|sri lankan;Sudan:sudan|sudanese;"
            + "Suriname:suriname|surinamese;Sweden:sweden|swedish|swedes;Switzerland:switzerland|swiss;"
            + "Syria:syria|syrian|syrians;Taiwan:taiwan|taiwanese;Tajikistan:tajikistan|tajik|dushanbe;"
            + "Tanzania:tanzania|tanzanian|dodoma;Thailand:thailand|thai;Togo:togo|togolese|lome;"
            + "Trinidad and Tobago:trinidad and tobago|trinidadian;Tunisia:tunisia|tunisian|tunis;"
            + "Turkey:turkey|turkish|turkiye|turks;Turkmenistan:turkmenistan|turkmen|ashgabat;"
            + "Uganda:uganda|ugandan|kampala;Ukraine:ukraine|ukrainian|ukrainians;"
            + "United Arab Emirates:united arab emirates|emirati|uae;United Kingdom:united kingdom|british|britons;"
            + "United States:united states|american|americans;Uruguay:uruguay|uruguayan|montevideo;"
            + "Uzbekistan:uzbekistan|uzbek|tashkent;Venezuela:venezuela|venezuelan;Vietnam:vietnam|vietnamese;"
            + "Yemen:yemen|yemeni|yemenis;Zambia:zambia|zambian|lusaka;Zimbabwe:zimbabwe|zimbabwean|harare;";

    /**
     * Provinces, cities, bases and fronts that troop stories name without their country, as "Country:place|..."
     * entries separated by ";". Names two countries share (Punjab, Brest) or that are also first names or words
     * (Uri, Sydney, Lest) are left out: for them the text must name the country.
     */
    private static final String GAZETTEER = "Ukraine:poltava|lviv|volyn|rivne|zhytomyr|vinnytsia|"
            + "khmelnytskyi|ternopil|ivano-frankivsk|chernivtsi|zakarpattia|cherkasy|kirovohrad|"
            + "kropyvnytskyi|dnipropetrovsk|kramatorsk|sloviansk|kupiansk|vovchansk|chasiv yar|toretsk|"
            + "kostiantynivka|huliaipole|mariupol|melitopol|berdiansk|sevastopol|kurakhove|vuhledar|"
            + "myrnohrad|siversk|orikhiv|robotyne|izium|kupyansk|uzhhorod|yavoriv|lutsk;Russia:krasnodar|"
            + "novorossiysk|st. petersburg|saint petersburg|st petersburg|smolensk|tula|oryol|orel|sudzha|"
            + "korenevo|glushkovo|lgov|rylsk|nizhny novgorod|kamchatka|sakhalin|kuril islands|kurils|chechnya|"
            + "dagestan|tatarstan|novosibirsk|yekaterinburg|severomorsk|kola peninsula|pechenga|alakurtti;"
            + "Belarus:grodno|hrodna|gomel|homel|vitebsk|mogilev|babruisk|baranavichy|asipovichy|osipovichi|"
            + "machulishchy;Gaza:rafah|khan younis|khan yunis|gaza city|deir al-balah|jabalia|beit hanoun|"
            + "netzarim corridor|philadelphi corridor;Israel:haifa|eilat|negev|ashkelon|ashdod|sderot|metula|"
            + "kiryat shmona|galilee;Lebanon:tyre|sidon|nabatieh|bekaa|bekaa valley|bint jbeil|khiam;"
            + "Syria:homs|hama|daraa|quneitra|palmyra|sweida|suwayda|tabqa|kobane|afrin|tal rifaat|"
            + "ras al-ain|tal abyad|qardaha;Iraq:basra|nineveh|tikrit|fallujah|ramadi|najaf|karbala|duhok|"
            + "dohuk|sinjar|taji;Iran:isfahan|natanz|fordow|bandar abbas|bushehr|tabriz|shiraz|mashhad;"
            + "Yemen:hodeidah|aden|marib|taiz|saada;Saudi Arabia:jeddah|dhahran|tabuk;Taiwan:kinmen|matsu|"
            + "penghu|kaohsiung|taichung|hualien;South Korea:panmunjom|busan|daegu|jeju|incheon|pohang|"
            + "seongju|chuncheon|cheorwon|yongsan|camp casey|kunsan;North Korea:wonsan|sinuiju|kaesong|"
            + "hamhung|nampo;Japan:kyushu|nagasaki|kagoshima|naha|hiroshima|okinawa island|tokunoshima|"
            + "chitose|camp zama|iwo jima|hokkaido island;China:xinjiang|tibet|fujian|hainan|guangdong|"
            + "shandong|inner mongolia|yunnan|shanghai|xiamen|zhanjiang|qingdao|guangzhou|shenzhen;"
            + "India:rajasthan|gujarat|manipur|assam|uttarakhand|himachal pradesh|nagaland|mizoram|tripura|"
            + "meghalaya|west bengal|new delhi|mumbai|kolkata|chennai|bengaluru|anantnag|kupwara|baramulla|"
            + "pulwama|kathua|doda|kishtwar|udhampur|pahalgam|leh|kargil|tawang|pangong tso|galwan|"
            + "siliguri|jaisalmer|barmer|bikaner|amritsar|gurdaspur|ferozepur;Pakistan:waziristan|north waziristan|"
            + "south waziristan|bajaur|khyber|kurram|quetta|gwadar|turbat|tirah|mohmand|orakzai|bannu|lakki marwat|"
            + "dera ismail khan|chitral;Afghanistan:kandahar|kunar|nangarhar|helmand|herat|bagram|jalalabad|"
            + "khost|paktika;Mali:sikasso|segou|ségou|nioro|kayes|anefis;Niger:tahoua|maradi|zinder|ouallam;"
            + "Nigeria:borno|maiduguri|zamfara|lagos|kaduna|yobe|adamawa|sokoto|katsina|benue;Chad:abeche|"
            + "faya-largeau;Sudan:omdurman|el fasher|el-fasher|kordofan|el obeid|kassala|gezira|wad madani;"
            + "Somalia:jubaland|gedo|hiraan|lower shabelle|middle shabelle|galmudug|hirshabelle|baledogle|"
            + "bosaso|dhusamareb|galkayo;Kenya:lamu|mandera|garissa|wajir|manda bay|camp simba;"
            + "Democratic Republic of the Congo:kisangani|lubumbashi|kalemie|masisi|walikale|minova|kavumu;Mozambique:pemba|palma|"
            + "mocimboa da praia|mocímboa da praia|nampula|niassa;Ethiopia:amhara|oromia|afar|mekelle|gondar;"
            + "Libya:al-jufra|jufra|al-watiya|watiya|sabha|tobruk|derna;Germany:ramstein|grafenwoehr|"
            + "grafenwöhr|vilseck|wiesbaden|stuttgart|hohenfels|baumholder|spangdahlem|buchel|büchel|ansbach|"
            + "kaiserslautern|landstuhl|hamburg|munich|rostock|saxony|brandenburg|lower saxony|"
            + "schleswig-holstein|bremerhaven;Poland:krakow|kraków|gdansk|gdańsk|wroclaw|wrocław|lublin|"
            + "bialystok|białystok|poznan|poznań|szczecin|elblag|elbląg|torun|toruń|łask|podlaskie|"
            + "podkarpackie|mazury|warmia;Romania:constanța|mihail kogălniceanu|fetesti|fetești|craiova|iasi|"
            + "iași|galati|galați|timisoara|timișoara|smardan|smârdan|babadag|tulcea|dobrogea|dobruja;"
            + "Bulgaria:novo selo|sofia|varna|burgas|plovdiv;Slovakia:lešť|kosice|košice|sliac|"
            + "sliač;Lithuania:klaipeda|klaipėda|alytus|marijampole|marijampolė|panevezys|panevėžys;"
            + "Latvia:liepaja|liepāja|daugavpils|lielvarde|lielvārde|camp adazi|ādaži base|selija|sēlija;"
            + "Estonia:amari|ämari|parnu|pärnu|saaremaa|ida-viru;Finland:hamina|kouvola|oulu|kajaani|vaala|"
            + "rovajarvi|rovajärvi;Sweden:gotland|visby|boden|kiruna|karlskrona;Norway:finnmark|troms|"
            + "bardufoss|evenes|setermoen|kirkenes|bodo|bodø|tromsø|tromso|vaernes|værnes|trondheim;"
            + "Denmark:bornholm|aalborg|karup;United Kingdom:salisbury plain|catterick|tidworth|aldershot|"
            + "lossiemouth|brize norton|faslane|scotland|wales|northern ireland|fairford|lakenheath|"
            + "mildenhall;France:toulon|mourmelon|canjuers|la courtine;Italy:vicenza|aviano|sigonella|naples|"
            + "sardinia|sicily;Spain:rota|morón|ceuta|melilla;Greece:souda bay|crete|alexandroupolis;"
            + "Turkey:incirlik|istanbul|izmir|hatay|gaziantep|sanliurfa|şanlıurfa|kilis|sirnak|şırnak|"
            + "hakkari;Cyprus:akrotiri|dhekelia|larnaca|limassol|kyrenia|famagusta|paphos|morphou;Moldova:balti|"
            + "bălți|tiraspol|cobasna|cobasna depot;Armenia:gyumri|syunik|goris|meghri;Azerbaijan:nakhchivan|shusha|"
            + "lachin|aghdam|ganja;"
            + "Georgia:kutaisi|batumi;Tajikistan:kulob|kulyab|bokhtar|khujand;Kyrgyzstan:issyk-kul|issyk kul|cholpon-ata|osh;Philippines:zambales|ilocos|"
            + "ilocos norte|cebu|tarlac|basa air base|fort bonifacio|scarborough shoal|spratly islands|"
            + "spratlys|second thomas shoal;Thailand:tak|sa kaeo|sisaket|si sa ket|buriram|trat|chanthaburi|"
            + "ubon ratchathani|chiang rai|mae hong son|narathiwat|pattani|songkhla;Cambodia:preah vihear|"
            + "oddar meanchey|banteay meanchey|battambang|pailin|koh kong|siem reap|pursat;Venezuela:zulia|tachira|"
            + "apure;Australia:perth|hmas stirling|brisbane|melbourne|delamere|"
            + "puckapunyal|enoggera|lavarack barracks;United States:quantico|fort bliss|fort campbell|"
            + "fort drum|fort stewart|fort carson|fort riley|fort cavazos|fort liberty|fort polk|"
            + "fort johnson|fort irwin|fort huachuca|fort sill|fort leavenworth|fort knox|fort benning|"
            + "fort moore|fort wainwright|joint base lewis-mcchord|lewis-mcchord|twentynine palms|"
            + "cook county|rio grande valley;Cuba:guantanamo|guantanamo bay|guantánamo|guantánamo bay;"
            + "Denmark:faroe islands;Venezuela:maracaibo|zulia|tachira|táchira|apure;Colombia:cucuta|cúcuta|"
            + "catatumbo;Haiti:cap-haitien|cap-haïtien|artibonite|petion-ville|pétion-ville|"
            + "croix-des-bouquets;Jamaica:kingston;Panama:panama canal|colón;Guam:camp blaz|"
            + "andersen air force base;";

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
        country("United States", "pentagon|white house|state department|capitol hill|war department|department of war");
        country("Hong Kong", "hong kong");
        country("New Zealand", "new zealand|new zealander");
        country("South Africa", "south africa|south african|pretoria");
        country("Gaza", "gaza|gaza strip");
        // disputed between Sudan and South Sudan, and reported as a place of its own
        country("Abyei", "abyei");
        country("Red Sea", "red sea");
        country("Black Sea", "black sea");
        country("Baltic States", "baltic states|baltics|baltic");
        country("United States", "new york|los angeles|san francisco|chicago|hawaii|alaska");
        // states and the cities Guard troops are sent to: domestic deployments are reported by them alone
        region("United States", "alabama|arizona|arkansas|california|colorado|connecticut|delaware|florida|idaho"
                + "|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
                + "|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina"
                + "|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee"
                + "|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|district of columbia|baltimore|memphis"
                + "|new orleans|portland|seattle|houston|dallas|san antonio|san diego|phoenix|philadelphia|boston"
                + "|atlanta|miami|detroit|minneapolis|st. louis|denver|charlotte|el paso|san juan|fort bragg|fort hood"
                + "|fort meade|fort george g. meade|norfolk|camp lejeune|camp pendleton|d.c.");
        // a US territory, but reported as a destination of its own ("Marines moving from Okinawa to Guam")
        country("Guam", "guam");
        country("Puerto Rico", "puerto rico|puerto rican");
        country("Israel", "tel aviv|jerusalem");
        country("United Arab Emirates", "united arab emirates|uae|abu dhabi|dubai|emirati");
        country("Qatar", "qatar|qatari|doha");
        // "Jordan" is a first name too, but in news about troops it is the country far more often
        country("Jordan", "jordan|jordanian|amman");
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
        country("Bosnia and Herzegovina", "bosnia and herzegovina|bosnia-herzegovina|bosnia|bosnian|sarajevo");
        country("Montenegro", "montenegro|montenegrin");
        country("Soviet Union", "soviet union|soviet|soviets|ussr|u.s.s.r.");
        country("Europe", "europe|european");
        country("Middle East", "middle east|centcom area|central command area|centcom region"
                + "|u.s. central command area|us central command area");
        country("Caribbean", "caribbean|caribbean sea|southcom area|southern command area");
        country("Strait of Hormuz", "strait of hormuz");
        country("Gulf of Guinea", "gulf of guinea");
        country("Russia", "wagner|africa corps");
        country("European Union", "european union|eu|brussels");
        country("Southern African Development Community", "southern african development community|sadc");
        country("African Union", "african union");
        country("ECOWAS", "ecowas");
        country("United Nations", "united nations|un|u.n.");
        region("Russia",
                "kursk|belgorod|bryansk|rostov|kaliningrad|vladivostok|primorsky|far east|khabarovsk|voronezh"
                        + "|pskov|murmansk|petrozavodsk|karelia");
        region("Ukraine", "donetsk|luhansk|zaporizhzhia|kherson|kharkiv|crimea|donbas|donbass|sumy|chernihiv"
                + "|pokrovsk|bakhmut|avdiivka|odesa|mykolaiv|dnipro");
        region("Israel", "golan heights");
        region("India", "jammu and kashmir|kashmir|ladakh|rajouri|poonch|arunachal pradesh|sikkim|srinagar|pathankot"
                + "|akhnoor");
        region("Pakistan", "sialkot|rawalpindi|lahore|karachi|peshawar|azad kashmir|balochistan|khyber pakhtunkhwa");
        region("Moldova", "transnistria");
        region("Finland", "lapland|rovaniemi|sodankyla|sodankyl\u00e4|niinisalo|kainuu");
        region("Bosnia and Herzegovina", "republika srpska|banja luka|mostar|tuzla");
        region("Georgia", "abkhazia|south ossetia");
        region("Azerbaijan", "nagorno-karabakh|karabakh");
        region("Sudan", "darfur");
        region("Ethiopia", "tigray");
        region("Syria", "idlib|aleppo|tartus|latakia|hmeimim");
        region("Egypt", "sinai");
        region("Japan", "okinawa|hokkaido");
        region("Somalia", "puntland|somaliland");
        region("Democratic Republic of the Congo", "north kivu|south kivu|ituri|goma");
        region("Mozambique", "cabo delgado");
        region("Libya", "cyrenaica|tripolitania|fezzan|benghazi|misrata|sirte");
        region("Australia", "queensland|northern territory|new south wales");
        region("Romania", "transylvania|constanta");
        region("Iraq", "kurdistan|erbil|anbar");
        country("Ivory Coast", "abidjan|yamoussoukro");
        country("Maldives", "male|mal\u00e9");
        country("Gabon", "libreville");
        country("Mozambique", "maputo");
        country("Burundi", "bujumbura|gitega");
        country("Cameroon", "yaounde");
        country("Mauritania", "nouakchott");
        country("Sudan", "port sudan");
        // capitals and short names the lists above lack; "Port of Spain" must not read as Spain
        country("Trinidad and Tobago", "port of spain");
        country("Greenland", "greenland|greenlandic|nuuk");
        // France's overseas territories, where French troops serve as they would abroad
        country("New Caledonia", "new caledonia|noumea|new caledonian");
        country("French Polynesia", "french polynesia|tahiti|papeete");
        country("French Guiana", "french guiana|cayenne|kourou");
        country("Martinique", "martinique|fort-de-france");
        country("Guadeloupe", "guadeloupe");
        country("Reunion", "la reunion|reunion island");
        country("Mayotte", "mayotte");
        country("Barbados", "bridgetown");
        country("Bahamas", "nassau");
        country("Dominican Republic", "santo domingo");
        country("Bolivia", "la paz");
        country("Chile", "santiago");
        country("Paraguay", "asuncion|asunci\u00f3n");
        country("Guyana", "georgetown");
        country("Suriname", "paramaribo");
        country("Panama", "panama city");
        country("Honduras", "tegucigalpa");
        country("El Salvador", "san salvador");
        country("Guatemala", "guatemala city");
        country("Colombia", "bogota|bogot\u00e1");
        country("Montenegro", "podgorica");
        country("Malta", "valletta");
        country("Chad", "ndjamena|n\u2019djamena");
        country("Gambia", "banjul");
        country("Guinea-Bissau", "bissau");
        country("Benin", "porto-novo|cotonou");
        country("Equatorial Guinea", "malabo");
        country("Malawi", "lilongwe");
        country("Namibia", "windhoek");
        country("Botswana", "gaborone");
        country("Lesotho", "maseru");
        country("Eswatini", "mbabane");
        country("Madagascar", "antananarivo");
        country("Mauritius", "port louis");
        country("Comoros", "moroni");
        country("Bahrain", "manama");
        country("Yemen", "sana'a|sana\u2019a");
        country("Bhutan", "thimphu");
        country("Myanmar", "naypyidaw");
        country("Laos", "vientiane");
        country("Timor-Leste", "timor-leste|east timor|dili");
        country("New Zealand", "wellington");
        country("Papua New Guinea", "port moresby");
        country("Solomon Islands", "solomon islands|honiara");
        country("Fiji", "suva");
        region("Australia", "darwin");
        // bases, garrisons and towns that stories name without their country
        region("Japan", "ishigaki|yonaguni|miyako|amami|iwakuni|yokosuka|sasebo|misawa|kadena|futenma|camp hansen"
                + "|camp schwab|yokota|zama|torii station");
        region("Philippines", "luzon|northern luzon|mindanao|palawan|batanes|subic|subic bay|clark|fort magsaysay"
                + "|cagayan");
        region("South Korea", "pyeongtaek|camp humphreys|osan|gunsan|uijeongbu|dongducheon|yeoncheon|paju");
        region("Poland",
                "rzeszow|rzesz\u00f3w|rzeszow-jasionka|jasionka|redzikowo|powidz|orzysz|zagan|\u017ca\u0121a\u0144|drawsko pomorskie"
                        + "|bemowo piskie|suwalki|suwa\u0142ki");
        region("Estonia", "tapa|tallinn|narva|voru|v\u00f5ru|tartu");
        region("Latvia", "adazi|\u0101da\u017ei|riga");
        region("Lithuania", "rukla|rudninkai|r\u016bdninkai|siauliai|\u0161iauliai|pabrade|pabrad\u0117|vilnius");
        region("Romania", "cincu|mihail kogalniceanu|deveselu|campia turzii");
        region("Australia", "tindal|townsville|rockhampton|shoalwater bay|top end|robertson barracks");
        region("Syria", "al-tanf|tanf|deir ez-zor|deir el-zour|hasakah|rmeilan|qamishli|raqqa|manbij|kobani");
        region("Iraq", "ain al-asad|al-asad|baghdad|mosul|kirkuk|sulaimaniyah|harir|arbil");
        region("Jordan", "muwaffaq salti|tower 22");
        region("Qatar", "al udeid");
        region("Kuwait", "camp arifjan|arifjan|camp buehring|ali al salem");
        region("United Arab Emirates", "al dhafra");
        region("Saudi Arabia", "prince sultan air base");
        region("Djibouti", "camp lemonnier|lemonnier");
        region("Lebanon", "naqoura|shama|marjayoun|south lebanon|southern lebanon|litani");
        region("Mali", "kidal|gao|timbuktu|kati|tessalit|mopti|menaka");
        region("Niger", "agadez|tillaberi|diffa");
        region("Burkina Faso", "ouagadougou|bobo-dioulasso|djibo");
        region("Democratic Republic of the Congo", "kinshasa|bunia|beni|uvira|bukavu|kibumba|rutshuru");
        region("South Sudan", "juba|malakal|bor|bentiu|wau");
        region("Central African Republic", "bangui|bria|bambari");
        region("Somalia", "baidoa|kismayo|beledweyne|aden adde");
        country("Indian Ocean", "indian ocean");
        country("Atlantic", "atlantic ocean");
        country("Pacific", "pacific ocean");
        country("Mediterranean", "mediterranean|mediterranean sea");
        country("Baltic Sea", "baltic sea");
        country("South China Sea", "south china sea");
        country("Persian Gulf", "persian gulf|gulf");
        country("Gulf of Aden", "gulf of aden");
        country("Gulf of Oman", "gulf of oman");
        country("Gulf of Thailand", "gulf of thailand");
        country("Gulf of Finland", "gulf of finland");
        country("Gulf of Mexico", "gulf of mexico|gulf of america");
        country("Arabian Sea", "arabian sea");
        country("Arctic", "arctic|high north");
        country("Indo-Pacific", "indo-pacific");
        country("Sahel", "sahel");
        country("East Africa", "east africa");
        country("Eastern Europe", "eastern europe");
        country("Western Sahara", "western sahara");
        region("Germany", "bavaria");
        region("Brazil", "roraima|amazonas|rond\u00f4nia|rondonia|amap\u00e1|amapa|mato grosso|manaus|boa vista"
                + "|pacaraima|bras\u00edlia|brasilia|s\u00e3o paulo|sao paulo|rio de janeiro|bel\u00e9m|belem");
        region("Venezuela", "paria peninsula");
        region("Colombia", "putumayo|nari\u00f1o|norte de santander|arauca|catatumbo|cauca");
        region("Ecuador", "guayaquil|esmeraldas|sucumb\u00edos|sucumbios|carchi|manta");
        region("Mexico", "tamaulipas|chihuahua|sonora|baja california|coahuila|nuevo le\u00f3n|nuevo leon|sinaloa"
                + "|michoac\u00e1n|michoacan|ciudad ju\u00e1rez|ciudad juarez|tijuana|reynosa|matamoros");
        region("Panama", "dari\u00e9n|darien|fort sherman");
        region("Canada", "ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick"
                + "|newfoundland|labrador|prince edward island|nunavut|northwest territories|yukon|trenton|petawawa"
                + "|valcartier|edmonton|halifax|esquimalt");
        load(GAZETTEER, REGION_COUNTRY);
        load(WORLD, COUNTRY);
    }

    /** "Name:form|form;..." entries into the map, form to name, behind the forms it already holds. */
    private static void load(String entries, Map<String, String> map) {
        for (String entry : entries.split(";")) {
            String[] parts = entry.split(":");
            for (String form : parts[1].split("\\|")) {
                map.putIfAbsent(form, parts[0]);
            }
        }
    }

    /**
     * Countries a descriptive adjective covers, for "the Baltic country" or "the West African nation": the text names
     * one of them earlier.
     */
    static final Map<String, Set<String>> GROUPS = new HashMap<>();

    static {
        String african = "Algeria|Angola|Benin|Botswana|Burkina Faso|Burundi|Cameroon|Cape Verde"
                + "|Central African Republic|Chad|Comoros|Democratic Republic of the Congo|Djibouti|Egypt|Equatorial Guinea|Eritrea|Eswatini"
                + "|Ethiopia|Gabon|Gambia|Ghana|Guinea|Guinea-Bissau|Ivory Coast|Kenya|Lesotho|Liberia|Libya"
                + "|Madagascar|Malawi|Mali|Mauritania|Mauritius|Morocco|Mozambique|Namibia|Niger|Nigeria|Rwanda"
                + "|Senegal|Sierra Leone|Somalia|South Africa|South Sudan|Sudan|Tanzania|Togo|Tunisia|Uganda|Zambia"
                + "|Zimbabwe";
        String asian = "Afghanistan|Bangladesh|Bhutan|Brunei|Cambodia|China|India|Indonesia|Japan|Kazakhstan"
                + "|Kyrgyzstan|Laos|Malaysia|Maldives|Mongolia|Myanmar|Nepal|North Korea|Pakistan|Philippines"
                + "|Singapore|South Korea|Sri Lanka|Taiwan|Tajikistan|Thailand|Turkmenistan|Uzbekistan|Vietnam";
        String european = "Albania|Austria|Belarus|Belgium|Bosnia and Herzegovina|Bulgaria|Croatia|Cyprus"
                + "|Czech Republic|Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Iceland|Ireland|Italy|Kosovo"
                + "|Latvia|Lithuania|Luxembourg|Malta|Moldova|Montenegro|Netherlands|North Macedonia|Norway|Poland"
                + "|Portugal|Romania|Serbia|Slovakia|Slovenia|Spain|Sweden|Switzerland|Ukraine|United Kingdom";
        String middleEast = "Bahrain|Egypt|Iran|Iraq|Israel|Jordan|Kuwait|Lebanon|Oman|Qatar|Saudi Arabia|Syria"
                + "|Turkey|United Arab Emirates|Yemen";
        String latin = "Argentina|Bolivia|Brazil|Chile|Colombia|Costa Rica|Cuba|Dominican Republic|Ecuador"
                + "|El Salvador|Guatemala|Haiti|Honduras|Mexico|Nicaragua|Panama|Paraguay|Peru|Uruguay|Venezuela";
        group("baltic", "Estonia|Latvia|Lithuania");
        group("nordic|scandinavian", "Denmark|Finland|Iceland|Norway|Sweden");
        group("caribbean", "Bahamas|Barbados|Cuba|Dominican Republic|Haiti|Jamaica|Trinidad and Tobago");
        group("gulf", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates");
        group("balkan", "Albania|Bosnia and Herzegovina|Croatia|Kosovo|Montenegro|North Macedonia|Serbia"
                + "|Slovenia");
        group("sahel|sahelian", "Burkina Faso|Chad|Mali|Mauritania|Niger");
        group("african|west african|east african|north african|central african|southern african", african);
        group("asian", asian);
        group("european", european);
        group("middle eastern|mideast|arab", middleEast);
        group("latin american|south american|central american|latin", latin);
        group("himalayan", "Bhutan|Nepal");
    }

    private static void group(String adjectives, String countries) {
        for (String a : adjectives.split("\\|")) {
            GROUPS.put(a, Set.of(countries.split("\\|")));
        }
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
            + "|mountains|airport|base|barracks|garrison|station|bridge|street|square|avenue|road|war|wars|operation"
            + "|doctrine|treaty|accord|accords|summit|forum|conference|games|cup|prize|award|company|corporation"
            + "|corp|inc|ltd|foundation|association|organisation|organization|movement|front|coalition|federation"
            + "|dome|presence|reserve|co.|library|facility|mechanism|assessment|social|vehicle|vehicles|takeaways"
            + "|policies|policy|medal|medals|dam|militia|militias|star|program|programs|images"
            // the paper and the page furniture round a byline: "The Fayetteville Observer", "Posted Wed 2 Apr"
            + "|dispatch|observer|chronicle|leaf-chronicle|gazette|inquirer|examiner|courier|telegraph|mercury"
            + "|posted|published|recommended|stories|interview|roads"
            + "|missile|missiles|system|systems|shadow|storm|tower|palace|hospital|school|mosque"
            + "|cathedral|museum|stadium|zone|line|corridor|channel|east|west|gulag|airlines|airways|railway|team|teams"
            + "|gap|cape|prefecture|frontier|patrol|order|asia|soldiers|troops|police"
            + "|unit|units|squadron|platoon|wing|flotilla|task|combat|infantry|airborne|artillery|marine|marines"
            + "|plant|international|watch|cross|crescent|rights|power|energy|nuclear|day|week|eve|olympics|festival"
            + "|show|convention|declaration|agreement|act|bill|law|plan|initiative|program|programme|strategy|canal"
            + "|plaza|building|hotel|jazeera|reuters|bloomberg|politico|axios|monitor|observatory|institution"
            + "|brookings|rand|chatham|think|tank|council's|command's|ministry's|office's|cooperation|economic"
            + "|community|partnership|pacific|atlantic|asia-pacific|summit|union's|palms|springs|falls|heights"
            + "|hills|beach|harbor|harbour|port|fort|camp|creek|shoal|reef|atoll|islet|cay|strait|endowment|trust"
            + "|society|academy|college|studies|affairs|relations|gazeta|shimbun|pravda|izvestia|kommersant"
            + "|vedomosti|maps|aerospace|aviation|dynamics|industries|motors|technologies|electronics|lockheed"
            + "|northrop|grumman|hanwha|hyundai|rotem|samsung|dassault|airbus|rheinmetall|thales|kongsberg|google"
            + "|microsoft|telegraph|guardian|economist|independent|mirror|express|spiegel|zeitung|allgemeine"
            + "|exercise|shield|sword|spear|thunder|resolve|sentinel|dragoons|hussars|lancers|fusiliers|rifles"
            + "|sabre|saber|area|range|protection|limited");

    /**
     * Weapons named after people ("Bradley Fighting Vehicles", "Patriot batteries"): no name starts with one, unless a
     * rank or title stands before it ("Col. Bradley Whitaker").
     */
    static final Set<String> WEAPON_NAMES = set("patriot|himars|atacms|abrams|leopard|bradley|stinger|javelin|paladin"
            + "|stryker|apache|chinook|reaper|tomahawk|harpoon|ilyushin|antonov|tupolev|sukhoi|mikoyan|gripen|rafale"
            + "|typhoon|eurofighter|mirage|harrier|tornado");

    /** Capitalised words that begin sentences or name times and never start a person's name. */
    static final Set<String> NOT_NAME = set("korea|the|a|an|and|but|or|so|if|in|on|at|by|for|from|with|without|as"
            + "|after|class|before|during|while|when|where|why|how|what|who|whom|which|this|that|these|those|it|its|he|she"
            + "|they|we|i|you|his|her|their|our|my|your|both|some|many|most|all|several|asked|according|speaking"
            + "|meanwhile|however|still|yet|also|last|next|earlier|later|since|until|despite|under|over|among"
            + "|between|through|into|mr|mrs|ms|dr|mr.|mrs.|ms.|dr.|sir|dame|lord|lady|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan.|feb.|aug.|sept.|sep.|oct.|nov.|dec.|god|christmas|easter|ramadan"
            + "|western|eastern|northern|southern|central|north|south|new|old|great|greater|upper|lower|saint|st."
            + "|no|no.|i've|i'm|i'll|i'd|not|now|then|there|here|today|tonight|yesterday|tomorrow|reporting|editing|writing|additional"
            + "|contributed|photo|video|watch|read|more|related|update|updated|breaking|exclusive|analysis|opinion"
            + "|live|latest|top|senior|former|deputy|acting|chief|head|general|gen.|lt.|col.|maj.|adm.|sgt.|capt."
            + "|brig.|cmdr.|sen.|rep.|del.|gov.|pres.|prof.|rev.|gens.|lt|col|maj|adm|sgt|capt|brig|cmdr|sen|rep|gov"
            + "|president|prime|minister|secretary|foreign|defense|defence|interior|state|spokesperson|spokesman"
            + "|spokeswoman|ambassador|envoy|commander|director|chairman|chair|chancellor|governor|mayor|senator"
            + "|representative|king|queen|prince|princess|pope|leader|supreme|vice|national|security|adviser"
            + "|advisor|press|officer|colonel|lieutenant|major|captain|sergeant|admiral|marshal|field|private"
            + "|corporal|premier|counterpart|sheikh|emir|crown|speaker|justice|judge|attorney|inspector|staff"
            + "|joint|chiefs|army|navy|air|marine|marines|intelligence|military|ukrainian|russian|american"
            + "|korean|chinese|british|french|german|european|asian|african|africa|europe|asia|arab|islamic|muslim"
            + "|jewish|catholic|orthodox|communist|socialist|democrat|democrats|republican|republicans"
            + "|democratic|liberal|conservative|labour|labor|green|greens|parliamentary|presidential|federal"
            + "|royal|imperial|soviet|allied|nazi|olympic|internet|telegram|twitter|facebook|x|youtube|instagram"
            + "|tiktok|whatsapp|kyiv|moscow|washington|seoul|pyongyang|beijing|london|paris|berlin|tokyo"
            + "|white|black|red|blue|iron|storm"
            // armed groups, whose two-word names read like a person's ("Boko Haram", "Hayat Tahrir")
            + "|boko|haram|shabaab|al-shabaab|hamas|hezbollah|houthi|houthis|taliban|tahrir|isis"
            + "|daesh"
            // determiners that open a sentence: "Each Typhon battery has four launchers"
            + "|each|every|any|such"
            // a question in a quotation: "'Is Daddy on the big plane yet?'"
            + "|is|are|was|were|does|did");

    /** Lowercase particles allowed inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
    static final Set<String> NAME_PARTICLES = set("von|van|der|den|de|da|di|del|della|du|dos|das|la|le|bin|ibn|al"
            + "|el|ben|y|abu|ter|zu"
            // Irish: "Ciarán Ó Dálaigh", "Áine Ní Bhriain"
            + "|ó|ní|nic|uí");

    /** Suffixes that may end a name without being its surname. */
    static final Set<String> NAME_SUFFIXES = set("jr.|jr|sr.|sr|ii|iii|iv");

    /** Ranks written short, with or without the full stop British papers leave out ("Spc.", "L/Cpl", "Cpl"). */
    private static final String RANKS = "spc.|spc|pfc.|pfc|pvt.|pvt|pte.|pte|cpl.|cpl|l/cpl|lcpl|lcpl.|sgt|ssgt"
            + "|ssg|sfc|cdr.|cdr|cdre|cmdre|lt-col|lt-gen|maj-gen|brig-gen|wo1|wo2|cpo|flt|sqn|ldr|lt.-col.";

    /**
     * Words of a title or role before a name ("Secretary of State", "Defense Minister"), lowercase; a run of these
     * (with demonyms and place names) before a name is its title.
     */
    static final Set<String> ROLE_WORDS = set("president|vice|prime|minister|ministers|secretary|secretary-general"
            + "|general|gen.|lt.|lieutenant|maj.|major|col.|colonel|adm.|admiral|capt.|captain|sgt.|sergeant"
            + "|brig.|brigadier|cmdr.|commander|marshal|field|foreign|defense|defence|interior|state|home|affairs"
            + "|spokesperson|spokesman|spokeswoman|spokespeople|ambassador|envoy|special|representative|chief"
            + "|chiefs|director|deputy|chairman|chairwoman|chair|chancellor|governor|gov.|mayor|senator|sen."
            + "|rep.|del.|congressman|congresswoman|king|queen|prince|princess|crown|pope|leader|supreme|national"
            + "|security|adviser|advisor|press|officer|premier|counterpart|speaker|head|acting|former|top|senior"
            + "|joint|staff|of|the|army|navy|air|force|military|intelligence|spy|agency|armed|forces|defense"
            + "|ministry|operations|for|and|justice|finance|economy|trade|emergency|situations|nuclear|policy"
            + "|coordinator|commissioner|high|president-elect|first|lady|sheikh|emir|dictator|strongman|premier"
            + "|lawmaker|legislator|mp|opposition|party|mr.|mrs.|ms.|dr.|gen|lt|col|maj|adm|capt|sgt|cmdr|sen"
            + "|rep|pres.|prof.|professor|analyst|expert|researcher|official|officials|diplomat|journalist"
            + "|correspondent|editor|reporter|colleague|ally|allies|commander-in-chief|overseas|" + RANKS + "|corporal"
            + "|private|specialist|lance|gunner|sapper|trooper|rifleman|bombardier|airman|seaman|petty|warrant|flight"
            + "|squadron|wing|commodore|ensign|midshipman|rear");

    /** Role words that make a phrase a title (not just modifiers such as "the", "of", "top"). */
    static final Set<String> ROLE_HEADS = set("president|minister|secretary|secretary-general|general|gen.|lieutenant"
            + "|lt.|maj.|major|col.|colonel|adm.|admiral|capt.|captain|sgt.|sergeant|brig.|brigadier|cmdr.|commander"
            + "|marshal|spokesperson|spokesman|spokeswoman|ambassador|envoy|representative|chief|director|chairman"
            + "|chairwoman|chair|chancellor|governor|gov.|mayor|senator|sen.|rep.|congressman|congresswoman|king"
            + "|queen|prince|princess|pope|leader|adviser|advisor|officer|premier|counterpart|speaker|head"
            + "|coordinator|commissioner|president-elect|sheikh|emir|dictator|strongman|lawmaker|legislator|mp"
            + "|professor|prof.|analyst|expert|researcher|official|diplomat|journalist|correspondent|editor"
            + "|reporter|commander-in-chief|judge|del.|gen|lt|col|maj|adm|capt|sgt|cmdr|sen|rep|" + RANKS);

    /** Honorifics dropped from a name and its title. */
    static final Set<String> HONORIFICS = set("mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|sir|dame|lord|lady|rt|rt.|hon|hon."
            + "|honourable|honorable");

    /** Speech and claim verbs: a quotation or a claim is tied to the subject of one of these. */
    static final Set<String> SPEECH_VERBS = set("said|says|say|told|tells|tell|added|adds|noted|notes|warned|warns"
            + "|stated|declared|declares|announced|announces|explained|explains|insisted|insists|argued|argues"
            + "|wrote|writes|posted|tweeted|asked|asks|replied|replies|responded|responds|continued|stressed"
            + "|stresses|emphasised|emphasized|urged|urges|called|calls|praised|praises|described|describes"
            + "|accused|accuses|claimed|claims|acknowledged|acknowledges|admitted|admits|suggested|suggests"
            + "|predicted|vowed|vows|pledged|pledges|promised|promises|cautioned|confirmed|confirms|denied"
            + "|denies|remarked|recalled|observed|concluded|conceded|complained|lamented|boasted|quoted|reiterated"
            + "|underlined|underscored|highlighted|affirmed|reaffirmed|reaffirms|alleged|estimated|estimates"
            + "|condemned|criticised"
            + "|criticized|slammed|branded|termed|saying|adding|noting|warning|telling|writing|stressing"
            + "|according|announcing|declaring|insisting|arguing|calling|describing|urging|report|reported"
            + "|reports|reporting|believes|assessed|assesses|briefed|testified|shouted|exclaimed|joked|mused"
            + "|quipped|demanded|demands|threatened|threatens|welcomed|welcomes|hailed|hails|thanked|expressed"
            + "|voiced|pointed|spoke|speaking|dismissed|dismisses|rejected|rejects|denounced|denounces"
            + "|defended|defends|portrayed|portrays|characterised|characterized|questioned|wondered"
            + "|ridiculed|mocked|labelled|labeled|condemned|condemns|condemning");

    /** Verbs that end a subject phrase read forward from the start of a sentence. */
    static final Set<String> DEPLOY_OR_ACTION_VERBS = set("has|have|had|is|are|was|were|will|would|on|in|met|rejected"
            + "|condemned|dismissed|denied|accused|called|urged|announced|confirmed|sent|deployed|ordered|signed"
            + "|declined|refused|visited|spoke|praised|welcomed|criticised|criticized|defended");

    /** Naming cues: a short quotation right after one of these is a name, not a statement. */
    static final Set<String> NAMING_CUES = set("so-called|dubbed|nicknamed|named|code-named|codenamed|titled"
            + "|entitled|labelled|labeled|known|callsign|call-sign|word|words|term|phrase|headline");

    /** Nouns a name follows ("the exercise “Zapad”", "the unit “Iron Shield”"): they cue a capitalised quote only. */
    static final Set<String> NAMED_THINGS = set("slogan|banner|motto|hashtag|song|film|book|operation|unit|brigade"
            + "|battalion|group|program|programme|project|plan|campaign|exercise|exercises|drill|drills|mission");

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
        descriptor("pm", "prime minister", "premier");
        descriptor("chancellor", "chancellor");
        descriptor("chief", "chief", "secretary of defense", "defense secretary", "secretary general",
                "secretary-general", "director", "head", "commander");
        descriptor("general", "general", "gen.", "commander", "chief of staff");
        descriptor("commander", "commander", "general", "gen.", "chief of staff");
        descriptor("staff", "chief of staff", "chief of the general staff");
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
        descriptor("analyst", "analyst");
        descriptor("researcher", "researcher");
        descriptor("expert", "expert");
    }

    private static void descriptor(String head, String... roles) {
        DESCRIPTOR_ROLES.put(head, roles);
    }

    /** Topic words that narrow a descriptor's head ("defense secretary" is not "secretary of state"). */
    static final Set<String> ROLE_TOPICS = set("defense|defence|foreign|state|interior|home|finance|justice|press"
            + "|security|intelligence|prime|vice|corps|army|navy|division|brigade|fleet");

    /**
     * Leaders so well known that stories quote them by surname alone ("Putin said"): surname to full name, role and
     * country, so such a quotation still has its speaker.
     */
    static final Map<String, String[]> KNOWN_BY_SURNAME = new HashMap<>();

    /**
     * The same leaders by full name to their country, and those whose surname is too common to know them by ("Kim"):
     * whose troops "Kim Jong Un has decided to send" where the text gives him no title.
     */
    static final Map<String, String> KNOWN_COUNTRY = new HashMap<>(Map.of("kim jong un", "North Korea",
            "kim jong-un", "North Korea"));

    static {
        known("Vladimir Putin", "President", "Russia");
        known("Volodymyr Zelensky", "President", "Ukraine");
        known("Joe Biden", "President", "United States");
        known("Donald Trump", "President", "United States");
        known("Kamala Harris", "Vice President", "United States");
        known("Xi Jinping", "President", "China");
        known("Emmanuel Macron", "President", "France");
        known("Olaf Scholz", "Chancellor", "Germany");
        known("Keir Starmer", "Prime Minister", "United Kingdom");
        known("Rishi Sunak", "Prime Minister", "United Kingdom");
        known("Benjamin Netanyahu", "Prime Minister", "Israel");
        known("Recep Tayyip Erdogan", "President", "Turkey");
        known("Alexander Lukashenko", "President", "Belarus");
        known("Narendra Modi", "Prime Minister", "India");
        known("Viktor Orban", "Prime Minister", "Hungary");
        known("Giorgia Meloni", "Prime Minister", "Italy");
        known("Antony Blinken", "Secretary of State", "United States");
        known("Sergey Lavrov", "Foreign Minister", "Russia");
        known("Dmitry Peskov", "spokesman", "Kremlin");
        known("Maria Zakharova", "spokeswoman", "Russian Foreign Ministry");
        known("Sergei Shoigu", "Security Council Secretary", "Russia");
        known("Jens Stoltenberg", "Secretary General", "NATO");
        known("Mark Rutte", "Secretary General", "NATO");
        known("Antonio Guterres", "Secretary-General", "United Nations");
        known("Yoon Suk Yeol", "President", "South Korea");
        known("Fumio Kishida", "Prime Minister", "Japan");
        known("Ursula von der Leyen", "President of the European Commission", "European Union");
        known("Kaja Kallas", "foreign policy chief", "European Union");
        known("Andrzej Duda", "President", "Poland");
        known("Donald Tusk", "Prime Minister", "Poland");
        known("Claudia Sheinbaum", "President", "Mexico");
        known("Nicolás Maduro", "President", "Venezuela");
        known("Friedrich Merz", "Chancellor", "Germany");
        known("Shigeru Ishiba", "Prime Minister", "Japan");
        known("Anthony Albanese", "Prime Minister", "Australia");
        known("Mark Carney", "Prime Minister", "Canada");
        known("Justin Trudeau", "Prime Minister", "Canada");
        known("William Ruto", "President", "Kenya");
        known("Paul Kagame", "President", "Rwanda");
        known("Masoud Pezeshkian", "President", "Iran");
        known("Pete Hegseth", "Defense Secretary", "United States");
        known("Lloyd Austin", "Defense Secretary", "United States");
        known("Marco Rubio", "Secretary of State", "United States");
        known("Andrei Belousov", "Defence Minister", "Russia");
        known("Boris Pistorius", "Defence Minister", "Germany");
    }

    private static void known(String name, String role, String affiliation) {
        String[] parts = name.split(" ");
        String surname = name.startsWith("Xi ") || name.startsWith("Yoon ") ? parts[0] : parts[parts.length - 1];
        KNOWN_BY_SURNAME.put(surname.toLowerCase(Locale.ROOT), new String[]{name, role, affiliation});
        KNOWN_COUNTRY.put(name.toLowerCase(Locale.ROOT), affiliation);
    }

    /** Nouns for troops in a deployment report. */
    static final Set<String> TROOP_NOUNS = set("troops|soldiers|forces|personnel|servicemen|servicemembers"
            + "|service|marines|paratroopers|fighters|commandos|reservists|conscripts|sailors|airmen|soldier"
            + "|troop|mercenaries|peacekeepers|officers|engineers|specialists|infantry"
            + "|gunners|sappers|recruits|volunteers|instructors|paramilitaries|guardsmen|legionnaires|medics"
            + "|reinforcements|advisers|advisors|trainers|crew|crews|crewmembers|deminers|servicewomen|rangers"
            + "|defenders|helmets");

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
