package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a count's host comes from when its own sentence does not say: the dateline, the sources, the section. */
class DeploymentContextTest {
    private final Extractor extractor = new Extractor();

    /** Each deployment as "origin -> host/region count". */
    private List<String> deployments(String text) {
        return extractor.extract(new ArticleText(text, LocalDate.of(2026, 9, 8))).deployments().stream()
                .map(d -> d.origin() + " -> " + d.hostCountry() + "/" + d.region() + " " + d.troops()).toList();
    }

    @Test
    void aDatelineUnderAHeadlineStillPlacesTroopsHere() {
        String text = "U.S. brigade arrives for rotation\n\n"
                + "SEOUL, Sept. 8 (Yonhap) -- A new U.S. brigade arrived last week, USFK said. North Korea condemned "
                + "the move.\n\nThe brigade will join about 28,500 American troops stationed here, a force North "
                + "Korea calls a provocation.";
        assertEquals(List.of("United States -> South Korea/null 28500"), deployments(text));
    }

    @Test
    void aDatelineInSeveralCapitalWordsOrWithTheAgencyBetweenSlashesIsRead() {
        String tass = "DUSHANBE, October 15. /TASS/. About 7,000 Russian servicemen are stationed here to guard "
                + "against threats from Afghanistan, the Afghan border being the main concern.";
        assertEquals(List.of("Russia -> Tajikistan/null 7000"), deployments(tass));
        String capitals = "Spanish troops join drills\n\nPORT OF SPAIN, Trinidad and Tobago (AP) \u2014 About 300 "
                + "Spanish troops arrived here on Friday for a joint exercise.";
        assertEquals(List.of("Spain -> Trinidad and Tobago/null 300"), deployments(capitals));
    }

    @Test
    void aDatelineTheBodyNeverNamesAgainIsWhereTheReporterSits() {
        String text = "BEIRUT \u2014 Syria remains crowded with foreign armies.\n\n"
                + "Turkey is believed to have some 10,000 soldiers in the north, along with thousands of Syrian "
                + "fighters it pays. Russia keeps about 1,000 troops at its Hmeimim air base in Syria.";
        List<String> found = deployments(text);
        assertEquals(List.of(), found.stream().filter(d -> d.contains("Lebanon")).toList(), found.toString());
    }

    @Test
    void aPlaceWhereTheSourceSitsIsNoHost() {
        String text = "US and Philippine forces began drills in the Philippines on Monday.\n"
                + "Japan has sent about 150 troops, the Defense Ministry in Tokyo said.";
        assertEquals(List.of("Japan -> Philippines/null 150"), deployments(text));
        String offer = "Kenya has about 740 police officers in Haiti.\n"
                + "Chad has offered to send about 1,000 troops, according to diplomats in New York.";
        assertEquals(List.of("Kenya -> Haiti/null 740", "Chad -> Haiti/null 1000"), deployments(offer));
    }

    @Test
    void aPlaceThatHeadsASectionIsItsHostAndStopsTheHostsAbove() {
        String text = "MOZAMBIQUE\nRwanda has about 4,000 soldiers in Cabo Delgado province.\n\n"
                + "DEMOCRATIC REPUBLIC OF CONGO\nUganda has some 4,000 troops in Ituri province.\n\n"
                + "CENTRAL AFRICAN REPUBLIC\nRussia has an estimated 1,500 men in the country, Western diplomats "
                + "say. Rwanda keeps about 1,000 troops there.\n\nKENYA\nBurundi has 300 troops at Camp Tana.";
        assertEquals(List.of("Rwanda -> Mozambique/Cabo Delgado 4000",
                "Uganda -> Democratic Republic of the Congo/Ituri 4000",
                "Russia -> Central African Republic/null 1500", "Rwanda -> Central African Republic/null 1000",
                "Burundi -> Kenya/null 300"), deployments(text));
        String same = "MOZAMBIQUE\nRwanda has about 4,000 soldiers in Cabo Delgado province.\n\n"
                + "CENTRAL AFRICAN REPUBLIC\nRwanda keeps about 1,000 troops there.";
        assertEquals(List.of("Rwanda -> Mozambique/Cabo Delgado 4000", "Rwanda -> Central African Republic/null 1000"),
                deployments(same));
    }

    @Test
    void troopsInARegionOfTheirOwnCountryAreAtHome() {
        String text = "Chad has about 1,000 soldiers in the regional force around Lake Chad. Cameroon, which has about "
                + "2,500 troops in its Far North region, did not comment.";
        assertEquals(List.of("Chad -> Lake Chad/null 1000"), deployments(text));
    }

    @Test
    void anAppositionPlacesATownTheLexiconDoesNotKnowButNotAClauseAfterIt() {
        String batanes = "Around 1,200 US Marines landed in Batanes, the northernmost Philippine province, less than "
                + "200 kilometers from Taiwan. Taiwan's defense ministry said it was watching the drills near Taiwan.";
        assertEquals(List.of("United States -> Philippines/Batanes 1200"), deployments(batanes));
        String camp = "About 2,000 U.S. soldiers arrived last week at a camp in Jinwi, 60 kilometers south of Seoul. "
                + "North Korea called the move a provocation and North Korea's army was put on alert.";
        assertEquals(List.of("United States -> South Korea/Jinwi 2000"), deployments(camp));
        String text = "The U.S. keeps some 4,000 service members at Camp Lemonnier, its largest base in Africa, while "
                + "China has about 2,000 personnel at a naval base in Djibouti. France has around 1,500 troops "
                + "in Zagan, near the German border.";
        List<String> found = deployments(text);
        assertEquals(List.of(), found.stream().filter(d -> d.contains("-> China") || d.contains("Germany")).toList(),
                found.toString());
    }

    @Test
    void aForceNoTableKnowsOwnsItsCountAndIsPlacedWithTheOthers() {
        String text = "The Multinational Border Force, created in 2017 by Mali, Niger, Chad, Mauritania and Burkina Faso, "
                + "has about 5,000 troops on paper. Chad has sent about 1,000 soldiers to Niger, and Mali about 1,100.";
        assertEquals(List.of("Chad -> Niger/null 1000", "Mali -> Niger/null 1100",
                "Multinational Border Force -> Niger/null 5000"), deployments(text));
    }
}
