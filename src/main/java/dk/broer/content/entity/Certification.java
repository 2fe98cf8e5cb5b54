package dk.broer.content.entity;

import java.util.List;

/** What a certification track demands beyond its modules, and how long the certificate holds. */
public record Certification(int validityMonths, LocalizedText renewal, List<PracticeRequirement> practice) {

    public Certification {
        practice = List.copyOf(practice);
    }
}
