package org.newsgraph.extract;

import org.eclipse.microprofile.graphql.Description;

/** How exact a reported troop count is. */
@Description("How exact a reported troop count is")
public enum TroopsQualifier {
    @Description("Stated as an exact figure")
    EXACT, @Description("\"about\", \"around\", \"roughly\", \"some\", \"an estimated\"")
    ABOUT, @Description("\"as many as\", \"up to\"")
    UP_TO, @Description("\"more than\", \"over\", \"at least\"")
    MORE_THAN, @Description("\"fewer than\", \"less than\", \"under\", \"nearly\", \"almost\"")
    FEWER_THAN, @Description("A range such as \"10,000 to 12,000\" (the lower bound is the count)")
    RANGE
}
