package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One behaviour of the extractor per test, each on a few lines of invented wire copy. */
class ExtractorBehaviourTest {
    private static final LocalDate FRIDAY = LocalDate.of(2024, 11, 1);
    private final Extractor extractor = new Extractor();

    private Extraction extract(String text) {
        return extractor.extract(new ArticleText(text, FRIDAY));
    }

    private static Quotation quote(Extraction x, String startsWith) {
        return x.quotations().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation starting with " + startsWith + " in "
                        + x.quotations()));
    }

    private static PersonMention person(Extraction x, String name) {
        return x.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + x.people()));
    }

    /** Each deployment as "origin host-country troops". */
    private static List<String> placed(Extraction x) {
        return x.deployments().stream().map(r -> r.origin() + " " + r.hostCountry() + " " + r.troops()).toList();
    }

    private static List<String> names(Extraction x) {
        return x.people().stream().map(PersonMention::name).toList();
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsOneStatementOfTwoParts() {
        String text = "Defense Secretary Lloyd Austin met allies in Brussels.\n"
                + "\"We will not stand idly by,\" Austin told reporters, \"and we will respond.\"";
        Extraction x = extract(text);
        assertEquals(1, x.quotations().size());
        Quotation q = x.quotations().get(0);
        assertEquals("We will not stand idly by and we will respond.", q.text());
        assertEquals("Lloyd Austin", q.speaker());
        assertEquals(List.of("We will not stand idly by", "and we will respond."), partsOf(text, q));
    }

    @Test
    void aQuoteThatGoesOnInANewSentenceAfterItsAttributionIsANewStatement() {
        String text = "Defense Secretary Lloyd Austin met allies in Brussels.\n"
                + "\"We will not stand idly by,\" Austin told reporters. \"We will respond.\"";
        assertEquals(List.of("We will not stand idly by", "We will respond."),
                extract(text).quotations().stream().map(Quotation::text).toList());
    }

    @Test
    void anInterruptedQuoteThatRunsOnIntoTheNextParagraphIsAStatementPerStretch() {
        String text = "Shadow defence secretary James Cartlidge was unimpressed.\n"
                + "\u201cThe minister talks about shoulders,\u201d he said, \u201cbut not whose.\n"
                + "\u201cThe army is the smallest it has been.\u201d";
        Extraction x = extract(text);
        assertEquals(
                List.of("The minister talks about shoulders", "but not whose.",
                        "The army is the smallest it has been."),
                x.quotations().stream().map(Quotation::text).toList());
        assertTrue(x.quotations().stream().allMatch(q -> "James Cartlidge".equals(q.speaker())));
    }

    @Test
    void quotesOfTwoSpeakersInOneSentenceStayApart() {
        String text = "Defense Secretary Lloyd Austin met Foreign Minister Annalena Baerbock in Brussels.\n"
                + "\"We are ready,\" Austin said, while Baerbock said, \"so are we.\"";
        Extraction x = extract(text);
        assertEquals(List.of("Lloyd Austin", "Annalena Baerbock"),
                x.quotations().stream().map(Quotation::speaker).toList());
    }

    @Test
    void everyQuotationTextIsTheArticleInItsParts() {
        String text = "Ukrainian President Volodymyr Zelensky said: \u201cWe are ready,\u201d and added \u201cwe will win.\u201d"
                + " \u201cAnd we,\u201d he said, \u201cwill not stop.\u201d";
        Extraction x = extract(text);
        for (Quotation q : x.quotations()) {
            assertEquals(String.join(" ", partsOf(text, q)), q.text());
            assertEquals(q.parts().get(0).start(), q.start());
            assertEquals(q.parts().get(q.parts().size() - 1).end(), q.end());
        }
    }

    private static List<String> partsOf(String text, Quotation q) {
        return q.parts().stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void aQuotationWithoutClosingMarkContinuesIntoTheNextParagraphThatOpensWithOne() {
        String text = "Admiral Tony Radakin said: \u201cRussia is losing soldiers every day.\n"
                + "\u201cHe went to Pyongyang because he had run out of options.\u201d\n"
                + "Officials declined to comment.";
        Extraction x = extract(text);
        assertEquals(2, x.quotations().size());
        assertEquals("Russia is losing soldiers every day.", x.quotations().get(0).text());
        assertEquals("Tony Radakin", x.quotations().get(1).speaker());
        assertEquals(Attribution.CONTINUATION_PARAGRAPH, x.quotations().get(1).attribution());
    }

    @Test
    void aQuoteOnlyParagraphContinuesThePreviousSpeaker() {
        String text = "\u201cEurope must be ready,\u201d European Commission President Ursula von der Leyen said.\n"
                + "\u201cBut let me be clear: we will not negotiate over the heads of Ukrainians.\u201d";
        Extraction x = extract(text);
        Quotation second = quote(x, "But let me");
        assertEquals("Ursula von der Leyen", second.speaker());
        assertEquals(Attribution.CONTINUATION_PARAGRAPH, second.attribution());
    }

    @Test
    void aQuoteSentenceAfterAnAttributedQuoteKeepsItsSpeaker() {
        String text = "\"This is a clear signal,\" Defence Minister Boris Pistorius said. \"We are here to stay.\"";
        Quotation second = quote(extract(text), "We are here");
        assertEquals("Boris Pistorius", second.speaker());
        assertEquals(Attribution.PREVIOUS_SENTENCE, second.attribution());
    }

    @Test
    void aDescriptionResolvesToThePersonWithThatRoleAndGivesTheirCountry() {
        String text = "Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin spoke on Thursday.\n"
                + "\u201cWe have had communications with China,\u201d the top US diplomat said.\n"
                + "The US defense secretary noted that the numbers \u201cpale in comparison.\u201d";
        Extraction x = extract(text);
        assertEquals("Antony Blinken", quote(x, "We have had").speaker());
        assertEquals(Attribution.DESCRIPTOR, quote(x, "We have had").attribution());
        assertEquals("Lloyd Austin", quote(x, "pale in").speaker());
        assertEquals("United States", person(x, "Antony Blinken").affiliation());
    }

    @Test
    void aDescriptionPrefersThePersonOfItsCountryAndThenServesAsAntecedent() {
        String text = "President Joe Biden and South Korean President Yoon Suk Yeol met on Friday. \"We stand "
                + "shoulder to shoulder,\" Mr. Biden said.\nThe South Korean president said Seoul would not \"sit "
                + "idle.\" He said his government was reviewing \"all possible options.\"";
        Extraction x = extract(text);
        assertEquals("Yoon Suk Yeol", quote(x, "sit idle").speaker());
        assertEquals("Yoon Suk Yeol", quote(x, "all possible").speaker());
        assertNull(person(x, "Joe Biden").affiliation());
    }

    @Test
    void aParticipleAfterACommaSharesTheSentenceSubject() {
        String text = "Russia accused Ukrainian President Volodymyr Zelensky of escalating the war, saying his "
                + "\"reckless actions\" would be punished.";
        Quotation q = quote(extract(text), "reckless");
        assertNull(q.speaker());
        assertEquals("Russia", q.source());
    }

    @Test
    void anUnresolvedPronounKeepsTheQuoteWithoutLendingItToTheLastSpeaker() {
        String text = "\"We will win,\" Defence Minister Boris Pistorius said.\n"
                + "A Ukrainian soldier at the front said he was tired. \"We are ready,\" he said.";
        Quotation q = quote(extract(text), "We are ready");
        assertNull(q.speaker());
    }

    @Test
    void aPronounSpeakerIsThePersonTheLatestSentenceIsAbout() {
        String text = "Russian Foreign Minister Sergey Lavrov met his North Korean counterpart Choe Son Hui.\n"
                + "\u201cThis helps to solve very important tasks,\u201d he said.";
        Quotation q = quote(extract(text), "This helps");
        assertEquals("Sergey Lavrov", q.speaker());
        assertEquals(Attribution.PRONOUN, q.attribution());
    }

    @Test
    void anOrganisationOrUnnamedOfficialSpeaksWithoutAPerson() {
        String text = "\"We are monitoring the situation closely,\" the White House said.\n"
                + "Yoon's office said it was \"reviewing every option available to us.\"\n"
                + "\"We learned about it the same way everyone else did,\" a senior U.S. official said.";
        Extraction x = extract(text);
        assertEquals(3, x.quotations().size());
        for (Quotation q : x.quotations()) {
            assertNull(q.speaker(), q.text());
            assertEquals(Attribution.ORGANIZATION, q.attribution());
        }
        assertEquals("the White House", quote(x, "We are monitoring").source());
        assertEquals("Yoon's office", quote(x, "reviewing").source());
        assertTrue(x.people().isEmpty(), x.people().toString());
    }

    @Test
    void aQuoteCreditedToTwoPeopleGoesToTheFirst() {
        String text = "Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met in Seoul.\n"
                + "On Thursday, Blinken and Austin redoubled their calls for China to stem its \u201cprovocative actions.\u201d";
        assertEquals("Antony Blinken", quote(extract(text), "provocative").speaker());
    }

    @Test
    void aPersonFirstNamedAfterTheQuoteIsTheSpeakerWithTheRoleFromTheApposition() {
        String text = "\u201cWe have reached an agreement with the [Nigerien] authorities,\u201d said Sabrina Singh, a "
                + "Pentagon spokeswoman.";
        Extraction x = extract(text);
        Quotation q = quote(x, "We have reached");
        assertEquals("Sabrina Singh", q.speaker());
        assertEquals("We have reached an agreement with the [Nigerien] authorities", q.text());
        assertEquals("spokeswoman", person(x, "Sabrina Singh").role());
    }

    @Test
    void spellingVariantsOfANameMergeIntoOnePerson() {
        String text = "Ukrainian President Volodymyr Zelenskyy spoke on Monday.\n"
                + "\u201cThe world must see this,\u201d Zelensky said. Volodymyr Zelensky later left for Brussels.";
        Extraction x = extract(text);
        assertEquals(List.of("Volodymyr Zelenskyy"), names(x));
        assertEquals("Volodymyr Zelenskyy", quote(x, "The world").speaker());
        assertTrue(person(x, "Volodymyr Zelenskyy").aliases().contains("Volodymyr Zelensky"));
    }

    @Test
    void peopleWhoShareASurnameStayApartAndTheSubjectKeepsIt() {
        String text = "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, on Saturday dismissed the reports.\n"
                + "\"The South Korean authorities are spreading lies,\" Kim said.";
        Extraction x = extract(text);
        assertEquals(List.of("Kim Yo Jong", "Kim Jong Un"), names(x));
        assertEquals("Kim Yo Jong", quote(x, "The South Korean").speaker());
    }

    @Test
    void aLeaderQuotedBySurnameAloneIsKnownByFullName() {
        Extraction x = extract("\"We will achieve our goals,\" Putin said on Thursday.");
        assertEquals("Vladimir Putin", quote(x, "We will").speaker());
        assertEquals("Russia", person(x, "Vladimir Putin").affiliation());
    }

    @Test
    void aFullNameInsideASpokenQuotationIsAPersonButNoAntecedent() {
        String text = "Defense Secretary Lloyd Austin arrived in Seoul.\n"
                + "\"I spoke with Secretary of State Antony Blinken about it this morning,\" he said.";
        Extraction x = extract(text);
        assertEquals(List.of("Lloyd Austin", "Antony Blinken"), names(x));
        assertEquals("Lloyd Austin", quote(x, "I spoke").speaker());
    }

    @Test
    void scareQuotesNicknamesAndUnitNamesAreNotStatements() {
        String text = "The brigade, known as the \"Iron Brigade,\" crossed what Kyiv called \"Operation Northern Wind\" "
                + "lines during the so-called \"liberation\" of the area. Analysts saw \"progress\" there.";
        assertTrue(extract(text).quotations().isEmpty(), extract(text).quotations().toString());
    }

    @Test
    void shortQuotesWithASpeakerAreStatements() {
        String text = "Hungarian Prime Minister Viktor Orban said sending troops would be \u201cmadness.\u201d";
        assertEquals("Viktor Orban", quote(extract(text), "madness").speaker());
    }

    @Test
    void guillemetsAndBritishSingleQuotesAreQuotationMarks() {
        Extraction russian = extract("«The first assault groups have already been deployed», the agency said.");
        assertEquals("The first assault groups have already been deployed", russian.quotations().get(0).text());
        Extraction british = extract("The defence secretary, John Healey, spoke in Tapa. \u2018Our commitment to "
                + "Estonia\u2019s security is ironclad,\u2019 he said.");
        Quotation q = quote(british, "Our commitment");
        assertEquals("Our commitment to Estonia\u2019s security is ironclad", q.text());
        assertEquals("John Healey", q.speaker());
    }

    @Test
    void titlesGiveRoleAndAffiliationAsWritten() {
        String text = "Ukrainian President Volodymyr Zelensky met South Korea's Defense Minister Kim Yong-hyun and "
                + "NATO Secretary General Mark Rutte. Russian Foreign Minister Sergey Lavrov was absent.";
        Extraction x = extract(text);
        assertEquals("President", person(x, "Volodymyr Zelensky").role());
        assertEquals("Ukraine", person(x, "Volodymyr Zelensky").affiliation());
        assertEquals("Defense Minister", person(x, "Kim Yong-hyun").role());
        assertEquals("South Korea", person(x, "Kim Yong-hyun").affiliation());
        assertEquals("Secretary General", person(x, "Mark Rutte").role());
        assertEquals("NATO", person(x, "Mark Rutte").affiliation());
        assertEquals("Foreign Minister", person(x, "Sergey Lavrov").role());
        assertEquals("Russia", person(x, "Sergey Lavrov").affiliation());
    }

    @Test
    void placesOrganisationsDaysAndSentenceStartsAreNotPeople() {
        String text = "Asked if Kursk Oblast would hold, the White House said the Defense Ministry in South Korea "
                + "and Kim Jong Un's regime had met on Monday in Hong Kong. The Black Sea Fleet stayed in port. "
                + "Human Rights Watch, Amnesty International and Al Jazeera visited the Zaporizhzhia Nuclear Power "
                + "Plant with Israeli Defense Minister Israel Katz. Novaya Gazeta, Lockheed Martin and Hyundai Rotem "
                + "were not invited.";
        assertEquals(List.of("Kim Jong Un", "Israel Katz"), names(extract(text)));
    }

    @Test
    void shipsExercisesAndRegimentsAreNotPeopleAndHonorificsFallAway() {
        String text = "The carrier USS Harry S. Truman sailed on. Troops from The Light Dragoons joined Exercise "
                + "Hedgehog and Freedom Shield.\nFrom: Ministry of Defence and The Rt Hon John Healey MP\n"
                + "Defence Secretary John Healey said the troops were ready to help Customs and Border Protection "
                + "and Hindustan Aeronautics Limited.";
        assertEquals(List.of("John Healey"), names(extract(text)));
    }

    @Test
    void contributorLinesGoToTheBylineNotToPeople() {
        String text = "Officials met in Seoul on Friday.\nCNN\u2019s Anna Chernova and Lauren Kent contributed to this "
                + "report.";
        Extraction x = extract(text);
        assertEquals(List.of("Anna Chernova", "Lauren Kent"), x.byline());
        assertTrue(x.people().isEmpty());
    }

    @Test
    void countQualifiersAreRead() {
        String text = "As many as 8,000 North Korean troops are in Russia's Kursk region. About 150 German soldiers "
                + "are in Lithuania. More than 1,000 British troops are stationed in Estonia. Nearly 3,000 French "
                + "soldiers were deployed to Romania. Exactly 500 Polish troops arrived in Latvia.";
        List<DeploymentReport> d = extract(text).deployments();
        assertEquals(List.of(TroopsQualifier.UP_TO, TroopsQualifier.ABOUT, TroopsQualifier.MORE_THAN,
                TroopsQualifier.FEWER_THAN, TroopsQualifier.EXACT),
                d.stream().map(DeploymentReport::troopsQualifier).toList());
        assertEquals("Kursk", d.get(0).region());
        assertEquals("Russia", d.get(0).hostCountry());
    }

    @Test
    void countsWrittenWithSpacesWordsOrMillionsAreRead() {
        String text = "North Korea has deployed roughly 12 000 troops to Russia. Russia has sent three thousand "
                + "soldiers to Belarus. China has massed 1.5 million soldiers near Taiwan.";
        assertEquals(List.of(12000, 3000, 1500000),
                extract(text).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void casualtyFiguresAreNotDeployments() {
        String text = "Russia is losing 1,500 soldiers killed or injured every day in Ukraine, and about 200 North "
                + "Korean troops were killed in Kursk last week.";
        assertTrue(extract(text).deployments().isEmpty(), extract(text).deployments().toString());
    }

    @Test
    void jointUnitsNameBothOrigins() {
        String text = "Some 11,000 North Korean and Russian troops have been formed into joint units in Russia's "
                + "Kursk region, Ukrainian intelligence says.";
        DeploymentReport d = extract(text).deployments().get(0);
        assertEquals("North Korea and Russia", d.origin());
        assertEquals("Ukrainian intelligence", d.claimedBy());
    }

    @Test
    void reinforcementsAndTotalsAreSeparateDeploymentsWithTheirStatusAndClaimant() {
        String text = "North Korea has sent about 2,000 more soldiers toward Russia's Kursk region, bringing the total "
                + "number of North Korean troops deployed to Russia to more than 12,000, according to South Korea's "
                + "spy agency. Some of the reinforcements were in transit through Vladivostok.";
        List<DeploymentReport> d = extract(text).deployments();
        assertEquals(List.of(2000, 12000), d.stream().map(DeploymentReport::troops).toList());
        assertEquals("North Korea", d.get(1).origin());
        assertEquals("South Korea's spy agency", d.get(0).claimedBy());
    }

    @Test
    void aSizePlannedForLaterIsNoDeployment() {
        String text = "Paris keeps about 1,500 troops in Djibouti and a smaller force of roughly 350 in Gabon, which "
                + "officials said would be cut to fewer than 100 next year.";
        assertEquals(List.of(1500, 350),
                extract(text).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void aRoundupParagraphKeepsTheHostOfTheParagraphBefore() {
        String text = "About 750 Kenyan police officers are deployed in Haiti.\n"
                + "They were supposed to be joined by thousands more. So far only a handful of countries have "
                + "delivered: Jamaica has sent about 150 soldiers.";
        DeploymentReport d = extract(text).deployments().get(1);
        assertEquals("Jamaica", d.origin());
        assertEquals("Haiti", d.hostCountry());
    }

    @Test
    void theDatelineHostsOnlyArrivalsAndDrillsThatNameNoPlace() {
        String own = "MINSK, Belarus — Russian troops arrived for the drills. Poland said about 17,000 Polish soldiers "
                + "had been moved closer to the border because of the drills.";
        // Poland's troops at its own border are at home, not in the dateline's Belarus
        assertTrue(extract(own).deployments().stream()
                .noneMatch(d -> d.origin().equals("Poland") && !"Poland".equals(d.hostCountry())),
                extract(own).deployments().toString());
        String distance = "The missiles are on islands that lie 200 kilometers from Taiwan.\n"
                + "The U.S. keeps a unit of about 100 soldiers in the archipelago.";
        assertTrue(extract(distance).deployments().isEmpty(), extract(distance).deployments().toString());
    }

    @Test
    void aFeatureFiledFromOneBaseGivesItsHostToContingentsThatNameNone() {
        String text = "CINCU, Romania \u2014 About 1,000 French soldiers are based in Romania.\n"
                + "The 101st Airborne Division had up to 4,000 U.S. troops in Romania.\n"
                + "The Dutch have sent roughly 200 soldiers, while Luxembourg contributes a reconnaissance team of 30.";
        List<DeploymentReport> d = extract(text).deployments();
        assertEquals(List.of("Romania", "Romania", "Romania", "Romania"),
                d.stream().map(DeploymentReport::hostCountry).toList());
        assertEquals(List.of(1000, 4000, 200, 30), d.stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void contributorsWhoseSentenceNamesNoPlaceServeInTheDatelinesCountry() {
        String text = "BANGUI, Central African Republic \u2014 Rwanda is the largest contributor with some 2,100 soldiers.";
        DeploymentReport d = extract(text).deployments().get(0);
        assertEquals("Rwanda", d.origin());
        assertEquals("Central African Republic", d.hostCountry());
    }

    @Test
    void anAllianceCountWithNoPlaceIsInTheCountryTheTextNamesMost() {
        String text = "Clashes in northern Kosovo wounded two police officers on Wednesday.\n"
                + "Kosovo's government blamed Serbia for the violence.\n"
                + "NATO has about 4,000 troops under its command, the alliance said.";
        DeploymentReport d = extract(text).deployments().get(0);
        assertEquals("NATO", d.origin());
        assertEquals("Kosovo", d.hostCountry());
        assertEquals(4000, d.troops());
    }

    @Test
    void troopsThatLeaveWithoutAPlaceLeaveTheCountryTheTextIsAbout() {
        String text = "PARIS \u2014 France has ended a military presence in Gabon that had lasted since independence, "
                + "officials said on Friday.\nThe last 120 French soldiers left on Thursday. They handed the base to "
                + "the Gabonese army.";
        DeploymentReport d = extract(text).deployments().get(0);
        assertEquals("Gabon", d.hostCountry());
        assertEquals(120, d.troops());
    }

    @Test
    void troopsMovedToTheirOwnBorderAreAtHomeNotInTheHostOfTheSentenceBefore() {
        String text = "Britain is sending 300 troops to Cyprus.\n"
                + "Jordan said it had moved some 3,000 soldiers to its eastern border.";
        List<DeploymentReport> d = extract(text).deployments();
        assertEquals(List.of("Cyprus", "Jordan"), d.stream().map(DeploymentReport::hostCountry).toList());
        assertEquals("eastern border", d.get(1).region());
    }

    @Test
    void troopsNearAnotherCountrysBorderStayInTheirHost() {
        String text = "Germany activated its 45th Armoured Brigade in Lithuania.\nThe brigade's roughly 5,000 "
                + "soldiers will be based in Rudninkai, near the Belarusian border.";
        assertEquals(List.of("Lithuania"),
                extract(text).deployments().stream().map(DeploymentReport::hostCountry).toList());
    }

    @Test
    void troopsAlreadyInAHostAreTheOnlyCountrysTheTextPutThereBefore() {
        String later = "\nThe minister spoke in Rome. Parliament approved the plan. The opposition abstained.\n"
                + "The reinforcements will join about 1,000 personnel already stationed at Naqoura.";
        String one = "France has 700 troops in Chad.\nItaly is sending 200 more soldiers to Lebanon." + later;
        DeploymentReport d = extract(one).deployments().get(2);
        assertEquals("Italy", d.origin());
        assertEquals(1000, d.troops());
        String two = "France has 700 troops in Lebanon.\nItaly is sending 200 more soldiers to Lebanon." + later;
        assertEquals(List.of(700, 200), extract(two).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void aHostsOwnTroopsAreNotPlacedInTheCountryTheTextNamesMost() {
        String text = "SEOUL \u2014 North Korea condemned the drills, and North Korea put its army on alert. North "
                + "Korea fired a missile.\nAbout 12,000 South Korean troops and some of the 28,500 U.S. soldiers "
                + "stationed in the South are taking part.";
        assertEquals(List.of("United States"),
                extract(text).deployments().stream().map(DeploymentReport::origin).toList());
    }

    @Test
    void troopsTrainedOrInjuredAreNotPlacedInTheArticlesHost() {
        String text = "About 1,000 French soldiers are based in Romania.\nThe alliance met in Brussels.\n"
                + "More than 75,000 Ukrainian troops had been trained by European Union countries.\n"
                + "Protesters clashed with the peacekeepers, injuring 93 of them.";
        assertEquals(List.of(1000), extract(text).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void troopsServingInSeveralOperationsHaveNoOneHost() {
        String text = "The United Nations has some 61,000 peacekeepers serving in 11 operations. India has about "
                + "2,400 soldiers in South Sudan.";
        assertEquals(List.of(2400), extract(text).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void barracksBodiesAndShipsNamedAfterPeopleAreNotPeople() {
        String text = "The Marines will be based at Robertson Barracks in Darwin, said Col. Brian Hartley, the "
                + "commander of Marine Rotational Force-Darwin. Italy has contributed the destroyer Caio Duilio. "
                + "Bosnian Serb leader Dragan Stojic said Republika Srpska would not be intimidated. He told a rally "
                + "in Banja Luka that the police were ready.";
        assertEquals(List.of("Brian Hartley", "Dragan Stojic"), names(extract(text)));
    }

    @Test
    void armedGroupsAndDeploymentProgrammesAreNotPeople() {
        String text = "Soldiers fighting Boko Haram and Al Shabaab joined the NATO enhanced Forward Presence "
                + "battlegroup, said Maj. Gen. Ruth Adeyemi. Hayat Tahrir al-Sham did not comment.";
        assertEquals(List.of("Ruth Adeyemi"), names(extract(text)));
    }

    @Test
    void placesTheLexiconLacksAreNotPeopleAfterInAtTheOrAPlaceWord() {
        String text = "Officers met in Kiryat Gat and at Roosevelt Roads, then at Fort George G. Meade and the Mont "
                + "Valerien military headquarters. Ships crossed the Bab el-Mandeb strait to join the European-led "
                + "Agenor mission. Troops patrolled the Working Boundary in Mowag Piranha vehicles from the Curragh "
                + "Camp, Co. Kildare. The Minister for Defence, Ciar\u00e1n \u00d3 D\u00e1laigh TD, met them, and "
                + "aides waited at Vladimir Putin's dacha.";
        assertEquals(List.of("Ciar\u00e1n \u00d3 D\u00e1laigh", "Vladimir Putin"), names(extract(text)));
    }

    @Test
    void aSpeakerIsFoundPastAPostmodifierAnEmbeddedBodyOrANamingVerb() {
        String text = "Rep. Cho Min-kyu of the main opposition People Power Party said the government should "
                + "consider \"all options, including lethal aid to Ukraine,\" if the deployment grows.\n"
                + "Trump federalised the Guard, a move Gov. Elena Marsh called \u201ca hostile takeover.\u201d\n"
                + "For \u00c9lodie Marchetti, a researcher at Ifri, the reinforcement is above all political.\n"
                + "\u00ab Moscow is sending a signal to the whole region: it will not let Bamako fall. \u00bb";
        Extraction x = extract(text);
        assertEquals("Cho Min-kyu", quote(x, "all options").speaker());
        // British single quotes, in an article of their own
        Extraction tervo = extract("The Finnish defence minister, Jussi Tervo, called the decision \u2018a concrete "
                + "answer\u2019, and said Helsinki had asked its allies for troops that could \u2018fight in the dark "
                + "from day one\u2019.");
        assertEquals("Jussi Tervo", quote(tervo, "fight in the dark").speaker());
        assertEquals("Elena Marsh", quote(x, "a hostile takeover").speaker());
        assertEquals("\u00c9lodie Marchetti", quote(x, "Moscow is sending").speaker());
    }

    @Test
    void aDescriptionMatchesAnyTitleThePersonWasGiven() {
        String text = "The Chief of Staff of the Defence Forces, Lieutenant General Aoife Brennan, said the troops "
                + "were ready. Commander 10 Corps Lt Gen Kashif Nazir visited the Line of Control.\n"
                + "\"This is one of the best prepared groups we have sent,\" the Chief of Staff said.\n"
                + "The corps commander said: \"Our soldiers stand ready to defend the motherland.\"\n"
                + "Col Tan said the soldiers would remain under UN command.";
        Extraction x = extract(text);
        assertEquals("Aoife Brennan", quote(x, "This is one").speaker());
        assertEquals("Kashif Nazir", quote(x, "Our soldiers").speaker());
        assertEquals(List.of("Aoife Brennan", "Kashif Nazir"), names(x));
    }

    @Test
    void respectiveCountsPairWithTheirCountriesPastAnEarlierNumber() {
        String text = "UNDOF currently comprises approximately 1,150 troops. Nepal and India are the two largest "
                + "contributors, with about 400 and 200 troops respectively.";
        List<DeploymentReport> d = extract(text).deployments();
        assertEquals(List.of("United Nations 1150", "Nepal 400", "India 200"),
                d.stream().map(r -> r.origin() + " " + r.troops()).toList());
    }

    @Test
    void guardTroopsSentWithinTheirCountryServeInTheCityOfTheStory() {
        String text = "Guard troops arrive in Baltimore\n\nBALTIMORE \u2014 The first out-of-state troops arrived on "
                + "Saturday.\n\nAbout 150 soldiers from the West Virginia National Guard made up the first wave. "
                + "Separately, the president placed 300 members of the Maryland National Guard under federal control."
                + "\n\nMexican President Claudia Sheinbaum said her government had moved 10,000 members of the "
                + "National Guard to its northern border.";
        assertEquals(List.of("Mexico Mexico northern border 10000", "United States United States Baltimore 150",
                "United States United States Baltimore 300"),
                extract(text).deployments().stream()
                        .map(r -> r.origin() + " " + r.hostCountry() + " " + r.region() + " " + r.troops()).toList());
    }

    @Test
    void troopsGoingHomeAreReportedWhereTheyServe() {
        String text = "About 4,700 US soldiers will rotate into Romania. The 82nd Airborne paratroopers, numbering "
                + "roughly 3,000, will return to Fort Liberty in North Carolina by December.";
        assertEquals(List.of("Romania 4700", "Romania 3000"),
                extract(text).deployments().stream().map(r -> r.hostCountry() + " " + r.troops()).toList());
    }

    @Test
    void troopsAlongACeasefireLineAndInTheirOwnSectorsStandAtHome() {
        String text = "RAWALPINDI: The military said India had moved more than 30,000 additional troops to forward "
                + "areas along the Line of Control. The bulk of the deployment \u2014 around 18,000 troops, including "
                + "elements of two infantry brigades \u2014 has been concentrated in the Rajouri sector.";
        assertEquals(List.of("India India Line of Control 30000", "India India Rajouri 18000"),
                extract(text).deployments().stream()
                        .map(r -> r.origin() + " " + r.hostCountry() + " " + r.region() + " " + r.troops()).toList());
    }

    @Test
    void commandAreasAndTheCaribbeanAreHostsAndAContingentOwnsItsRelativeClause() {
        String text = "We will have roughly 12,000 U.S. personnel in the Caribbean. About 1,500 additional U.S. "
                + "personnel are moving into the CENTCOM area of responsibility. At a base in southern Lebanon, a "
                + "general took command of the Italian contingent, which numbers some 1,100 military personnel.";
        assertEquals(List.of("United States Caribbean 12000", "United States Middle East 1500", "Italy Lebanon 1100"),
                placed(extract(text)));
    }

    @Test
    void aMissionOfTroopsFromCountriesIncludingSomeIsTheMissionsAndTroopsOverseasHaveNoHost() {
        String text = "UNDOF was established in 1974 to maintain the ceasefire between Israel and Syria. It currently "
                + "comprises approximately 1,150 troops from countries including Nepal, India and Ireland. In all, 349 "
                + "Irish personnel are currently serving overseas.";
        assertEquals(List.of("United Nations Syria 1150"), placed(extract(text)));
    }

    @Test
    void vagueSizesAndAdvisersAreTroopsWithoutANumber() {
        String text = "France still keeps a few dozen advisers in Benin. Norway will send a few hundred troops to "
                + "Lithuania, and Russia several hundred soldiers to Mali.";
        assertEquals(List.of("France Benin null", "Norway Lithuania null", "Russia Mali null"),
                placed(extract(text)));
    }

    @Test
    void troopsThatLeftWithNoOwnerNamedNearbyAreThoseOfTheStorysWithdrawal() {
        String text = "KAMPALA, Uganda (AP) \u2014 Uganda has begun withdrawing the 2,000 soldiers it rushed into "
                + "South Sudan last year, with a first convoy crossing home at the Nimule border post.\n\n"
                + "\"Our mission in South Sudan has been accomplished,\" spokesman Richard Mwesige told reporters. "
                + "\"Juba is calm, and our brothers in the SSPDF can now take over.\"\n\n"
                + "Mwesige said about 600 soldiers had left so far.";
        assertEquals(List.of("Uganda South Sudan 2000", "Uganda South Sudan 600"), placed(extract(text)));
    }

    @Test
    void pledgesAreSentByWhoPledgesThemAndAQuotedRepeatIsNoNewDeployment() {
        String pledges = "PARIS (Reuters) - European allies pledged around 15,000 troops for a force that would "
                + "deploy to Ukraine.\n\nThe talks ran late.\n\nBritain offered up to 5,000 troops and France "
                + "about 4,000.\n\nGermany will instead station about 1,500 soldiers in eastern Poland.\n\n"
                + "\"Fifteen thousand is a serious start,\" the minister said.";
        // the pledges the sentence places nowhere go where most reports are; the quoted figure is the allies' again
        assertEquals(List.of("Europe Ukraine 15000", "France Ukraine 4000", "Germany Poland 1500",
                "United Kingdom Ukraine 5000"),
                placed(extract(pledges)));
        String bullets = "\u2022 Belgium will send about 250 troops to Romania from July\n"
                + "\u2022 Norway promised \u201ca few hundred\u201d extra soldiers for the brigade in Lithuania\n\n"
                + "They will take over from a Dutch company of some 150 troops in Romania.";
        assertEquals(List.of("Belgium Romania 250", "Norway Lithuania null", "Netherlands Romania 150"),
                placed(extract(bullets)));
    }

    @Test
    void missionsWrittenInTitleCaseThresholdsRefugeesAndTroopsWorldwideAreReadAsSuch() {
        String text = "China has sent 400 more peacekeepers to South Sudan. Beijing has more than 2,000 personnel "
                + "deployed on missions worldwide. More than 40,000 have fled to UN protection sites. Unmiss, which has "
                + "about 13,000 troops from more than 20 countries, has been criticised. The army's trained strength "
                + "fell below 70,000 last year.";
        assertEquals(List.of("China South Sudan 400", "United Nations South Sudan 13000"),
                placed(extract(text)));
    }

    @Test
    void aRegionTheSentenceNamesInTheTroopsOwnCountryKeepsThemAtHome() {
        String text = "About 1,000 British soldiers are stationed in Estonia. Finnish intelligence believes Russia is "
                + "setting up a headquarters in Petrozavodsk, the capital of Karelia, and that a division of up to "
                + "10,000 Russian troops could be based in the region by 2027.";
        assertEquals(List.of("United Kingdom Estonia 1000"), placed(extract(text)));
    }

    @Test
    void aThousandIsACountANumberedBaseIsNotAndAMovementBackIsNoRepeat() {
        String text = "Around a thousand Russian paramilitaries have landed in Bamako at air base 101, and about a "
                + "hundred Russian instructors arrived in Niamey. Some 2,000 North Korean troops have been relocated "
                + "to the Belgorod region, officials said. About 2,000 North Korean troops returned home in December.";
        assertEquals(List.of("Russia Mali 1000", "Russia Niger 100", "North Korea Russia 2000",
                "North Korea Russia 2000"),
                placed(extract(text)));
    }

    @Test
    void aListIntroducedByAColonServesWhereItsSentenceSendsThem() {
        String text = "Partner nations have deployed the following contingents to the Northern Territory:\n\n"
                + "- Republic of Korea: some 120 personnel and six KF-16 fighters;\n"
                + "- Germany, France and Spain: Germany around 250, France 170 and Spain 80;\n\n"
                + "The Maritime Self-Defense Force will send the destroyer JS Ise with some 550 personnel.";
        assertEquals(List.of("South Korea Australia 120", "Germany Australia 250", "France Australia 170",
                "Spain Australia 80", "Japan Australia 550"),
                placed(extract(text)));
    }

    @Test
    void aCrewIsAtTheSeaItsShipsSailAndTheNextBaseIsOnLand() {
        String text = "DJIBOUTI, Oct. 14 (Kyodo) -- About 180 Japanese personnel are stationed in Djibouti.\n"
                + "The base supports Japanese destroyers that escort merchant ships through the Gulf of Aden. Two "
                + "destroyers with a combined crew of some 400 Japanese sailors are currently on the mission.\n"
                + "The United States keeps some 4,000 service members at Camp Lemonnier.";
        assertEquals(List.of("Japan Djibouti 180", "Japan Gulf of Aden 400", "United States Djibouti 4000"),
                placed(extract(text)));
    }

    @Test
    void titleCaseHeadlinesAircraftShipsAndDeterminersNameNoOne() {
        String text = "In Syria Drawdown, the Pentagon Trades Outposts for a Quieter Footprint\n\n"
                + "Each Typhon battery has four launchers. The RAAF brought F/A-18F Super Hornet aircraft. From the "
                + "deck of HDMS Niels Juel, Commander Mette Skov watched. Imagery is on the Defence Image Library.";
        assertEquals(List.of("Mette Skov"), names(extract(text)));
    }

    @Test
    void basesAndTownsAreKnownAndACountryWithForeignTroopsAtItsBaseHostsThem() {
        String text = "Ishigaki is part of Okinawa prefecture, which already hosts roughly 18,000 U.S. Marines.\n"
                + "Qatar hosts about 10,000 U.S. service members. Kuwait has some 13,500 at Camp Arifjan.\n"
                + "About 130 South Korean troops left for Lebanon to join the country's peacekeeping contingent.";
        assertEquals(List.of("United States Japan 18000", "United States Qatar 10000", "United States Kuwait 13500",
                "South Korea Lebanon 130"),
                placed(extract(text)));
    }

    @Test
    void statesSendTheirCountrysGuardAndADemonymThatStartsANameIsNoOrigin() {
        String text = "Guard troops patrol New Orleans\n\nNEW ORLEANS \u2014 About 350 Louisiana National Guard "
                + "soldiers began patrolling the French Quarter, the first wave of a deployment that could grow to "
                + "as many as 1,000 troops.\n\nThe governor said Mississippi had agreed to send roughly 150 Guard "
                + "members.";
        assertEquals(List.of("United States United States 350", "United States United States 150"),
                placed(extract(text)));
    }

    @Test
    void moneyBasesOnASeaContributionsAndPresencesAreReadAsSuch() {
        String text = "Some 700 soldiers from the Jutland Dragoon Regiment will deploy to Latvia as Denmark's "
                + "contribution to NATO's brigade. The deployment is budgeted at DKK 480 million.\n\n"
                + "Nearly 900 Chinese personnel arrived in Cambodia. About 300 Chinese marines trained at Ream Naval "
                + "Base on the Gulf of Thailand.\n\nBritain will send about 700 more troops to Estonia, bringing its "
                + "presence in the Baltic state to more than 1,600.";
        assertEquals(List.of("Denmark Latvia 700", "China Cambodia 900", "China Cambodia 300",
                "United Kingdom Estonia 700", "United Kingdom Estonia 1600"),
                placed(extract(text)));
    }

    @Test
    void aCountryEstimatedToHaveTroopsHasThemAndAPlaceTheyLeaveIsNoOrigin() {
        String text = "About 2,500 Russian soldiers will leave Syria over the next four months, leaving no more than "
                + "1,500 military personnel at the Hmeimim air base, Syria's deputy foreign minister said. Russia is "
                + "estimated to have some 4,000 troops in Syria at present. Spain brought home its last troops from "
                + "Iraq in January, while Germany, which has about 300 soldiers in Arbil, will stay.";
        // the withdrawal, placed nowhere in its own clause, is placed once the whole text is read
        assertEquals(List.of("Russia Syria 1500", "Russia Syria 4000", "Germany Iraq 300", "Russia Syria 2500"),
                placed(extract(text)));
    }

    @Test
    void listItemsWithAMissionSizedUnitsAndAFamilyNameFirstAreRead() {
        String text = "India has about 2,300 troops with the UN Mission in South Sudan and nearly 900 with the UN "
                + "Interim Force in Lebanon. A 32-member platoon of Indian women peacekeepers has been deployed to "
                + "Abyei.\nDefense Minister Koizumi Shinjiro spoke on Tuesday.\n"
                + "\"We will show our firm resolve,\" Koizumi said.";
        Extraction x = extract(text);
        assertEquals(List.of("India South Sudan 2300", "India Lebanon 900", "India Abyei 32"),
                placed(x));
        assertEquals("Koizumi Shinjiro", quote(x, "We will show").speaker());
    }

    @Test
    void aHeadlineAboveTheDatelineNamesItsOwnOriginAndForcesNameTheirCountry() {
        String text = "North Korea sends about 1,000 more military engineers to Russia, Seoul says\n\n"
                + "SEOUL, Feb 17 (Reuters) - The engineers clear landmines. Around 250 PNGDF personnel will train "
                + "in Australia.\n\nNg Kai-ming, a naval analyst, spoke to reporters.\n\n"
                + "\"Beijing wants to show it can sustain a presence far from home,\" Ng said.";
        Extraction x = extract(text);
        assertEquals(List.of("North Korea Russia 1000", "Papua New Guinea Australia 250"),
                placed(x));
        assertEquals("Ng Kai-ming", quote(x, "Beijing wants").speaker());
    }

    @Test
    void navalPersonnelAreTroopsAndTheirUnitsAbroadAListOfThem() {
        String text = "About 300 South Korean naval personnel departed on Thursday to take over the anti-piracy "
                + "mission in the Gulf of Aden. They include some 280 with the Hanbit unit in South Sudan and around "
                + "250 with the Dongmyeong unit in southern Lebanon.";
        assertEquals(List.of("South Korea Gulf of Aden 300", "South Korea South Sudan 280", "South Korea Lebanon 250"),
                placed(extract(text)));
    }

    @Test
    void troopsFromAGroupOfCountriesHaveNoOneOrigin() {
        String text = "About 8,000 troops from ten northern European countries began an exercise in Norway.";
        assertTrue(extract(text).deployments().isEmpty(), extract(text).deployments().toString());
    }

    @Test
    void aSizeThatWasAuthorisedOrFallenShortOfIsNoDeployment() {
        String text = "Kenya has about 740 police officers in Haiti, well short of the 2,500 the Security Council "
                + "authorised in 2023. Some 12,000 UN peacekeepers serve in South Sudan, against the 17,000 troops "
                + "the Security Council had authorised.";
        assertEquals(List.of(740, 12000), extract(text).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void statusWordsAreRead() {
        assertEquals(DeploymentStatus.WITHDRAWN, extract("Some 600 American troops have been withdrawn from Niger.")
                .deployments().get(0).status());
        assertEquals(DeploymentStatus.IN_TRANSIT, extract("About 400 US soldiers are in transit through Germany.")
                .deployments().get(0).status());
        assertEquals(DeploymentStatus.ARRIVED, extract("About 3,000 North Korean soldiers arrived in Russia.")
                .deployments().get(0).status());
        assertEquals(DeploymentStatus.EXPECTED, extract("Germany will station around 4,800 soldiers in Lithuania.")
                .deployments().get(0).status());
    }

    @Test
    void trainingIsReadFromTheSentenceAfterTheCount() {
        String text = "As many as 8,000 North Korean troops are in Russia's Kursk region.\n"
                + "Blinken said the troops have been trained \u201cin artillery, UAVs, basic infantry operations, "
                + "including trench clearing, indicating that they fully intend to use them.\u201d";
        assertEquals(List.of("artillery", "UAVs", "basic infantry operations", "trench clearing"),
                extract(text).deployments().get(0).training());
    }

    @Test
    void daysResolveAgainstThePublicationDate() {
        String text = "Russian Foreign Minister Sergey Lavrov on Thursday praised \u201cvery close contacts.\u201d "
                + "\u201cWe are pleased,\u201d he said on Friday. \u201cIt went well,\u201d he said yesterday.";
        Extraction x = extract(text);
        assertEquals(LocalDate.of(2024, 10, 31), quote(x, "very close").statedOn());
        assertEquals(FRIDAY, quote(x, "We are pleased").statedOn());
        assertEquals(LocalDate.of(2024, 10, 31), quote(x, "It went well").statedOn());
        Extraction undated = extractor.extract(new ArticleText(text, null));
        assertNull(quote(undated, "very close").statedOn());
    }

    @Test
    void aRegionNamedBeforeWithoutItsCountryIsNoHostForTheBorderArea() {
        String text = "Poland sends 30,000 troops to eastern border\n\n"
                + "\"We have seen more attempts, mostly in the Podlasie region,\" a Border Guard spokeswoman told PAP.\n\n"
                + "Neighbouring Lithuania has also moved additional troops to its border with Belarus. Lithuanian "
                + "Defence Minister Robertas Kaunas said that about 1,000 soldiers had been sent to the border area, "
                + "and that the German brigade stationed in the country had been placed on heightened readiness.";
        assertTrue(placed(extract(text)).contains("Lithuania Lithuania 1000"), placed(extract(text)).toString());
    }

    @Test
    void rowsOfAListTheColonOpensAreTheirCountrysCounts() {
        String text = "UNIFIL has about 7,400 troops from 46 countries.\n\n"
                + "According to UNIFIL's latest figures, the largest troop contributors are:\n\n"
                + "Indonesia \u2013 1,046\n\nItaly \u2013 862\n\n- India: 677\n\n"
                + "The remaining 30 contributors, from Armenia to Uruguay, have fewer than 50 personnel each.";
        assertEquals(List.of("United Nations Lebanon 7400", "Indonesia Lebanon 1046", "Italy Lebanon 862",
                "India Lebanon 677"), placed(extract(text)));
    }

    @Test
    void quotationsBelowAnAttributableToLineAreThatPersons() {
        String text = "Defence announced the rotation on Tuesday.\n\n"
                + "Quotes attributable to Assistant Minister for Defence, the Hon Peter Khalil MP:\n\n"
                + "\u201cThe people of Darwin have welcomed the Marines for well over a decade.\n\n"
                + "\u201cWe look forward to this year\u2019s rotation.\u201d";
        Extraction x = extract(text);
        assertEquals("Peter Khalil", quote(x, "The people of Darwin").speaker());
        assertEquals("Peter Khalil", quote(x, "We look forward").speaker());
    }

    @Test
    void troopsAlongTheClaimantsOwnBorderAreItsOwnAndTheHeadlineCountIsTheSameTroops() {
        String text = "Pentagon to send 2,000 troops home from southern border\n\n"
                + "WASHINGTON \u2014 About 2,000 of the roughly 8,500 troops deployed along the U.S.-Mexico border will "
                + "return to their home stations by the end of April, the Pentagon's top spokesman said Tuesday.\n\n"
                + "Some 300 Marines are training at Roosevelt Roads in Puerto Rico.";
        assertEquals(List.of("United States United States 2000", "United States United States 8500",
                "United States Puerto Rico 300"), placed(extract(text)));
    }

    @Test
    void aReleaseSignsItsQuotationsOnTheDashLineBelowThem() {
        String text = "Canada deploys aircrew to Jamaica\n\n"
                + "\u201cHaiti\u2019s security crisis is a threat to the entire region.\u201d\n\n"
                + "\u201cThis deployment reflects Canada\u2019s long-standing commitment.\u201d\n\n"
                + "\u2013 The Honourable David J. McGuinty, Minister of National Defence\n\n"
                + "\u201cOur people are ready.\u201d\n\n"
                + "\u2013 General Jennie Carignan, Chief of the Defence Staff";
        Extraction x = extract(text);
        assertEquals("David J. McGuinty", quote(x, "Haiti").speaker());
        assertEquals("David J. McGuinty", quote(x, "This deployment").speaker());
        assertEquals("Jennie Carignan", quote(x, "Our people").speaker());
    }

    @Test
    void troopsFromACountryAreAwayFromItButNumbersSomeoneWeighsAreNoTroops() {
        String text = "First troops of anti-gang force land in Haiti\n\n"
                + "PORT-AU-PRINCE, Haiti (AP) \u2014 The first soldiers of a new force landed in Haiti on Monday.\n\n"
                + "The 412 soldiers from Chad are the vanguard of the Gang Suppression Force.\n\n"
                + "Roughly 150 soldiers from Guatemala will remain in Haiti and be folded into the new force.\n\n"
                + "A gang leader warned in a video that his fighters would resist any foreign force. \"They can bring "
                + "5,000 or 50,000. Haiti's problems will not be solved with foreign guns,\" he said.";
        assertEquals(List.of("Guatemala Haiti 150", "Chad Haiti 412"), placed(extract(text)));
    }

    @Test
    void aNicknameInQuotationMarksIsNotPartOfTheName() {
        String text = "Jimmy \"Barbecue\" Ch\u00e9rizier, a former police officer, warned that his fighters would "
                + "resist. \"They can bring more,\" he said.";
        Extraction x = extract(text);
        assertEquals(List.of("Jimmy Ch\u00e9rizier"), names(x));
        assertEquals("Jimmy Ch\u00e9rizier", quote(x, "They can bring").speaker());
    }

    @Test
    void aPlaceByItsBearingFromAnAccentedCapitalIsInThatCountry() {
        String text = "Moldova on Monday began a two-week exercise with Romanian and American troops at the Bulboaca "
                + "training area east of Chi\u0219in\u0103u. Around 300 Romanian soldiers and some 150 U.S. troops, "
                + "including a company from the Vermont National Guard, are taking part.";
        assertEquals(List.of("Romania Moldova 300", "United States Moldova 150"), placed(extract(text)));
    }

    @Test
    void soldiersYetToBeRecruitedAreNoDeployment() {
        String text = "The Lebanese army has deployed some 10,000 soldiers south of the Litani River, army commander "
                + "Rodolphe Haykal said, and plans to recruit 1,500 more.";
        assertEquals(List.of(10000), extract(text).deployments().stream().map(DeploymentReport::troops).toList());
    }

    @Test
    void troopsWithdrawnFromACountryAreNotFromIt() {
        String text = "The Defense Department was considering withdrawing about 4,500 troops from South Korea and "
                + "relocating some of them to Guam.";
        assertTrue(placed(extract(text)).stream().noneMatch(d -> d.startsWith("South Korea")),
                placed(extract(text)).toString());
    }

    @Test
    void troopsPlacedWithoutANumberAreReportedForEachCountryNamedForThem() {
        String text = "The United States is sending about 10,000 troops to the Philippines for the drills. Australia "
                + "has deployed more than 250 personnel and Japan about 150, with France, Canada and New Zealand also "
                + "sending smaller contingents.\n\n"
                + "The British-led force in Estonia also includes about 300 Dutch soldiers and a rotating Danish "
                + "contingent.";
        List<String> placed = placed(extract(text));
        for (String expected : List.of("France Philippines null", "Canada Philippines null",
                "New Zealand Philippines null", "Denmark Estonia null")) {
            assertTrue(placed.contains(expected), expected + " in " + placed);
        }
    }

    @Test
    void troopsLeftOrFoughtAndNamesOfPlacesAreNotPlacedWithoutANumber() {
        String text = "Nepali Army to send new battalion to Central African Republic as Lebanon contingent heads "
                + "home\n\n"
                + "France withdrew its last troops from Chad in January, and the forces it keeps in Senegal - some "
                + "350 - are due to leave. About 11,000 North Korean soldiers were sent to help Russia retake the "
                + "Kursk region from Ukrainian forces.";
        assertEquals(List.of("France Senegal 350", "North Korea Russia 11000"), placed(extract(text)));
    }

    @Test
    void theSameCountForEachCountryOfAListIsEachOnesAndThereIsThePlaceNamedLast() {
        String text = "ECOWAS will deploy 1,650 troops to Benin. Nigeria will contribute 650 soldiers, while Ghana will "
                + "send 400 troops and Senegal and Gambia 300 each. Germany is building a brigade of about 5,000 "
                + "troops in Lithuania, while Canada, which leads the brigade in Latvia, has committed to keeping up "
                + "to 2,200 personnel there.";
        List<String> placed = placed(extract(text));
        for (String expected : List.of("Senegal Benin 300", "Gambia Benin 300", "Canada Latvia 2200")) {
            assertTrue(placed.contains(expected), expected + " in " + placed);
        }
    }

    @Test
    void aClauseAboutAnotherTimeDoesNotPlaceTheTroops() {
        String text = "Russia has moved roughly 15,000 more troops to areas near its border with Finland.\n\n"
                + "Russia had also returned some 3,000 soldiers of its 80th Arctic Motor Rifle Brigade to their "
                + "garrison at Alakurtti, after the unit suffered heavy losses in Ukraine.";
        assertEquals(List.of("Russia Russia 15000", "Russia Russia 3000"), placed(extract(text)));
    }

    @Test
    void modifiersJoinedByAndStillLeaveThePlaceWhereTheTroopsGo() {
        // "across western and northeastern Poland" says where the soldiers operate, not whose they are
        String text = "POZNAN, Poland – Approximately 3,800 Soldiers from the 2nd Armored Brigade Combat Team, 3rd "
                + "Infantry Division, have begun arriving in Poland and the Baltic states to replace the 1st "
                + "Armored Brigade Combat Team, 1st Cavalry Division, as part of a regular rotation of U.S. "
                + "forces in Europe, U.S. Army Europe and Africa announced Jan. 14.\n\nThe \"Spartan\" Brigade, "
                + "based at Fort Stewart, Georgia, is bringing more than 1,500 pieces of equipment, including "
                + "M1A2 SEPv3 Abrams tanks, M2A4 Bradley Fighting Vehicles and M109A7 Paladin self-propelled "
                + "howitzers. The first vessel carrying the brigade's vehicles docked at the port of Gdansk Jan. "
                + "9, and rail movements to training areas across Poland are scheduled to continue through early "
                + "February.\n\nThe brigade headquarters and about 2,850 Soldiers will operate from locations "
                + "across western and northeastern Poland, including Boleslawiec, Skwierzyna and Orzysz. A "
                + "battalion task force of roughly 800 Soldiers will deploy to Pabrade, Lithuania, while a "
                + "company-sized element of about 150 Soldiers will train alongside Estonian forces at Tapa.";
        List<String> placed = placed(extract(text));
        assertTrue(placed.containsAll(List.of("United States Lithuania 800", "United States Estonia 150")),
                placed.toString());
    }

    @Test
    void aWeaponNamedAfterSomeoneIsNoPersonButARankMakesTheNameOne() {
        String text = "The brigade arrived with 87 M1 Abrams tanks and more than 130 Bradley Fighting Vehicles.\n\n"
                + "\u201cThis is not a withdrawal,\u201d Col. Bradley Whitaker, a spokesman for the Army, said.";
        Extraction x = extract(text);
        assertEquals(List.of("Bradley Whitaker"), names(x));
        assertEquals("Bradley Whitaker", x.quotations().get(0).speaker());
    }

    @Test
    void aMultinationalForceOfAGivenStrengthIsNoOneCountrysCount() {
        String text = "The U.K. and France will provide the bulk of a roughly 15,000-strong multinational force to be "
                + "deployed to Ukraine once a ceasefire takes effect, the deputy minister said.";
        assertEquals(List.of(), placed(extract(text)));
    }

    @Test
    void syriasSdfIsNotJapansSelfDefenseForces() {
        String text = "About 900 U.S. troops remain in Syria. The SDF is still guarding about 9,000 Islamic State "
                + "fighters across the northeast.";
        assertTrue(placed(extract(text)).stream().noneMatch(d -> d.startsWith("Japan")),
                placed(extract(text)).toString());
    }

    @Test
    void prisonersAreNoDeployment() {
        String text = "About 900 U.S. troops remain in Syria. Kurdish forces are still guarding about 9,000 Islamic "
                + "State fighters in prisons across the northeast.";
        assertEquals(List.of("United States Syria 900"), placed(extract(text)));
    }

    @Test
    void twoInitialsWrittenTogetherStartAName() {
        String text = "The US Army said the UN mission was over. \u201cThey are not needed,\u201d Illinois Gov. JB "
                + "Pritzker said.";
        Extraction x = extract(text);
        assertEquals(List.of("JB Pritzker"), names(x));
        assertEquals("JB Pritzker", x.quotations().get(0).speaker());
    }

    @Test
    void placesAndBodiesNamedLikePeopleAreNoPeople() {
        String text = "Troops along the Line of Actual Control held the village of Mala Tokmachka, in Kampong Speu "
                + "province, with help from the Jammu Frontier of the Border Patrol, Nikkei Asia reported. Soldiers "
                + "from Yamaguchi Prefecture joined the Spartan Soldiers. Director-General of Police Nalin Prabhat "
                + "said the roads were open.";
        assertEquals(List.of("Nalin Prabhat"), names(extract(text)));
    }

    @Test
    void aYearThatNamesAnEventIsNoCount() {
        String text = "About 2,500 U.S. troops remain in Iraq. At the peak of the 2007 troop surge, the U.S. had roughly "
                + "170,000 troops in Iraq.";
        assertEquals(List.of("United States Iraq 2500", "United States Iraq 170000"), placed(extract(text)));
    }

    @Test
    void aShareOfTheTroopsJustPlacedIsTheCountryItIsSaidToBe() {
        String text = "PORT-AU-PRINCE, Haiti (AP) \u2014 About 400 Guatemalan and Salvadoran soldiers landed in Haiti "
                + "on Tuesday. They were met on the tarmac by Haitian officials.\n\nRoughly 250 of the soldiers are "
                + "Guatemalan and nearly 150 are Salvadoran, according to a statement from the force.";
        List<String> placed = placed(extract(text));
        assertTrue(placed.contains("Guatemala Haiti 250") && placed.contains("El Salvador Haiti 150"),
                placed.toString());
    }

    @Test
    void aLanguageIsNoCountry() {
        String text = "PORT-AU-PRINCE, Haiti (AP) \u2014 Brig. Gen. Jorge Castaneda spoke to reporters at the "
                + "airport. \u201cWe came here to work,\u201d he said, speaking in Spanish. The Kenya-led mission "
                + "never had more than about 1,000 troops in the country.";
        assertEquals(List.of("Kenya Haiti 1000"), placed(extract(text)));
    }

    @Test
    void aBodyThatBacksAForceSendsNoneOfIt() {
        String text = "About 750 Kenyan police officers are in Haiti. The first 400 soldiers of a new U.N.-backed "
                + "force landed in Haiti on Tuesday.";
        assertTrue(placed(extract(text)).stream().noneMatch(d -> d.startsWith("United Nations")),
                placed(extract(text)).toString());
    }

    @Test
    void peopleDrivenFromTheirHomesAreNoTroops() {
        String text = "About 400 Guatemalan soldiers landed in Haiti on Tuesday. Gangs have expanded into the region "
                + "of Artibonite, forcing more than 1.4 million from their homes.";
        assertEquals(List.of("Guatemala Haiti 400"), placed(extract(text)));
    }

    @Test
    void daysOfAMonthAreNoTroops() {
        String text = "About 4,500 Russian troops will hold drills in Belarus. The drills are scheduled for Sept. "
                + "14-20 at training grounds in the Brest region.";
        assertEquals(List.of("Russia Belarus 4500"), placed(extract(text)));
    }

    @Test
    void guardTroopsTheTextPlacesNowhereServeWhereItFirstSentTheirForce() {
        String text = "President Donald Trump on Tuesday ordered about 700 National Guard troops from three states "
                + "into Baltimore.\n\nA memo signed by Defense Secretary Pete Hegseth directs 300 Guard members from "
                + "West Virginia, 250 from South Carolina and 150 from Tennessee to report to the city. The first of "
                + "them, roughly 120 West Virginia soldiers, arrived Tuesday evening at a staging area at Fort Meade.";
        List<String> placed = extract(text).deployments().stream()
                .map(r -> r.hostCountry() + " " + r.region() + " " + r.troops()).toList();
        assertTrue(placed.containsAll(List.of("United States Baltimore 300", "United States Baltimore 250",
                "United States Baltimore 150")), placed.toString());
    }

    @Test
    void theRegionIsTheRegionOfTheWorldNamedBefore() {
        String text = "The United States is sending about 2,000 additional troops to the Middle East, two U.S. "
                + "officials said. About 800 airmen will go to Saudi Arabia. The reinforcements will add to the roughly "
                + "40,000 U.S. troops already in the region, the officials said.";
        assertEquals(List.of("United States Middle East 2000", "United States Saudi Arabia 800",
                "United States Middle East 40000"), placed(extract(text)));
    }

    @Test
    void troopsNamedInPassingDoNotTakeOverFromTheCountedOnes() {
        String text = "The initial contingent of about 11,000 North Korean soldiers arrived in Russia's Kursk region "
                + "and was thrown into the fight to expel Ukrainian forces that had seized territory there. Roughly "
                + "3,000 reinforcements followed early this year.";
        assertTrue(placed(extract(text)).contains("North Korea Russia 3000"), placed(extract(text)).toString());
    }

    @Test
    void troopsServingInManyMissionsAreInNoOneHost() {
        String text = "India has nearly 900 peacekeepers in Lebanon. India is one of the largest contributors to UN "
                + "peacekeeping, with more than 5,000 military and police personnel currently serving in nine "
                + "missions.";
        assertEquals(List.of("India Lebanon 900"), placed(extract(text)));
        String across = "Around 900 Indian troops serve in Lebanon. India currently has over 5,300 military and police "
                + "personnel deployed across nine UN missions.";
        assertEquals(List.of("India Lebanon 900"), placed(extract(across)));
    }

    @Test
    void theArmyOfAStoryFiledFromACityBeforeAColonIsThatCountrys() {
        String text = "NEW DELHI: The Army has begun drawing up plans for the phased return of its nearly 900 "
                + "peacekeepers deployed in south Lebanon, top sources said.";
        assertEquals(List.of("India Lebanon 900"), placed(extract(text)));
    }

    @Test
    void guardMembersAndAStatesContingentInAGuardStoryAreTheirCountrys() {
        String text = "The National Guard deployment in Washington, D.C., will continue at least through February, "
                + "officials said Tuesday. The troops have patrolled Washington's streets since August.\n\nRoughly "
                + "2,300 Guard members are currently on duty in the city, according "
                + "to the task force.\n\nWest Virginia has the largest out-of-state contingent, with about 400 troops.";
        List<String> placed = placed(extract(text));
        assertTrue(placed.containsAll(List.of("United States United States 2300", "United States United States 400")),
                placed.toString());
    }

    @Test
    void thePartsOfADrillsTotalAreWhereTheStoryIsFiledFrom() {
        String text = "MANILA, Philippines \u2014 More than 17,000 Filipino, American and allied troops will take part "
                + "in this year's Balikatan exercises, military officials said on Monday.\n\nOf the total, about 11,000 "
                + "are American servicemen and women, while some 400 come from the Armed Forces of Malaysia, according "
                + "to the spokesperson.";
        assertEquals(List.of("United States Philippines 11000", "Malaysia Philippines 400"), placed(extract(text)));
    }

    @Test
    void aUnitOutOfAHomeBaseIsThatCountrysAndIsNotLeaving() {
        String text = "Iran has threatened U.S. bases in the region.\n\nRoughly 600 soldiers from a Patriot air defense "
                + "battalion out of Fort Bliss, Texas, are deploying to Al Udeid Air Base in Qatar this month, two "
                + "defense officials said.";
        assertEquals(List.of("United States Qatar 600"), placed(extract(text)));
    }

    @Test
    void theFrenchArePeopleNotAPlace() {
        String text = "BUCHAREST, Romania (AP) - The exercise began on Monday.\n\nThe NATO battlegroup, known to the "
                + "French as Mission Aigle, numbers around 1,500 soldiers.";
        assertEquals(List.of("NATO Romania 1500"), placed(extract(text)));
    }

    @Test
    void aLeaderWhoSaysHeSentTroopsSendsHisCountrysAndRecruitsAreNoTroops() {
        String text = "U.S. warships have gathered near Panama.\n\nVenezuelan President Nicolás Maduro has mobilised "
                + "the army. Maduro said this month that he had ordered 25,000 troops to reinforce the states of Zulia "
                + "and Táchira along the Colombian border. He has also claimed that more than 4.5 million Venezuelans "
                + "have signed up for a civilian militia.\n\nThe U.S. has gathered some 4,500 sailors and Marines in "
                + "the Caribbean.\n\n\u201cMany of those 25,000 soldiers will be conscripts,\u201d said an analyst in "
                + "Bogotá.";
        assertEquals(List.of("Venezuela Venezuela 25000", "United States Caribbean 4500"), placed(extract(text)));
    }

    @Test
    void troopsSentToTheBorderOfAStoryOfTroopsAtHomeAreAtTheirOwnBorder() {
        String text = "FIRST ON FOX: Secretary of War Pete Hegseth has approved sending roughly 1,500 additional "
                + "active-duty troops to the U.S.-Mexico border, Fox News Digital has learned.\n\nThe incoming forces "
                + "include about 900 U.S. soldiers from the 2nd Stryker Brigade Combat Team at Fort Carson, Colorado.";
        assertTrue(placed(extract(text)).contains("United States United States 1500"),
                placed(extract(text)).toString());
    }

    @Test
    void aJointForceOfSeveralCountriesIsNoOnesCount() {
        String text = "Russia also has around 300 military personnel in Burkina Faso. The three allies announced in "
                + "December the launch of a joint force of 5,000 soldiers, headquartered in the Nigerien capital Niamey.";
        assertEquals(List.of("Russia Burkina Faso 300"), placed(extract(text)));
    }

    @Test
    void aQuestionAboutTroopsReportsNone() {
        // a briefing transcript: the reporter's question, unquoted
        String text = "Q: General, are there U.S. ground forces deployed in Venezuela right now?\n\nAre Belarusian "
                + "troops stationed in Russia?";
        assertEquals(List.of(), placed(extract(text)));
    }

    @Test
    void organisationsPlacesAndAircraftNamedLikePeopleAreNoPeople() {
        String text = "\"Two attacks in one week is enough,\" said Sofie Brandt, head of maritime security at "
                + "London-based consultancy Harwell Maritime Risk.\n\nThe maker is expanding production lines in "
                + "Camden, Arkansas, and Grand Prairie, Texas. The troops landed aboard Ilyushin Il-76 cargo planes at "
                + "bases including Ain Al Asad and Deir al-Zor, paid for through the European Peace Facility, according "
                + "to the National Threat Assessment and the medical charity Medecins Sans Frontieres.";
        assertEquals(List.of("Sofie Brandt"), names(extract(text)));
    }

    @Test
    void aPlaceBeforeItsCountryInBracketsIsNoPerson() {
        String text = "Jubata al-Khashab (Syria) (AFP) - From his olive grove on the edge of this village, a farmer "
                + "can see the new Israeli position.";
        assertEquals(List.of(), names(extract(text)));
    }

    @Test
    void sheikhInsideANameIsPartOfItAndItsFirstNamesReferToItsBearer() {
        String text = "Somali President Hassan Sheikh Mohamud has sought to balance these partners.\n\nHassan "
                + "Sheikh's government is acutely aware of the risks.";
        Extraction x = extract(text);
        assertEquals(List.of("Hassan Sheikh Mohamud"), names(x));
        assertEquals("President", person(x, "Hassan Sheikh Mohamud").role());
    }

    @Test
    void armouredPersonnelCarriersAreNoTroops() {
        String text = "About 350 Chinese peacekeepers will deploy to Wau in South Sudan. They will bring 12 armoured "
                + "personnel carriers and a field hospital with them.";
        assertEquals(List.of("China South Sudan 350"), placed(extract(text)));
    }

    @Test
    void aCorrectionNoteRepeatsNoDeployment() {
        String text = "Britain has about 900 troops in Estonia, the ministry said.\n\n___\n\nThis story has been "
                + "corrected to show that about 900 British troops, not 9,000, are deployed in Estonia.";
        assertEquals(List.of("United Kingdom Estonia 900"), placed(extract(text)));
    }

    @Test
    void thatNumberIsTheLastCountsEvenWhenItsOwnerIsNamedLater() {
        String text = "WASHINGTON \u2014 The THAAD battery, from Fort Bliss, Texas, returned to the United States this "
                + "month along with about a hundred soldiers.\n\nAt the height of the war, the Army had more than "
                + "3,000 air defenders deployed across the CENTCOM region. That number has since fallen to about 2,400, "
                + "the Army said.";
        assertTrue(placed(extract(text)).contains("United States Middle East 2400"), placed(extract(text)).toString());
    }

    @Test
    void anAgeBetweenCommasAndTroopsTrainedAreNoDeployments() {
        String text = "Around 1,700 German soldiers are now stationed in Lithuania.\n\nStaff Sergeant Tobias Reimer, 29, "
                + "who arrived in Lithuania in April, said he had signed up because this is where the mission is.\n\n"
                + "T\u00fcrkiye runs its largest overseas military base in Mogadishu, where it has trained thousands of "
                + "Somali soldiers since 2017.";
        assertEquals(List.of("Germany Lithuania 1700"), placed(extract(text)));
    }

    @Test
    void theLastNamesOfALongerNameAreItsBearer() {
        String text = "Defense Minister Vladimir Padrino L\u00f3pez said 200,000 troops had been mobilized.\n\nPadrino "
                + "L\u00f3pez has led the armed forces since 2014.";
        assertEquals(List.of("Vladimir Padrino L\u00f3pez"), names(extract(text)));
    }

    @Test
    void placesBodiesAndPartyTagsNamedLikePeopleAreNoPeople() {
        String text = "\u201cFor five years we were told this was about an invasion,\u201d said state Rep. Ramiro "
                + "Escamilla, D-Eagle Pass.\n\nThe 1st Jungle Infantry Brigade, headquartered in Boa Vista, will "
                + "coordinate. The Army commander is expected to visit Boa Vista on Friday. Ecuador blamed Comandos de "
                + "la Frontera, a group made up of dissidents. Trump wrote on Truth Social that he would act, and the "
                + "brigade will bring Joint Light Tactical Vehicles.\n\nPark Ji-hoon, a ruling Democratic Party "
                + "lawmaker, said the troops in Donald Trump's plan would stay.";
        assertEquals(List.of("Ramiro Escamilla", "Park Ji-hoon", "Donald Trump"), names(extract(text)));
    }

    @Test
    void aCountryThatPressesForAWithdrawalIsNoPlaceTroopsLeave() {
        String text = "The Lebanese army has deployed troops south of the Litani River. Under Resolution 2790, adopted "
                + "by the Security Council last August under pressure from the United States and Israel, the mission's "
                + "mandate expires on December 31, 2026, after which its peacekeepers will have one year to withdraw."
                + "\n\nBeirut has said it aims to have 10,000 soldiers in the area under the ceasefire arrangements.";
        assertEquals(List.of("Lebanon Lebanon 10000"), placed(extract(text)));
    }

    @Test
    void yearsFromAndToAreNoRangeOfTroops() {
        String text = "Japan sent about 350 engineers to South Sudan under the U.N. Mission in South Sudan from 2012 to "
                + "2017, its largest peacekeeping operation to date.";
        assertEquals(List.of("Japan South Sudan 350"), placed(extract(text)));
    }

    @Test
    void soldiersAnAmbushKillsAreNoDeployment() {
        String text = "Ecuador sends 2,000 more troops to Colombia border after ambush kills four soldiers\n\nQUITO "
                + "(Reuters) - Ecuador will send 2,000 more troops to its northern border with Colombia, the defence "
                + "ministry said on Tuesday.";
        assertEquals(List.of("Ecuador Ecuador 2000"), placed(extract(text)));
    }

    @Test
    void daysCountedInAQuoteAreNoTroops() {
        String text = "About 450 U.S. soldiers left for Kosovo on Saturday.\n\n\"We'll be counting the days, all 270 of "
                + "them or whatever it turns out to be,\" she said.";
        assertEquals(List.of("United States Kosovo 450"), placed(extract(text)));
    }

    @Test
    void aTextOpeningWithAQuotedWordBeforeItsVerbIsRead() {
        String text = "\u201cBarbecue\u201d warned that the foreign troops would \u201cmeet the same fate.\u201d";
        assertEquals(1, extract(text).quotations().stream().filter(q -> q.text().startsWith("meet")).count());
    }

    @Test
    void givenNamesThatAreAlsoCommonWordsStartANameAfterATitle() {
        String text = "Tennessee Governor Bill Lee sent the Guard to Memphis. Senator Rand Paul objected, and U.S. "
                + "District Judge April Perry blocked a similar order in Illinois. The defence bill passed later.";
        assertEquals(List.of("Bill Lee", "Rand Paul", "April Perry"), names(extract(text)));
    }

    @Test
    void aDelegateIsNamedByTheAbbreviationOfHerTitle() {
        String text = "\"These are our neighbors, our first responders, our teachers,\" said Del. Carla Mayhew, "
                + "D-Kanawha.";
        Extraction x = extract(text);
        assertEquals("Carla Mayhew", x.quotations().get(0).speaker());
        assertEquals("Del.", person(x, "Carla Mayhew").role());
    }

    @Test
    void aCountOfThemAfterATitledSpeakerIsTheTroopsCountedBefore() {
        String text = "Officials estimate that between 11,000 and 12,000 North Korean soldiers have been sent to Russia."
                + " Ukraine's President Volodymyr Zelensky has said that 11,000 of them are in Russia's Kursk region.";
        assertEquals(List.of("North Korea Russia 11000"), placed(extract(text)));
    }

    @Test
    void aListOfStateGuardsBreaksDownTheTroopsPlacedJustBefore() {
        String text = "About 2,200 National Guard members are deployed in Washington. They include:\n\n"
                + "- District of Columbia National Guard: about 950\n- West Virginia: about 300\n- South Carolina: 200\n";
        assertEquals(List.of("United States United States 2200", "United States United States 950",
                "United States United States 300", "United States United States 200"), placed(extract(text)));
    }

    @Test
    void aListOfOffersPlacesEachCountrysTroopsWhereTheStorysForceGoes() {
        String text = "European countries are preparing a force for Ukraine, where Russia has about 600,000 troops.\n\n"
                + "Who has said yes?\n\n- France: as many as 6,000 soldiers, according to French officials.\n"
                + "- The Nordics: Denmark and Sweden say they could send up to 500 troops apiece.\n";
        assertEquals(List.of("Russia Ukraine 600000", "France Ukraine 6000", "Denmark Ukraine 500",
                "Sweden Ukraine 500"), placed(extract(text)));
    }

    @Test
    void countsThatGoOnFromOnePlacedInTheMissionAreThere() {
        String text = "UNIFIL has about 10,000 peacekeepers in southern Lebanon. It was set up in 1978 to confirm an "
                + "Israeli withdrawal.\n\nIts mandate was expanded after the 2006 war between Israel and Hezbollah.\n\n"
                + "The largest contingent comes from Indonesia, which has about 1,200 troops in the mission. Italy has "
                + "more than 1,000, and India about 900.";
        assertEquals(List.of("United Nations Lebanon 10000", "Indonesia Lebanon 1200", "Italy Lebanon 1000",
                "India Lebanon 900"), placed(extract(text)));
    }

    @Test
    void aLinkToAnotherStoryIsNotReadForTroops() {
        String text = "Germany has about 1,300 soldiers in Lithuania.\n\nREAD MORE: Germany\u2019s army wants 60,000 more "
                + "soldiers.\n\nThe brigade is to grow.";
        assertEquals(List.of("Germany Lithuania 1300"), placed(extract(text)));
    }

    @Test
    void fightersAfterAnAircraftsNameArePlanes() {
        String text = "Sweden has about 550 troops in Latvia and four JAS 39 Gripen fighters on rotation.";
        assertEquals(List.of("Sweden Latvia 550"), placed(extract(text)));
    }

    @Test
    void aDescriptionStandsForTheUntitledPersonWhoOpensTheSentenceBefore() {
        String text = "In January, President Volodymyr Zelensky said Ukraine would need \"at least 200,000\" soldiers.\n\n"
                + "Emmanuel Macron has tried to lower expectations. \"These will not be forces on the front line,\" the "
                + "French president said in March.";
        Extraction x = extract(text);
        assertEquals("Emmanuel Macron", x.quotations().stream().filter(q -> q.text().startsWith("These"))
                .findFirst().orElseThrow().speaker());
    }

    @Test
    void aFactSheetsTableOfContributorsPlacesEachRowInTheMissionsHost() {
        String text = "UNIFIL Fact Sheet\n\nThe Force was authorised to reach a maximum of 15,000 troops and monitors "
                + "the cessation of hostilities.\n\nCountry | Military personnel\nIndonesia | 1,231\nItaly | 1,068\n"
                + "Republic of Korea | 271\n";
        assertEquals(List.of("United Nations Lebanon 15000", "Indonesia Lebanon 1231", "Italy Lebanon 1068",
                "South Korea Lebanon 271"), placed(extract(text)));
    }

    @Test
    void anInitialAndASurnameAfterATitleNameAPerson() {
        String text = "External Affairs Minister S. Jaishankar told Parliament that India was \"very clear\" about the "
                + "principles.";
        Extraction x = extract(text);
        assertEquals(List.of("S. Jaishankar"), names(x));
        assertEquals("S. Jaishankar", x.quotations().get(0).speaker());
    }

    @Test
    void rowsUnderAListOfOneCountrysUnitsAreItsTroopsWhereTheRowSays() {
        String text = "According to the ministry, about 1,000 South Korean troops are currently deployed in 13 countries:"
                + "\n\n- Hanbit unit (Bor, South Sudan): about 280\n- Dongmyeong unit (Tyre, Lebanon): about 270\n";
        assertEquals(List.of("South Korea South Sudan 280", "South Korea Lebanon 270"), placed(extract(text)));
    }

    @Test
    void sharesTargetsNotReachedAndWholeArmiesAreNoTroopsSent() {
        assertEquals(List.of("Germany Lithuania 1300"), placed(extract("Germany has about 1,300 soldiers in Lithuania, "
                + "and only around one in five soldiers asked was willing to transfer there.")));
        assertEquals(List.of("Germany Lithuania 1300"), placed(extract("Germany has about 1,300 soldiers in Lithuania. "
                + "The Bundeswehr has about 182,000 active soldiers, well short of its target of 203,000.")));
        assertEquals(List.of("Ireland Lebanon 340"), placed(extract("Ireland has about 340 troops serving with Unifil, "
                + "a large commitment for a country whose defence forces number fewer than 8,000.")));
    }

    @Test
    void aContingentTheBattlegroupIncludesIsWhereTheBattlegroupIs() {
        String text = "France will deploy an additional company of approximately 200 soldiers to Romania in April, the "
                + "minister said.\n\n\u00ab Our soldiers in Cincu are the guarantee \u00bb, the minister declared during a "
                + "visit to a regiment in N\u00eemes.\n\nLed by France since 2022, the battlegroup also includes a Belgian "
                + "contingent of about 250 soldiers and a platoon from Luxembourg.";
        assertEquals(List.of("France Romania 200", "Belgium Romania 250"), placed(extract(text)));
    }

    @Test
    void soldiersACountryTrainedAreNoTroopsItSent() {
        String text = "About 70 Canadian soldiers deployed to Jamaica in 2024 and trained more than 330 soldiers from "
                + "Caribbean states.";
        assertEquals(List.of("Canada Jamaica 70"), placed(extract(text)));
    }

    @Test
    void aBorderNamedInAnotherClauseIsNotTheirs() {
        String text = "Poland will deploy up to 40,000 soldiers near its border with Belarus, the minister said, as "
                + "Warsaw sought assurances that Washington would not cut the roughly 10,000 U.S. troops stationed in "
                + "the country.";
        assertFalse(placed(extract(text)).contains("United States United States 10000"));
    }

    @Test
    void aListRowThatDescribesItsContingentAfterTheCountIsCounted() {
        String text = "Canada-led brigade in Latvia grows\n\nThe multinational brigade in Latvia now has more than "
                + "4,000 troops. The main national contributions are:\n\n- Sweden: roughly 550, a mechanized "
                + "battalion that began arriving in April\n- Poland: around 200, including an air defense element\n"
                + "- Slovakia: about 150";
        assertTrue(placed(extract(text)).containsAll(List.of("Sweden Latvia 550", "Poland Latvia 200",
                "Slovakia Latvia 150")), placed(extract(text)).toString());
    }

    @Test
    void aTotalBroughtToApproximatelyACountIsThatCount() {
        String text = "Brigade arrives in Europe\n\nThe rotation brings the total number of U.S. Army Soldiers "
                + "assigned, allocated or rotationally deployed to Europe to approximately 40,000. Of these, about "
                + "10,000 are in Poland.";
        assertEquals(List.of("United States Europe 40000", "United States Poland 10000"), placed(extract(text)));
    }

    @Test
    void contributorsListedBeforeTheSentenceGoesOnServeWithTheForce() {
        String text = "Kenyan police in Haiti\n\nKenya now has nearly 800 police officers in Haiti. Together with "
                + "troops and police from Guatemala, Belize and the Bahamas, the mission has about 1,000 personnel on "
                + "the ground.\n\nA German battalion is to move to Lithuania with some 900 soldiers this summer. A third "
                + "battalion will be formed "
                + "out of the existing battlegroup, in which soldiers from the Netherlands and Norway, among others, "
                + "serve alongside the Germans.";
        assertTrue(placed(extract(text)).containsAll(List.of("Guatemala Haiti null", "Belize Haiti null",
                "Bahamas Haiti null", "Netherlands Lithuania null", "Norway Lithuania null")),
                placed(extract(text)).toString());
    }

    @Test
    void aTelephoneNumberIsNoCount() {
        String text = "UK sends troops to Estonia\n\nAbout 900 British soldiers will deploy to Estonia next month, "
                + "the Ministry of Defence said.\n\nNotes to editors\n\n- The UK's total commitment to NATO's "
                + "eastern flank includes up to 1,000 personnel in Poland and Romania on rotation.\n"
                + "- Media enquiries: MOD Press Office, 020 7218 7907";
        assertFalse(placed(extract(text)).stream().anyMatch(d -> d.endsWith(" 7907")),
                placed(extract(text)).toString());
    }

    @Test
    void aCountryThatKeepsTroopsSomewhereHasThemThereAndOneRecordTellsIt() {
        String text = "UNIFIL begins drawdown\n\nThe UN force in southern Lebanon has begun sending soldiers home. "
                + "Israel, which had long pushed for an end to UNIFIL, still keeps troops at five hilltop positions "
                + "inside southern Lebanon. Under the deal, Israeli forces were to pull out of southern Lebanon within 60 "
                + "days, and Hezbollah was to move its fighters north of the Litani.\n\nNigeria also has troops in the ECOWAS mission in Guinea-Bissau. Russia has accused "
                + "Ukrainian troops of shelling Kursk.";
        assertEquals(List.of("Israel Lebanon null", "Nigeria Guinea-Bissau null"), placed(extract(text)));
    }

    @Test
    void aPersonIsNamedAsTheTextWritesThemInitialAndGenerationIncluded() {
        String text = "Guard brigade deploys\n\n\"We are ready,\" said Maj. Gen. Warner A. Ross II, the adjutant "
                + "general. Col. Sarah M. Whitcomb, the brigade commander, agreed.\n\n\"The mission is deterrence,\" "
                + "Whitcomb said. Ross added that families would be kept informed.";
        Extraction x = extract(text);
        assertEquals(List.of("Warner A. Ross II", "Sarah M. Whitcomb"), names(x));
        assertEquals("Sarah M. Whitcomb", quote(x, "The mission").speaker());
    }

    @Test
    void aFeatureNamesPeopleByAFirstNameAndTheyPauseBetweenQuotations() {
        String text = "Life beside the base\n\nA man selling coffee near the headquarters, who gave his name only as "
                + "Ali, said the peacekeepers had never stopped anything. \"They wrote reports,\" he said.\n\n"
                + "Awa, a vendor who has sold peanuts outside the camp for twenty years and gave only her first "
                + "name, shrugged. \"They were good customers,\" she said.\n\n\"The British came and at least they "
                + "asked,\" she said later. She paused. \"My son says they are here so that he does not have to "
                + "go.\"";
        Extraction x = extract(text);
        assertEquals("Ali", quote(x, "They wrote").speaker());
        assertEquals("Awa", quote(x, "They were good").speaker());
        assertEquals("Awa", quote(x, "My son").speaker());
    }

    @Test
    void thePaperItsPageAndTheHomeTownsOfAFeatureNameNoOne() {
        String text = "Paratroopers come home\n\nBy Rachel Dunmore\nThe Fayetteville Observer\nPosted Wed 2 Apr 2025 "
                + "at 7:48pm\n\nFor Kaylee Montroy, 27, of Evans Mills, it was the third homecoming. \"Every night he'd "
                + "ask me, 'Is Daddy on the big plane yet?'\" she said. The jets flew alongside Merlin Mk2 "
                + "helicopters out of the former Naval Station Roosevelt Roads.\n\nRecommended Stories";
        assertEquals(List.of("Kaylee Montroy"), names(extract(text)));
    }

    @Test
    void aDatelineBelowTheBylineBlockStillSaysWhoseTheSailorsAreAndASeaSendsNoOne() {
        String text = "Sailors leave Norfolk\n\nBy Renée Okafor\nThe Virginian-Pilot\nNov 4, 2025 at 6:15 pm\n\n"
                + "NORFOLK — The hugging started before sunrise.\n\nRoughly 6,000 sailors with the Bush Carrier Strike "
                + "Group are deploying to the Mediterranean Sea and, the Navy says, wherever else they are needed, "
                + "which in recent years has meant the Red Sea. About 5,000 of them are aboard the carrier itself.";
        assertEquals(List.of("United States Mediterranean 6000", "United States Mediterranean 5000"),
                placed(extract(text)));
    }

    @Test
    void aDeploymentOfACountrysTroopsPlacesThemAndThePartnerTheyTrainSendsNoOne() {
        String text = "Troop dispatches extended\n\nSEOUL, Nov. 25 (Yonhap) -- The Cabinet on Tuesday approved a plan "
                + "to extend the deployment of South Korean troops in the United Arab Emirates, the Gulf of Aden and "
                + "South Sudan by one more year.\n\nThe plan covers the Akh unit, about 150 special warfare troops "
                + "stationed in Al Ain, the UAE, to train Emirati special forces; the Cheonghae anti-piracy unit, some "
                + "300 sailors operating in the Gulf of Aden; and the Hanbit unit, about 280 troops in South Sudan.";
        List<String> placed = placed(extract(text));
        assertTrue(placed.containsAll(List.of("South Korea Gulf of Aden 300", "South Korea South Sudan 280")),
                placed.toString());
        assertFalse(placed.stream().anyMatch(d -> d.startsWith("United Arab Emirates")), placed.toString());
        assertEquals(List.of("South Korea South Sudan null"), placed(extract("Dispatch extended\n\nThe Cabinet "
                + "approved the deployment of South Korean troops in South Sudan for another year.")));
    }

    @Test
    void uncountedTroopsPlacedInAnotherCountryStandBesideTheirCountryCountedElsewhere() {
        String text = "Russian instructors arrive\n\nAround 100 Russian troops deployed to Burkina Faso in "
                + "January 2024. A contingent of Russian military instructors arrived in Niamey that April, Nigerien "
                + "state television reported.";
        assertEquals(List.of("Russia Burkina Faso 100", "Russia Niger null"), placed(extract(text)));
    }

    @Test
    void prisonersAndTroopsNearAnotherCountrysBordersAreNotDeployedThere() {
        String text = "Troops abroad\n\nNorth Korea has sent about 11,000 troops to Russia's Kursk region. Two "
                + "North Korean soldiers captured by Ukraine in January remain in Ukrainian custody.\n\nGermany will "
                + "station about 4,800 troops in Lithuania. Kremlin spokesman Dmitry Peskov said the stationing of "
                + "German troops near Russia's borders was a threat.";
        assertEquals(List.of("North Korea Russia 11000", "Germany Lithuania 4800"), placed(extract(text)));
    }

    @Test
    void aGulfTheLexiconDoesNotKnowIsNotTheGulf() {
        String text = "Exercise opens\n\nPORT OF SPAIN, Trinidad and Tobago — About 90 Canadian sailors will join "
                + "a maritime interdiction phase in the Gulf of Paria this week.";
        assertEquals(List.of("Canada Trinidad and Tobago 90"), placed(extract(text)));
    }

    @Test
    void troopsMovingOnAreWhereTheyGoAndASpeakerRepeatingTheirNumberAddsNoDeployment() {
        String text = "Marines leave Okinawa\n\nNAHA, Japan - About 100 U.S. Marines stationed in Okinawa Prefecture "
                + "have begun moving to the U.S. Pacific territory of Guam, the Japanese government said Tuesday.\n\n"
                + "Under a 2012 agreement, about 9,000 of the roughly 18,000 Marines in Okinawa are to be moved out of "
                + "the prefecture.\n\n\"A hundred Marines leaving out of 18,000 does not change the fact that Okinawa hosts most of the "
                + "facilities used by U.S. forces,\" Gov. Denny Tamaki said.";
        List<String> placed = placed(extract(text));
        assertTrue(placed.contains("United States Guam 100"), placed.toString());
        assertFalse(placed.stream().anyMatch(d -> d.endsWith(" 100") && !d.contains("Guam")), placed.toString());
    }

    @Test
    void frenchTroopsInAnOverseasTerritoryServeThere() {
        String text = "Troops stay\n\nFrance will keep about 480 soldiers sent from the mainland in New Caledonia "
                + "until the elections, Armed Forces Minister Sébastien Lecornu said in Nouméa.";
        assertEquals(List.of("France New Caledonia 480"), placed(extract(text)));
    }

    @Test
    void aLeaderWhoSendsTroopsSendsHisCountrys() {
        String text = "Sappers for Kursk\n\nSecurity Council Secretary Sergei Shoigu met North Korean leader Kim Jong "
                + "Un last week.\n\nIn June, Shoigu announced that Kim Jong Un had agreed to send 1,000 sappers to "
                + "clear mines in the Kursk region and 5,000 military builders to restore destroyed infrastructure.";
        assertEquals(List.of("North Korea Russia 1000", "North Korea Russia 5000"), placed(extract(text)));
    }

    @Test
    void aCountrysTerritoryIsAPlaceNotWhoseTheTroopsAre() {
        String text = "Sappers for Kursk\n\nNorth Korea will send 1,000 sappers to demine Russian territory, as well "
                + "as 5,000 military builders to restore the destroyed infrastructure.";
        assertEquals(List.of("North Korea Russia 1000", "North Korea Russia 5000"), placed(extract(text)));
    }

    @Test
    void aForceNamedForAContinentIsNotWhereItServes() {
        String text = "Reassurance force\n\nHealey said British troops could deploy to Ukraine after a ceasefire. "
                + "Reports have suggested the UK could contribute up to 10,000 personnel to a European force.";
        assertEquals(List.of("United Kingdom Ukraine 10000"), placed(extract(text)));
    }

    @Test
    void drCongoIsTheCongo() {
        String text = "Kenyan troops\n\nKenya first sent troops into Somalia in October 2011.\n\nKenya also "
                + "withdrew about 900 soldiers from eastern DR Congo in December 2023.";
        assertTrue(placed(extract(text)).contains("Kenya Democratic Republic of the Congo 900"),
                placed(extract(text)).toString());
    }

    @Test
    void aListOfOperationsCountsTheTroopsItsIntroductionOrHeadingNames() {
        String rows = "\n\n- Operation REASSURANCE, land task force (Latvia): 2,017\n- Operation UNIFIER (United "
                + "Kingdom): 175";
        List<String> expected = List.of("Canada Latvia 2017", "Canada United Kingdom 175");
        assertEquals(expected, placed(extract("Troops abroad\n\nWhere Canadian troops are deployed\n\nIn a written "
                + "answer, the Department of National Defence listed the number of regular and reserve force members "
                + "deployed on named operations abroad as of Sept. 1:" + rows)));
        assertEquals(expected, placed(extract("Troops abroad\n\nThe department listed the Canadian regular and "
                + "reserve force members deployed abroad:" + rows)));
    }

    @Test
    void aContingentSomeNumberStrongIsThatManyTroops() {
        String text = "Brigade grows\n\nCanada has about 2,000 troops in Latvia. The Spanish contingent, about 600 "
                + "strong, operates its own tanks.";
        assertEquals(List.of("Canada Latvia 2000", "Spain Latvia 600"), placed(extract(text)));
    }

    @Test
    void aCountryThatSaysItSentTroopsSentThemFromWhereverTheStoryIsFiled() {
        assertEquals(List.of("North Korea Russia null"), placed(extract("Troops confirmed\n\nNorth Korea said on "
                + "Monday that it had sent troops to Russia.")));
        assertEquals(List.of("North Korea Russia null"), placed(extract("Troops confirmed\n\nSEOUL/MOSCOW, April 28 "
                + "(Reuters) - North Korea said on Monday that it had sent troops to Russia.")));
    }

    @Test
    void eastAfricaAndEasternEuropeArePlacesOfTheirOwn() {
        assertEquals(List.of("United States East Africa 400"), placed(extract("Guard deploys\n\nWATERLOO — About 400 "
                + "soldiers from the Iowa Army National Guard's 1st Battalion were sent off Sunday before a yearlong "
                + "deployment to East Africa.")));
        assertEquals(List.of("United States Eastern Europe 3400"), placed(extract("Division deploys\n\nAbout 3,400 "
                + "U.S. soldiers will deploy to Eastern Europe this fall.")));
    }

    @Test
    void theCountryWhoseTroopsTheyAreOwnsThem() {
        String text = "Last troops leave\n\nThe American withdrawal follows that of France, whose roughly 1,500 "
                + "soldiers left Niger in December 2023 after months of standoff with the junta.";
        assertEquals(List.of("France Niger 1500"), placed(extract(text)));
    }

    @Test
    void theRestOfABodysNameADamAndAMilitiaNameNoOne() {
        String text = "Presence questioned\n\nEduardo Matsinhe, a researcher at the Centre for Public Integrity in "
                + "Maputo, said the presence had changed. Cairo and Addis Ababa still dispute the Grand Ethiopian "
                + "Renaissance Dam. He said 4.5 million members of the civilian Bolivarian Militia had been placed on alert.";
        assertEquals(List.of("Eduardo Matsinhe"), names(extract(text)));
    }

    @Test
    void aCitationMarkClosesTheSentenceItFollows() {
        Extraction x = extract("Zapad update\n\nPolish Deputy Defense Minister Cezary Tomczyk stated that the "
                + "deployment is \"the largest since the end of the Cold War\" and \"a clear signal to Minsk and "
                + "Moscow.\"[8] NATO Secretary General Mark Rutte announced on September 12 the launch of Operation "
                + "Eastern Sentry.[9]");
        assertEquals("Cezary Tomczyk", quote(x, "a clear signal").speaker());
        Extraction y = extract("Zapad update\n\nKhrenin said about 7,000 servicemembers are taking part in the "
                + "exercise in Belarus.[1] Tomczyk said Poland deployed roughly 40,000 troops to the border area.[7]");
        assertEquals("Tomczyk", y.deployments().stream().filter(d -> Integer.valueOf(40000).equals(d.troops()))
                .findFirst().orElseThrow().claimedBy());
    }

    @Test
    void aSpeakerAddingAQuotationAfterAnotherPersonsWordsSaysIt() {
        Extraction x = extract("Haiti force\n\nU.N. spokesman Stéphane Dujarric told reporters in New York that "
                + "Secretary-General António Guterres welcomed \"every additional contribution,\" adding: \"The people "
                + "of Haiti have waited long enough.\"");
        assertEquals("Stéphane Dujarric", quote(x, "The people of Haiti").speaker());
    }

    @Test
    void thePmIsThePrimeMinister() {
        Extraction x = extract("No base\n\nPrime Minister Kamla Persad-Bissessar has dismissed the Venezuelan "
                + "claims.\n\n\"I will not apologise to anyone for that,\" the PM said in a statement.");
        assertEquals("Kamla Persad-Bissessar", quote(x, "I will not apologise").speaker());
    }

    @Test
    void someoneWhoQuestionedWhySaysTheWordsQuoted() {
        Extraction x = extract("Peacekeepers\n\nPresident Gustavo Petro has been less enthusiastic. In a post on X "
                + "last year, he questioned why Colombian troops were \"guarding a border that is not ours while our "
                + "own territory bleeds,\" though his government has not moved to withdraw them.");
        assertEquals("Gustavo Petro", quote(x, "guarding a border").speaker());
    }

    @Test
    void thePersonARelativeClauseDescribesSaysWhatItsVerbReports() {
        Extraction x = extract("Drawdown\n\nPresident Donald Trump has long opposed the mission. Trump, who wrote in "
                + "December 2024 that the conflict in Syria was \"not our fight,\" has repeatedly questioned the value "
                + "of keeping troops in the country.");
        assertEquals("Donald Trump", quote(x, "not our fight").speaker());
    }

    @Test
    void aListOfOneCountrysGarrisonsKeepsItsTroopsWhereverTheAllianceLeads() {
        Extraction x = extract("Reassurance force\n\nFrance already has about 1,000 soldiers in Romania, where it "
                + "leads the NATO battlegroup at Cincu, in Transylvania, and some 300 in Estonia, at Tapa, alongside "
                + "roughly 900 British troops in the UK-led battlegroup there. At home, some 7,000 soldiers are still "
                + "assigned to Operation Sentinelle.");
        assertEquals(List.of("France Romania 1000", "France Estonia 300", "United Kingdom Estonia 900"), placed(x));
        Extraction y = extract("Treaty\n\nFrance has more than 1,000 troops in Romania, where it leads NATO's "
                + "multinational battlegroup, and about 300 in Estonia, alongside the British.");
        assertEquals(List.of("France Romania 1000", "France Estonia 300"), placed(y));
    }

    @Test
    void aNameSetOffAfterADescriptionSpeaksThoughItsAppositionRunsOn() {
        Extraction x = extract("Battalion\n\nThe battalion's commanding officer, Lieutenant Colonel Anna Lindqvist of "
                + "the Swedish Army, added: \"We are here to train.\"");
        assertEquals("Anna Lindqvist", quote(x, "We are here").speaker());
        Extraction y = extract("Bosnia\n\nThe high representative, Christian Schmidt, a former German agriculture "
                + "minister who oversees the Dayton peace agreement, said the legislation was \"a direct attack on the "
                + "constitutional order\".");
        assertEquals("Christian Schmidt", quote(y, "a direct attack").speaker());
    }

    @Test
    void aSurnameAloneIsTheRelativeNamedInFullBeforeNotANewPerson() {
        Extraction x = extract("Goodbyes\n\nLisa Brandt held on to her son's hand.\n\n\"He's been ready since he "
                + "was 17,\" said Brandt, 49, of Greenwood.\n\nHer son, Spc. Tyler Brandt, 22, is one of the "
                + "soldiers.");
        assertEquals("Lisa Brandt", quote(x, "He's been ready").speaker());
        assertEquals(List.of("Lisa Brandt", "Tyler Brandt"), names(x));
    }

    @Test
    void aSergeantFirstClassIsNamedWithoutHisRankAndAPaperIsNoOne() {
        Extraction x = extract("Deployment\n\nRachel Voss\nIndianapolis Star\n\nFor Sgt. 1st Class Maria Okafor, 41, "
                + "of Lafayette, it's the third deployment.");
        assertEquals(List.of("Rachel Voss", "Maria Okafor"), names(x));
    }

    @Test
    void sheAfterASentenceOpeningWithTheIsTheOneNamedBefore() {
        Extraction x = extract("Missiles\n\nKim Yo Jong, the sister of leader Kim Jong Un, denounced the exercise in a "
                + "statement.\n\nThe North \"will answer every provocation of the enemies,\" she said.");
        assertEquals("Kim Yo Jong", quote(x, "will answer").speaker());
    }

    @Test
    void sheAfterAnUnnamedSpokespersonIsNotTheOneNamedBefore() {
        Extraction x = extract("Troops pact\n\nJapanese Ambassador Kazuya Endo said the agreement marked \"a new "
                + "chapter\".\n\nThe Department of Foreign Affairs spokesperson, in a message to reporters, said the "
                + "Philippines was negotiating similar arrangements. \"The RAA is not directed against any country,\" she "
                + "said.");
        assertNull(quote(x, "The RAA").speaker());
    }

    @Test
    void theMinisterWhoHasBeenSpeakingIsTheMinisterDescribed() {
        Extraction x = extract("Base\n\nEarlier, Russian Defense Minister Andrei Belousov, at a meeting with his Tajik "
                + "counterpart Emomali Sobirzoda in Moscow, said the base \"plays an important role.\"\n\n\"We intend to "
                + "strengthen the base.\n\n\"Russia will continue to support Tajikistan,\" the minister said.");
        assertEquals("Andrei Belousov", quote(x, "We intend").speaker());
    }

    @Test
    void someoneWhoGaveOnlyAFirstNameSaysTheWordsAndAPhotoAgencyIsNoOne() {
        Extraction x = extract("Border\n\nImage caption: Polish troops near Kuźnica. Getty Images\n\n\"We sleep in "
                + "shifts,\" said a 24-year-old soldier who gave his name only as Piotr. He went back to his tent.");
        assertEquals("Piotr", quote(x, "We sleep").speaker());
        assertEquals(List.of("Piotr"), names(x));
    }

    @Test
    void rowsUnderALineCountingPersonnelAreTheirCountriesTroopsThere() {
        Extraction x = extract(
                "Release\n\nMNF-U personnel in Ukraine as of this release:\n\n• United Kingdom – approx. "
                        + "4,100 (Kyiv, Zhytomyr)\n• France – approx. 3,300 (Lviv, Rivne)\n• Netherlands and Belgium – approx. 450, "
                        + "Benelux Engineer Group (Lviv)");
        assertEquals(
                List.of("United Kingdom Ukraine 4100", "France Ukraine 3300", "Netherlands and Belgium Ukraine 450"),
                placed(x));
    }

    @Test
    void aListOfOffersIsOfTroopsForTheCountryAHeadlineAboutTroopsNames() {
        Extraction x = extract("Ukraine ceasefire: Which countries would send troops?\n\nAbout 900 UK personnel are "
                + "based in Estonia as part of a Nato battlegroup.\n\nWho has offered troops?\n\nGovernments have been "
                + "cautious about numbers, but this is what they have said in public:\n\n• France: about 6,000, built "
                + "around an armoured brigade\n• Belgium: about 300, mainly engineers");
        assertEquals(List.of("United Kingdom Estonia 900", "France Ukraine 6000", "Belgium Ukraine 300"), placed(x));
    }

    @Test
    void aClaimantsCountDoesNotTakeTheOriginOfAReportParagraphsBefore() {
        Extraction x = extract("Zapad\n\nThe US, which has about 10,000 troops in Poland, said it was watching closely."
                + "\n\nThe drills are held every four years. They alternate between the two countries.\n\nQ: How big "
                + "are they?\n\nA: In 2021, Moscow said some 200,000 troops took part in the drills in Belarus.");
        assertEquals(List.of("United States Poland 10000", "Russia Belarus 200000"), placed(x));
    }

    @Test
    void theCountryAnInfinitiveIsForSendsItsTroopsAndAnAmendedNoteSendsNone() {
        Extraction x = extract("Tripwire\n\nI spent six years in Estonia's defence ministry, and I watched how much "
                + "courage it took in 2017 for Britain to put around 900 troops on the ground at Tapa.\n\n• This article "
                + "was amended on 10 March 2026. An earlier version said Britain had about 1,200 troops in Estonia.");
        assertEquals(List.of("United Kingdom Estonia 900"), placed(x));
    }

    @Test
    void aCountryThatPlansToStationTroopsWithAForceSendsThemWhereTheForceIs() {
        Extraction x = extract("Brigade\n\nThe brigade is formally based in Lithuania.\n\nGermany plans to station "
                + "about 4,800 soldiers with the brigade.");
        assertEquals(List.of("Germany Lithuania 4800"), placed(x));
    }

    @Test
    void thousandsOfAPeopleAreNotTroopsUnlessTheyAreDeployed() {
        Extraction x = extract("Brigade\n\nNot everyone in Germany has been as enthusiastic.\n\nIn March, four US "
                + "soldiers died there - an accident that drew thousands of Lithuanians to lay flowers.\n\nThousands of "
                + "North Koreans are fighting in Russia.");
        assertEquals(List.of("North Korea Russia null"), placed(x));
    }

    @Test
    void aTerritoryOfACountryIsWhereTroopsRelocatedToItAre() {
        Extraction x = extract("Relocation\n\nAbout 19,000 U.S. Marines are stationed in Okinawa. Under a bilateral "
                + "agreement, around 4,000 of them are to be relocated to the U.S. territory of Guam.");
        assertEquals(List.of("United States Japan 19000", "United States Guam 4000"), placed(x));
    }

    @Test
    void aBareCountGoingSomewhereIsAPartOfTheTroopsBefore() {
        Extraction x = extract("Relocation\n\nAbout 9,000 Marines are to be moved out of Okinawa, with some 4,000 "
                + "going to Guam and the rest to Hawaii.");
        assertEquals(List.of("United States Japan 9000", "United States Guam 4000"), placed(x));
    }

    @Test
    void danishMarksQuoteTheOtherWayRound() {
        Extraction x = extract("Arctic Light\n\n»We are showing that Denmark can move forces to Greenland quickly,« "
                + "says the head of Joint Arctic Command, Major General Søren Andersen.\n\n»We have no indication,« "
                + "says Søren Andersen, »that Russia is preparing anything.«");
        assertEquals("Søren Andersen", quote(x, "We are showing").speaker());
        Quotation second = quote(x, "We have no indication");
        assertEquals("We have no indication that Russia is preparing anything.", second.text());
        assertEquals("Søren Andersen", second.speaker());
    }

    @Test
    void aNewsReleaseSignsItsQuotationsOnALineWithoutADash() {
        Extraction x = extract("Canada extends Operation REASSURANCE\n\nQuotes\n\n“Canada’s commitment to Latvia is "
                + "not symbolic.\n\n“That is what deterrence looks like.”\n\nThe Honourable David J. McGuinty, "
                + "Minister of National Defence\n\n“Our members in Latvia are working every day alongside our "
                + "allies.”\n\nGeneral Jennie Carignan, Chief of the Defence Staff\n\nQuick facts\n\n“Latvia” "
                + "was the first country to host the brigade.");
        assertEquals("David J. McGuinty", quote(x, "Canada’s commitment").speaker());
        assertEquals("Jennie Carignan", quote(x, "Our members").speaker());
    }

    @Test
    void aSurnameThatNamesAForceEndsATitledName() {
        Extraction x = extract("Congo\n\nCongo’s Foreign Minister Therese Kayikwamba Wagner told the council that "
                + "“as many as 10,000 Rwandan soldiers” were on Congolese soil.\n\nThe Fuerza de Tarea Argentina "
                + "left in May.");
        assertEquals(List.of("Therese Kayikwamba Wagner"), names(x));
        assertEquals("Therese Kayikwamba Wagner", quote(x, "as many as").speaker());
    }

    @Test
    void aFeatureInThePresentTenseAttributesAndPauses() {
        Extraction x = extract("Djibouti\n\n“Djibouti,” says Moussa Ahmed Hassan, an adviser at the presidency, “is a "
                + "landlord.” He smiles. “But they all pay on time.”\n\nCamp Lemonnier houses about 3,500 US service "
                + "members.\n\n“We do not choose between our friends,” insists Mr. Hassan.");
        assertEquals("Moussa Ahmed Hassan", quote(x, "But they all").speaker());
        assertEquals("Moussa Ahmed Hassan", quote(x, "We do not choose").speaker());
    }

    @Test
    void aGivenNameThatIsACityFollowsATitle() {
        Extraction x = extract("Taiwan\n\nIn Taipei, Minister of National Defense Wellington Koo described the "
                + "exchanges as routine.\n\n“Details of personnel are not something we disclose,” Koo said.");
        assertEquals(List.of("Wellington Koo"), names(x));
        assertEquals("Wellington Koo", quote(x, "Details").speaker());
    }

    @Test
    void anExerciseOfTheYearAndACountOfLaunchersNameNobody() {
        Extraction x = extract("Typhon\n\nResolute Dragon 25 is the largest iteration of the drills. Two Typhon "
                + "launchers arrived at Iwakuni.");
        assertEquals(List.of(), names(x));
    }

    @Test
    void itsInAnOpeningPhraseIsTheCountryTheMainClauseOpensWith() {
        Extraction x = extract("Somalia\n\nEgypt's contingent has not yet deployed to Somalia.\n\nIn addition to its "
                + "2,500 AU peacekeepers, Ethiopia keeps an estimated 5,000 to 7,000 soldiers in Somalia's Gedo region.");
        assertEquals(List.of("Ethiopia Somalia 5000", "Ethiopia Somalia 2500"), placed(x));
    }

    @Test
    void aRowThatNamesNoCountryIsNotTheRowBefores() {
        // whether or not the line that opens the list gives a total, the last row's country is not this row's
        for (String total : List.of("11,146 ", "the ")) {
            Extraction x = extract("AUSSOM\n\nMOGADISHU, Somalia (AP) — The AU has published how many soldiers each "
                    + "country will send.\n\nBurundi still has about 3,000 troops in Somalia.\n\nThe table divides "
                    + total + "soldiers as follows:\n\n— Uganda: 4,500\n— Egypt: 1,091\n— Staff officers and "
                    + "specialist units from other member states: 125");
            List<String> placed = placed(x);
            assertTrue(placed.containsAll(List.of("Burundi Somalia 3000", "Uganda Somalia 4500", "Egypt Somalia 1091")),
                    placed::toString);
            assertFalse(placed.contains("Egypt Somalia 125"), placed::toString);
        }
    }

    @Test
    void cafMembersAreCanadasTroops() {
        Extraction x = extract("Operation REASSURANCE\n\nCanada has led NATO’s enhanced Forward Presence Battle Group "
                + "Latvia since 2017, when it deployed approximately 450 CAF members to the country.");
        assertEquals(List.of("Canada Latvia 450"), placed(x));
    }

    @Test
    void aCountInBracketsIsTheCountryBeforeIt() {
        Extraction x = extract("Leaks\n\nLeaked documents suggested that as many as 50 UK special forces personnel had "
                + "been in Ukraine, along with smaller groups from Latvia (17), France (15) and the US (14).");
        assertEquals(List.of("United Kingdom Ukraine 50", "Latvia Ukraine 17", "France Ukraine 15",
                "United States Ukraine 14"), placed(x));
    }

    @Test
    void troopsReturningFromAPlaceWereThereUnlessTheyReachedAGarrison() {
        Extraction x = extract("Home\n\nAbout 180 Iowa National Guard soldiers returned from Germany on Friday. Around "
                + "5,000 Russian paratroopers have returned from Ukraine to their garrison in Pskov.");
        assertEquals(List.of("United States Germany 180", "Russia Russia 5000"), placed(x));
        Extraction speaker = extract("Niger\n\nECOWAS leaders agreed to send a standby force to Niger.\n\nReturning "
                + "from Abuja, Ivorian President Alassane Ouattara told reporters that his country would provide a "
                + "battalion of 850 soldiers.");
        assertFalse(placed(speaker).contains("Ivory Coast Nigeria 850"), placed(speaker)::toString);
    }

    @Test
    void inTheWordsOfNamesTheSpeakerAndABodyCallsAClaimSomething() {
        Extraction x = extract("Instructors\n\nThe Kremlin has warned that Western personnel in Ukraine would be "
                + "treated as \"legitimate targets\", in the words of spokesman Dmitry Peskov.\n\nIn other words, "
                + "\"nothing changes,\" a diplomat said. Russia claimed that a strike killed dozens of \"French "
                + "mercenaries\". France's foreign ministry called that claim \"a crude manipulation\".");
        assertEquals("Dmitry Peskov", quote(x, "legitimate targets").speaker());
        assertEquals("a diplomat", quote(x, "nothing changes").source());
        assertEquals("France's foreign ministry", quote(x, "a crude manipulation").source());
    }

    @Test
    void roomForTroopsIsNoDeployment() {
        Extraction x = extract("Bases\n\nSatellite imagery showed new barracks near Pangong Tso in India capable of "
                + "housing as many as 5,000 Chinese soldiers. The Chinese base in Djibouti was designed to accommodate "
                + "as many as 10,000 troops. Camp Lemonnier houses about 3,500 US service members.");
        assertEquals(List.of("United States Djibouti 3500"), placed(x));
    }

    @Test
    void anExercisesTotalFromManyNationsIsNoOnesButTheBrigadesIsItsLeaders() {
        Extraction x = extract("Hedgehog\n\nTALLINN — Around 1,500 British personnel took part in Exercise Hedgehog, "
                + "which brought together more than 16,000 troops from Estonia and 11 allied nations. Talisman Sabre "
                + "will involve more than 35,000 personnel from 19 countries across Queensland.");
        assertEquals(List.of("United Kingdom Estonia 1500"), placed(x));
        Extraction brigade = extract("Latvia\n\nCanada leads the Multinational Brigade Latvia, which was expanded "
                + "from a battlegroup in 2022. The brigade has roughly 3,500 soldiers from 14 countries, the general "
                + "said, with Spain and Denmark among the largest contributors.\n\nA Danish battalion of about 800 "
                + "soldiers arrived in the spring.");
        assertEquals(List.of("Canada Latvia 3500", "Denmark Latvia 800"), placed(brigade));
    }

    @Test
    void ansasTwoApostrophesAndNordicMarksQuote() {
        Extraction ansa = extract("Lebanon\n\n(ANSA) - ROME, NOV 23 - Defence Minister Guido Crosetto said Italy would "
                + "''not abandon'' Lebanon.\n    ''Our soldiers are in Lebanon for peace,'' Crosetto said. The "
                + "soldiers' morale is high.");
        assertEquals("Guido Crosetto", quote(ansa, "Our soldiers are in Lebanon for peace").speaker());
        assertEquals(List.of("not abandon", "Our soldiers are in Lebanon for peace"),
                ansa.quotations().stream().map(Quotation::text).toList());
        Extraction nordic = extract("Lapland\n\nHELSINKI — ”The Nordic countries defend the North together,” "
                + "Häkkänen said. Defence Minister Antti Häkkänen met Pål Jonson.");
        assertEquals("Antti Häkkänen", quote(nordic, "The Nordic countries").speaker());
    }

    @Test
    void aSpokespersonWithTheAcronymOfTheBodyAndASpeakerWhoCallsSomethingWords() {
        Extraction x = extract("Troops\n\nSEOUL — \"We assess that troops are deployed,\" Col. Lee Sung-jun, "
                + "spokesperson for the Joint Chiefs of Staff (JCS), told a briefing.\n\n\"North Korea is using the "
                + "war,\" the spokesperson said.\n\nIn a statement, Kim Yo-jong, the sister of leader Kim Jong-un, "
                + "called Seoul's intelligence claims \"a fiction cooked up by gangsters.\"");
        assertEquals("Lee Sung-jun", quote(x, "North Korea is using").speaker());
        assertEquals("Kim Yo-jong", quote(x, "a fiction").speaker());
    }

    @Test
    void wordsAfterAColonAreThoseOfWhomTheLineIsAbout() {
        Extraction x = extract("Brief\n\n• Lithuanian Defence Minister Dovilė Šakalienė toured the site on Monday. "
                + "Her verdict: “The Germans are not guests here any more.”\n• Deputy Defence Minister Agnieszka "
                + "Dziedzic, visiting a forward post, had a message for Minsk: “Every metre of this border is "
                + "watched.”\n• Latvian Prime Minister Evika Siliņa, at the welcome ceremony on Saturday: “Two years "
                + "ago, people asked whether Sweden would ever join.”");
        assertEquals("Dovilė Šakalienė", quote(x, "The Germans").speaker());
        assertEquals("Agnieszka Dziedzic", quote(x, "Every metre").speaker());
        assertEquals("Evika Siliņa", quote(x, "Two years ago").speaker());
    }

    @Test
    void aGivenNameThatIsACountryNamesThePersonButAloneTheCountry() {
        Extraction x = extract("Golan\n\nIsrael’s defence minister, Israel Katz, said he told the military to "
                + "“prepare for a long stay”.\n\nThe Israel Defense Forces said their troops act “in accordance "
                + "with the understandings”.\n\n“Our troops will continue their presence,” the ministry’s "
                + "spokesperson, Rear Adm Zeki Aktürk, told reporters in Ankara.");
        assertEquals("Israel Katz", quote(x, "prepare for").speaker());
        assertNull(quote(x, "in accordance").speaker());
        assertEquals("Zeki Aktürk", quote(x, "Our troops").speaker());
    }

    @Test
    void anInterviewersQuestionIsAnsweredByTheSurnameBeforeTheColon() {
        Extraction x = extract("Haiti\n\nPORT-AU-PRINCE — Lieutenant Colonel Ana Lucía Morales Quiñónez said her "
                + "soldiers came to help.\n\nEFE: How many soldiers are in Haiti?\n\nMorales: «Today we are "
                + "150.»");
        assertEquals("Ana Lucía Morales Quiñónez", quote(x, "Today we are").speaker());
    }

    @Test
    void sovietTroopsAndTheTownsOfCyprus() {
        Extraction cuba = extract("Crisis\n\nResearch has shown that about 43,000 Soviet troops were in Cuba by late "
                + "October 1962.");
        assertEquals(List.of("Soviet Union Cuba 43000"), placed(cuba));
        Extraction cyprus = extract("Cyprus\n\nSaturday marks 50 years since Turkish troops landed on the northern "
                + "coast of Cyprus, five days after a coup backed by the junta then ruling Greece. The first wave of "
                + "roughly 3,000 soldiers came ashore west of Kyrenia.");
        assertEquals(List.of("Turkey Cyprus 3000"), placed(cyprus));
    }

    @Test
    void contributionsAreWhereTheTextHasMovedTo() {
        Extraction x = extract("Battlegroups\n\nBRATISLAVA, Slovakia — The Czech-led battlegroup in Slovakia numbers "
                + "1,100 troops.\n\nIn Hungary, the battlegroup northwest of Budapest is led by the Hungarian "
                + "Defence Forces themselves.\n\nAccording to the Hungarian defense ministry, Italy contributes about "
                + "250 soldiers and Croatia about 100.");
        assertEquals(List.of("Czech Republic Slovakia 1100", "Italy Hungary 250", "Croatia Hungary 100"), placed(x));
    }

    @Test
    void hullNumbersAreNoCrews() {
        Extraction x = extract("Red Sea\n\nThe carrier carries roughly 5,000 sailors in the Red Sea.\n\nOn the "
                + "European side, the EU operation has three frigates on station: Italy’s frigate ITS Federico "
                + "Martinengo (F 596), with a crew of 170; the Greek frigate HS Psara (F 454), with about 190 aboard; "
                + "and the French destroyer FS Alsace (D 656).");
        assertFalse(placed(x).stream().anyMatch(p -> p.endsWith(" 596") || p.endsWith(" 656")),
                placed(x)::toString);
    }

    @Test
    void aBrigadeCombatTeamIsAmericanUnlessItIsBritainsLightOne() {
        Extraction us = extract("Rotation\n\nSKWIERZYNA, Poland - Approximately 3,800 Soldiers of the 1st Armored "
                + "Brigade Combat Team, 3rd Infantry Division, assumed the rotational mission here Jan. 22.");
        assertEquals(List.of("United States Poland 3800"), placed(us));
        Extraction uk = extract("Deployment\n\nBritain will send more troops to Estonia, the Ministry of Defence "
                + "said. Around 900 troops from 4th Light Brigade Combat Team will deploy to Estonia this autumn.");
        assertEquals(List.of("United Kingdom Estonia 900"), placed(uk));
    }

    @Test
    void theUsCentralCommandAreaIsTheMiddleEastAndATablesCountIsInItsLastColumn() {
        Extraction centcom = extract("Army\n\nWASHINGTON — The Army announced the deployment of approximately 2,300 "
                + "soldiers to the U.S. Central Command area of responsibility.");
        assertEquals(List.of("United States Middle East 2300"), placed(centcom));
        Extraction table = extract("Cincu\n\nBUCHAREST — France has 1,000 troops in the NATO battle group at Cincu."
                + "\n\nNation | Role | Personnel\nBelgium | contributing nation | 250\nLuxembourg | contributing "
                + "nation (with the Belgian contingent) | 25");
        assertEquals(List.of("France Romania 1000", "Belgium Romania 250", "Luxembourg Romania 25"), placed(table));
    }

    @Test
    void troopsOnItsTerritoryAreInTheCountryTheSentenceOpensWith() {
        Extraction x = extract("Rotation\n\nAbout 800 U.S. soldiers will move on to the Pabradė training area in "
                + "Lithuania.\n\nPoland counts about 10,000 U.S. troops on its territory at any given time.");
        assertEquals(List.of("United States Lithuania 800", "United States Poland 10000"), placed(x));
    }

    @Test
    void theYearOldWithHerTradeIsWhomTheTextIsAbout() {
        Extraction x = extract("Cyprus\n\nNICOSIA — Every summer, Eleni Charalambous climbs to her roof.\n\n“I can "
                + "see the ridge,” said the 64-year-old retired teacher.");
        assertEquals("Eleni Charalambous", quote(x, "I can see").speaker());
    }

    @Test
    void soldiersHurtAreCasualties() {
        Extraction x = extract("Lebanon\n\nFour Italian soldiers slightly hurt at Shama in Lebanon, Meloni voices "
                + "indignation.");
        assertEquals(List.of(), placed(x));
    }

    @Test
    void aDescriptionStandsForWhoTheSentenceBeforeIsAbout() {
        Extraction opener = extract("Summit\n\nPARIS — After five hours of talks at the Élysée Palace, Emmanuel "
                + "Macron told reporters that 26 countries had committed.\n\n“This is no longer a concept on a "
                + "whiteboard,” the French president said.");
        assertEquals("Emmanuel Macron", quote(opener, "This is no longer").speaker());
        assertEquals("France", person(opener, "Emmanuel Macron").affiliation());
        Extraction honorific = extract("Call\n\nSir Keir Starmer opened the call from Downing Street.\n\n“We are "
                + "ready to lead,” the prime minister told leaders.");
        assertEquals("Keir Starmer", quote(honorific, "We are ready").speaker());
    }

    @Test
    void aTitleBeforeTheCommaAndAnHonorificIsTheRole() {
        Extraction x = extract("Romania\n\nPARIS — The Minister of the Armed Forces, Mr Sébastien Lecornu, has "
                + "decided to reinforce the French presence in Romania.\n\n« France keeps its word, » declared the "
                + "Minister.");
        assertEquals("Minister of the Armed Forces", person(x, "Sébastien Lecornu").role());
        assertEquals("Sébastien Lecornu", quote(x, "France keeps").speaker());
    }

    @Test
    void singleMarksAreQuotationMarksWhereTheyOpenMoreQuotationsThanDoubleOnes() {
        Extraction x = extract("Tapa\n\n'Our commitment to Estonia,' John Healey said, 'is not a rotation.'\n\n"
                + "Rhys Bevan, a sergeant, was blunter. 'The lads here talk about \"the iron tripwire\" and they "
                + "don't like it,' he said.");
        assertEquals("John Healey", quote(x, "Our commitment").speaker());
        assertEquals("Rhys Bevan", quote(x, "The lads here").speaker());
        Extraction names = extract("Exercise\n\nAn Indian Army contingent left for the Maldives for the exercise "
                + "'Ekuverin', officials said. Ekuverin means 'friends' in Dhivehi.\n\n\"Our troops are well "
                + "prepared,\" said Colonel Anirudh Rawat.");
        assertEquals("Anirudh Rawat", quote(names, "Our troops").speaker());
    }

    @Test
    void lossesAmongTroopsCountTheTroopsAndMediaOnlyReportThem() {
        Extraction among = extract("Losses\n\nSEOUL — The briefing is the most detailed accounting yet of losses "
                + "among the roughly 11,000 North Korean troops that Seoul believes were sent to Russia’s Kursk "
                + "region.");
        assertEquals(List.of("North Korea Russia 11000"), placed(among));
        Extraction media = extract("Reinforcement\n\nSEOUL — About 11,000 North Korean troops were sent to "
                + "Russia’s Kursk region last year, the spy agency said. North Korea is preparing to send more "
                + "troops to Russia, the agency said. South Korean media, citing unnamed government officials, have "
                + "described the possible reinforcement as “a few thousand,” with some reports putting it at as "
                + "many as 4,000.");
        assertEquals(List.of("North Korea Russia 11000", "North Korea Russia 4000"), placed(media));
    }

    @Test
    void theClaimantsCountryIsNotWhoseTheTroopsAre() {
        Extraction seoul = extract("Kursk\n\nWASHINGTON — As many as 8,000 North Korean soldiers are now in Russia's "
                + "Kursk region, U.S. officials said.\n\nBlinken did not say how the U.S. had obtained the "
                + "information.\n\n\"We expect that to happen,\" Blinken told reporters.\n\nHe said Russia had been "
                + "training them in artillery.\n\nSouth Korea's spy agency said last week that about 3,000 troops "
                + "had been sent so far.");
        assertEquals(List.of("North Korea Russia 8000", "North Korea Russia 3000"), placed(seoul));
        Extraction iraq = extract("Turkey\n\nTurkey will keep its soldiers in northern Iraq until the PKK disarms, "
                + "Turkish Defence Minister Yasar Guler has said. Turkey has sent about 1,000 more troops to northern "
                + "Syria, a war monitor said, and some 500 to Syria's Idlib.\n\nSpeaking in Ankara on Thursday, "
                + "Guler said the bases in Iraq would remain.\n\n“Our presence there is not an occupation,” he said."
                + "\n\nLast week, PKK fighters burned their rifles near Sulaimaniyah.\n\nTurkey does not publish the "
                + "size of its force in Iraq. Iraqi officials and analysts have put it at between 4,000 and 5,000 "
                + "troops, concentrated in the mountainous border areas of Duhok province.");
        assertTrue(placed(iraq).contains("Turkey Iraq 4000"), placed(iraq)::toString);
    }

    @Test
    void theDemocraticPeoplesRepublicOfKoreaIsTheNorthAndTalksInItsCapitalPlaceNoTroops() {
        Extraction x = extract(
                "Sappers\n\nPYONGYANG — Chairman of State Affairs of the Democratic People's Republic of "
                        + "Korea Kim Jong Un has decided to send 1,000 sappers to Russia's Kursk Region to clear mines, as "
                        + "well as 5,000 military builders to restore infrastructure, Secretary of the Russian Security "
                        + "Council Sergey Shoigu told reporters following talks in Pyongyang.");
        assertEquals(List.of("North Korea Russia 1000", "North Korea Russia 5000"), placed(x));
        assertEquals("North Korea", person(x, "Kim Jong Un").affiliation());
    }

    @Test
    void aLeaderWhoSendsTroopsSendsHisCountrysThoughTheTextGivesHimNoTitle() {
        Extraction apposed = extract("Sappers\n\nMOSCOW — The leader of North Korea, Kim Jong Un, has decided to send "
                + "1,000 sappers to Russia's Kursk Region to clear mines, Russian Security Council Secretary Sergey "
                + "Shoigu said.");
        assertEquals(List.of("North Korea Russia 1000"), placed(apposed));
        Extraction bare = extract("Sappers\n\nMOSCOW — Kim Jong Un has decided to send 1,000 sappers to Russia's "
                + "Kursk Region to clear mines, Russian Security Council Secretary Sergey Shoigu said.");
        assertEquals(List.of("North Korea Russia 1000"), placed(bare));
    }

    @Test
    void troopsShippedFromACountryToAPortCityAreThatCountrysThere() {
        Extraction x = extract("Alarm\n\nSEOUL — South Korea’s National Intelligence Service first sounded the alarm "
                + "in October, saying 1,500 special forces troops had been shipped from North Korea to the port city "
                + "of Vladivostok.");
        assertEquals(List.of("North Korea Russia 1500"), placed(x));
        assertEquals("Vladivostok", x.deployments().get(0).region());
    }

    @Test
    void whoAnAgencyQuotesAsSayingSpeaks() {
        Extraction x = extract("Heroes\n\nSEOUL — North Korean leader Kim Jong Un had decided to deploy the troops, "
                + "KCNA said.\n\nThe agency cited Kim as saying: \"Those who fought for justice are all heroes.\"\n\n"
                + "\"We are ready,\" TASS quoted Dmitry Peskov as saying.");
        assertEquals("Kim Jong Un", quote(x, "Those who fought").speaker());
        assertEquals("Dmitry Peskov", quote(x, "We are ready").speaker());
    }

    @Test
    void anAmbassadorToACountryIsTheAmbassadorEitherSideOfTheName() {
        Extraction before = extract("Engineers\n\nPhotos showed Kim with Russia’s ambassador to North Korea, "
                + "Alexander Matsegora, standing beside him.\n\n“The Russian people will never forget,” the "
                + "ambassador said.");
        assertEquals("Alexander Matsegora", quote(before, "The Russian people").speaker());
        Extraction after = extract("Engineers\n\nPhotos showed Kim with Alexander Matsegora, Russia’s ambassador to "
                + "North Korea, standing beside him.\n\n“The Russian people will never forget,” the ambassador "
                + "said.");
        assertEquals("Alexander Matsegora", quote(after, "The Russian people").speaker());
    }

    @Test
    void aPronounAfterATimeSpeaksAndReaffirmingIsSaying() {
        Extraction x = extract("Caracas\n\nPresident Nicolás Maduro spoke on Wednesday. On Thursday he accused "
                + "Washington of \"fabricating a war\" to seize Venezuela's oil.\n\nAt the talks, Kim Jong Un "
                + "reaffirmed that the DPRK \"will unconditionally support Russia's position\" on Ukraine.");
        assertEquals("Nicolás Maduro", quote(x, "fabricating").speaker());
        assertEquals("Kim Jong Un", quote(x, "will unconditionally").speaker());
        Extraction relative = extract("St. Louis\n\nGov. Mike Kehoe activated the troops last week after a call with "
                + "President Donald Trump, who has praised Guard deployments in Washington and Memphis, Tennessee, and "
                + "has repeatedly singled out St. Louis as a city he says is \"out of control.\"");
        assertEquals("Donald Trump", quote(relative, "out of control").speaker());
    }

    @Test
    void aCountrysInvasionDatesACountAndABreakawayRegionIsAPlace() {
        Extraction dated = extract("Poland\n\nWARSAW — Around 10,000 American soldiers are stationed in Poland.\n\n"
                + "Before Russia's full-scale invasion of Ukraine in February 2022 the figure stood at roughly 4,500.");
        assertEquals(List.of("United States Poland 10000", "United States Poland 4500"), placed(dated));
        Extraction breakaway = extract("Summit\n\nEstonia could send around 150 soldiers to Ukraine if a ceasefire is "
                + "agreed.\n\nMoldova’s president, Maia Sandu, has repeated her call for the roughly 1,500 Russian "
                + "troops stationed in the breakaway region of Transnistria to leave.");
        assertEquals(List.of("Estonia Ukraine 150", "Russia Moldova 1500"), placed(breakaway));
    }

    @Test
    void whoDeclinedToCommentSayingOnlySpeaks() {
        Extraction x = extract("JCS\n\nSEOUL — Col. Lee Sung-jun, spokesperson for the Joint Chiefs of Staff (JCS), "
                + "told reporters the troops had arrived.\n\nThe spokesperson declined to comment on reports that "
                + "some of the troops had been sent to Russia's Belgorod region, saying only that the military was "
                + "\"analyzing various possibilities.\"");
        assertEquals("Lee Sung-jun", quote(x, "analyzing").speaker());
    }

    @Test
    void thePartOfThemGoingSomewhereIsStillTheirs() {
        Extraction x = extract("Okinawa\n\nAround 9,000 of the roughly 19,000 Marines now in Okinawa are to leave "
                + "the prefecture, with about 4,000 of them going to Guam and the remainder to Hawaii.");
        assertEquals(List.of("United States Japan 9000", "United States Japan 19000", "United States Guam 4000"),
                placed(x));
    }

    @Test
    void hereIsTheDatelineAndACommandNamedAfterACountryServesThere() {
        Extraction here = extract("Seoul\n\nSEOUL, Nov. 5 (Yonhap) -- South Korea and the United States, which "
                + "stations 28,500 troops here to deter North Korean aggression, held talks in Washington last week.");
        assertEquals(List.of("United States South Korea 28500"), placed(here));
        Extraction command = extract("USFK\n\nThe ministry said there had been no talks on reducing the size of the "
                + "28,500-strong U.S. Forces Korea, after a report said Washington may pull about 4,500 troops out of "
                + "the country and move them to Guam.");
        assertEquals("United States South Korea 28500", placed(command).get(0));
    }

    @Test
    void thereIsThePlaceTheSentenceBeforeNames() {
        Extraction x = extract("Africa\n\nFrance pulled its last 1,000 troops out of Chad in January.\n\nIn Côte "
                + "d'Ivoire, France handed over its base in Port-Bouët to the Ivorian army in February. The battalion, "
                + "which had some 600 troops there a few years ago, has been dissolved.");
        assertEquals(List.of("France Chad 1000", "France Ivory Coast 600"), placed(x));
    }

    @Test
    void whoIsPromisedTroopsReceivesThem() {
        Extraction x = extract("NIS\n\nThe NIS also said that of the 6,000 engineering personnel Pyongyang promised "
                + "Moscow in June, around 1,000 deminers have already arrived in Kursk.");
        assertEquals(List.of("North Korea Russia 1000", "North Korea Russia 6000"), placed(x));
    }

    @Test
    void aHeadingOrAnOpeningHolderNamesWhoseTroopsAListCounts() {
        Extraction headed = extract("Factbox\n\nHere is a look at the figures.\n\nU.S. FORCES IN EUROPE\n\n"
                + "* GERMANY - About 35,000, the largest U.S. presence on the continent. Trump ordered about 12,000 "
                + "troops out in 2020.\n\n* BRITAIN - About 10,000, mainly airmen.\n\n* BALTIC STATES - Roughly 1,000 "
                + "U.S. soldiers in Lithuania.\n\nNATO FORCES\n\n* LATVIA - Led by Canada, which has about 2,000 "
                + "troops in the country.");
        assertEquals(List.of("United States Germany 35000", "United States Germany 12000",
                "United States United Kingdom 10000", "United States Lithuania 1000", "Canada Latvia 2000"),
                placed(headed));
        Extraction held = extract("Bases\n\nWashington keeps tens of thousands of troops at bases across the region. "
                + "According to Pentagon figures, the largest deployments are:\n\n- Kuwait: more than 13,500 at Camp "
                + "Arifjan\n- Bahrain: some 9,000, mostly in Manama");
        assertEquals(List.of("United States Kuwait 13500", "United States Bahrain 9000"), placed(held));
    }

    @Test
    void aLeaderSendsHerCountrysTroopsAndAFrontedClauseEndsAtItsComma() {
        Extraction x = extract("Opinion\n\nWhen Claudia Sheinbaum agreed last month to send 10,000 National Guard "
                + "troops to Mexico’s northern border in exchange for a pause on tariffs, the move was sold in "
                + "Washington as a victory.");
        assertEquals(List.of("Mexico Mexico 10000"), placed(x));
    }

    @Test
    void smallerTeamsAndCountriesIncludingAreUncountedContingentsAndAMeetingPlaceIsNoHost() {
        Extraction teams = extract(
                "Haiti\n\nKenya has 700 police officers in Haiti. Jamaica, El Salvador and Belize have "
                        + "sent smaller teams.");
        assertEquals(List.of("Kenya Haiti 700", "Belize Haiti null", "El Salvador Haiti null", "Jamaica Haiti null"),
                placed(teams));
        Extraction including = extract(
                "Latvia\n\nCanada has about 2,000 troops in Latvia. The battlegroup was upgraded "
                        + "this year to a brigade, with troops from countries including Spain and Denmark.");
        assertEquals(List.of("Canada Latvia 2000", "Spain Latvia null", "Denmark Latvia null"), placed(including));
        Extraction meeting = extract("Drills\n\nChina staged drills around Taiwan on Monday. \"The responsibility lies "
                + "with Taipei,\" a spokeswoman said at a press conference in Beijing.\n\nBeijing has also seized on "
                + "reports that around 500 American military trainers are now on the island.");
        assertEquals(List.of("United States Taiwan 500"), placed(meeting));
    }

    @Test
    void whoSaidItWouldWithdrawABrigadeHadItThere() {
        Extraction x = extract("Baltics\n\nThe minister's visit comes weeks after the United States said it would "
                + "withdraw an army brigade from Romania, prompting questions in the Baltic states.");
        assertEquals(List.of("United States Romania null"), placed(x));
    }

    @Test
    void moreMissionsNameTheirHosts() {
        Extraction mss = extract(
                "Vote\n\nKenya makes up the bulk of the MSS, with roughly 700 police officers, alongside "
                        + "about 150 Guatemalan soldiers.");
        assertEquals(List.of("Kenya Haiti 700", "Guatemala Haiti 150"), placed(mss));
        Extraction samim = extract("Exit\n\nSouth Africa had about 300 soldiers in SAMIM, the regional force.");
        assertEquals(List.of("South Africa Mozambique 300"), placed(samim));
    }

    @Test
    void aPartOfTroopsJustPlacedIsWhereTheyAre() {
        Extraction x = extract(
                "Exit\n\nThe Southern African Development Community (SADC) has started pulling its troops "
                        + "out of eastern Democratic Republic of Congo.\n\nThe first convoy, carrying South African, Malawian "
                        + "and Tanzanian soldiers, left Goma on Tuesday and crossed into Rwanda. The troops will travel by road "
                        + "to the Tanzanian port of Dar es Salaam.\n\nThe SADC mission, known as SAMIDRC, deployed in December "
                        + "2023. When the rebels launched their offensive on Goma in January, it had about 1,300 troops on the "
                        + "ground. South Africa accounted for roughly 1,000 of them.");
        assertTrue(placed(x).contains("South Africa Democratic Republic of the Congo 1000"), placed(x).toString());
    }

    @Test
    void aCrossheadDoesNotPartTheStorysSentences() {
        Extraction x = extract(
                "Peacekeepers\n\nZambia currently contributes around 930 military and police personnel to "
                        + "MINUSCA.\n\nReinforcements for the south-east\n\nFollowing a surge in violence in Haut-Mbomou, the "
                        + "mission has in recent months redeployed around 180 Portuguese paratroopers from its Quick Reaction "
                        + "Force to the prefecture.");
        assertEquals(List.of("Zambia Central African Republic 930", "Portugal Central African Republic 180"),
                placed(x));
    }

    @Test
    void thereIsTheCountryTheSentenceIsAboutNotTheAreaItsAsideNames() {
        Extraction x = extract("Bases\n\nChad, long the linchpin of France's presence in the Sahel, ended its defence "
                + "cooperation agreement in November, and the last of about 1,000 French troops stationed there left in "
                + "January.");
        assertEquals(List.of("France Chad 1000"), placed(x));
    }

    @Test
    void theCountryIsThePlaceTheSentenceBeforeNamesOrTheCommandsCountry() {
        Extraction romania = extract("Floor\n\nFor the Baltic states, which host only a few thousand American soldiers "
                + "between them on rotation, the stakes are existential.\n\nIn Romania, officials have tried to put a "
                + "brave face on the cut. Romania’s Defense Ministry said in October that about 1,000 U.S. troops would "
                + "remain in the country after the brigade’s departure.");
        assertTrue(placed(romania).contains("United States Romania 1000"), placed(romania).toString());
        Extraction japan = extract("Typhon\n\nThe Army fired a missile from a launcher in Australia during Talisman "
                + "Sabre.\n\nU.S. Forces Japan, which oversees roughly 55,000 American troops in the country, is being "
                + "upgraded to a joint force headquarters.");
        assertTrue(placed(japan).contains("United States Japan 55000"), placed(japan).toString());
    }

    @Test
    void aCountrysPresenceOfACountIsItsTroops() {
        Extraction x = extract("Brigade\n\nThe German deployment comes on top of a U.S. rotational presence of about "
                + "1,000 soldiers, most of them at the Pabradė training area near the border with Belarus.");
        assertEquals(List.of("United States Lithuania 1000"), placed(x));
        Extraction in = extract("Africa\n\nFrance had about 5,100 soldiers in the Sahel. In Gabon a contingent of 350 "
                + "has been cut to about 100.");
        assertEquals(List.of("France Sahel 5100", "France Gabon 350", "France Gabon 100"), placed(in));
    }

    @Test
    void fiftyOddIsAboutFifty() {
        Extraction x = extract("KFOR\n\nRomania will send roughly 100 more soldiers, adding to the 50-odd Romanians "
                + "already serving in Kosovo.");
        assertEquals(List.of("Romania Kosovo 100", "Romania Kosovo 50"), placed(x));
        assertEquals(TroopsQualifier.ABOUT, x.deployments().get(1).troopsQualifier());
    }

    @Test
    void aNationalForceByItsOwnNameNumberingIsAnArmysSize() {
        Extraction x = extract(
                "Brigade\n\nGermany has 4,800 troops in Lithuania. The Bundeswehr numbers roughly 181,000 "
                        + "active-duty troops, and Berlin has said it needs more.");
        assertEquals(List.of("Germany Lithuania 4800"), placed(x));
    }

    @Test
    void aListItemsLeadingCountryHostsAndACountRaisedIsTheTroopsJustCounted() {
        Extraction x = extract("Factbox\n\nNATO FORWARD LAND FORCES\n\n* ESTONIA - Led by Britain, with about 900 "
                + "British troops at Tapa.\n\n* LATVIA - Led by Canada, which has about 2,000 troops in the country and "
                + "plans to increase that to up to 2,200 next year.\n\n* LITHUANIA - Led by Germany, which is also "
                + "building a permanent armoured brigade of about 4,800 soldiers.");
        assertEquals(List.of("United Kingdom Estonia 900", "Canada Latvia 2000", "Canada Latvia 2200",
                "Germany Lithuania 4800"), placed(x));
    }

    @Test
    void aQuotaOrACeilingAuthorisedIsNoDeployment() {
        Extraction x = extract("Somalia\n\nBujumbura was allotted 1,041 soldiers under the new mission, far fewer than "
                + "it had sought.\n\nThe Security Council voted to create a larger force in Haiti, authorizing up to "
                + "5,550 uniformed personnel.");
        assertEquals(List.of(), placed(x));
    }

    @Test
    void troopsThatHoldOrOccupyPositionsArePlaced() {
        Extraction hold = extract(
                "Front\n\nOn the Lebanon front, Israeli troops continue to hold five strategic hilltop "
                        + "positions inside southern Lebanon.");
        assertEquals(List.of("Israel Lebanon null"), placed(hold));
        Extraction occupy = extract("Live\n\nIn southern Lebanon, where Israeli troops still occupy five hilltop "
                + "positions, a UNIFIL spokesperson said a drone dropped a grenade.");
        assertEquals(List.of("Israel Lebanon null"), placed(occupy));
    }

    @Test
    void aVagueSizeInARegionNoCountNamesIsAReportOfItsOwn() {
        Extraction x = extract(
                "Drawdown\n\nThe United States has about 2,500 troops in Iraq. Several hundred U.S. troops "
                        + "will stay on in Erbil, in the Kurdistan region.");
        assertEquals(List.of("United States Iraq 2500", "United States Iraq null"), placed(x));
    }

    @Test
    void hostileInputEndsQuickly() {
        // each input is about 200 KB; a backtracking regex or a quadratic loop would take minutes, not seconds
        List<String> inputs = List.of("\u201c\"\u00ab\u2018'".repeat(40_000), "1,000 ".repeat(35_000),
                "Kim Jong ".repeat(25_000), "He said, \"" + "a, ".repeat(60_000),
                "Kim Yo Jong met Kim Jong Un. " + "Kim said so. ".repeat(20_000),
                "\"a b c d,\" he said, ".repeat(10_000),
                "Russian forces entered the Kursk region. " + "Some 1,000 troops crossed into the region. "
                        .repeat(5_000),
                "\"a\" " + " 'x".repeat(66_000));
        for (String input : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> extract(input), input.substring(0, 30));
        }
    }
}
