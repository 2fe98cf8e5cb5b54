package dk.broer.privacy.boundary;

import dk.broer.privacy.control.Export;
import dk.broer.privacy.control.Inventory;
import dk.broer.privacy.entity.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** A person's export as the file they are handed (broer-data.json), whoever asks for it. */
@ApplicationScoped
class DataFile {

    @Inject
    Export export;

    @Inject
    Inventory inventory;

    @Inject
    Controller controller;

    Response of(Subject subject, long id) {
        return PrivacyViews.download(controller.name(), subject, id, export.of(subject, id), inventory);
    }
}
