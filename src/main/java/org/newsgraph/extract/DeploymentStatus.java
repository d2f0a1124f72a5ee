package org.newsgraph.extract;

import org.eclipse.microprofile.graphql.Description;

/** Where a reported deployment stands, as the article tells it. */
@Description("Where a reported deployment stands, as the article tells it")
public enum DeploymentStatus {
    @Description("Troops are present in the host country or region")
    DEPLOYED, @Description("Troops have newly arrived")
    ARRIVED, @Description("Troops are on their way, in transit through a place")
    IN_TRANSIT, @Description("Troops are expected or planned to deploy, or to enter combat")
    EXPECTED, @Description("Troops are fighting")
    IN_COMBAT, @Description("Troops are being trained in the host country")
    TRAINING, @Description("Troops have left or been withdrawn")
    WITHDRAWN, @Description("The article reports troops without saying more")
    REPORTED
}
