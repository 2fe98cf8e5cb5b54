package dk.broer.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The privacy notice a learner reads where they join (GDPR art. 13): who is responsible, how to
 * reach them, why we may keep the data and for how long. These vary by installation, so they come
 * from configuration; what is stored and the person's rights are fixed texts in the page bundles.
 */
@ApplicationScoped
public class PrivacyNotice {

    @Inject
    @ConfigProperty(name = "broer.privacy.controller")
    String controller;

    @Inject
    @ConfigProperty(name = "broer.privacy.contact")
    String contact;

    @Inject
    @ConfigProperty(name = "broer.privacy.basis.da")
    String basisDa;

    @Inject
    @ConfigProperty(name = "broer.privacy.basis.en")
    String basisEn;

    @Inject
    @ConfigProperty(name = "broer.privacy.retention.da")
    String retentionDa;

    @Inject
    @ConfigProperty(name = "broer.privacy.retention.en")
    String retentionEn;

    public record Text(String controller, String contact, String basis, String retention) {
    }

    public Text in(String language) {
        boolean danish = "da".equals(language);
        return new Text(controller, contact, danish ? basisDa : basisEn, danish ? retentionDa : retentionEn);
    }
}
