package dk.broer.content.entity;

import java.util.List;

/** What a certification track demands beyond its modules, how long the certificate holds, and how it is renewed. */
public record Certification(int validityMonths, Renewal renewal, List<PracticeRequirement> practice) {

    public Certification {
        practice = List.copyOf(practice);
    }

    /**
     * The periods of {@link Renewal#perMonths()} months a validity period falls into, each of which needs
     * its {@link Renewal#localActivities()}: 2 for 24 months and a yearly activity. Content validation
     * guarantees the months divide evenly.
     */
    public int activityPeriods() {
        return validityMonths / renewal.perMonths();
    }
}
