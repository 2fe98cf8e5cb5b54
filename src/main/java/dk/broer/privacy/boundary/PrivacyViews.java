package dk.broer.privacy.boundary;

import dk.broer.privacy.control.Export;
import dk.broer.privacy.control.Inventory;
import dk.broer.privacy.entity.OtherTable;
import dk.broer.privacy.entity.PersonalData;
import dk.broer.privacy.entity.Stored;
import dk.broer.privacy.entity.Subject;
import dk.broer.privacy.entity.Wording;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON of the record of processing and of a person's export. */
final class PrivacyViews {

    private PrivacyViews() {
    }

    public record Record(String controller, String contact, List<Entry> entries, List<Other> otherTables) {
    }

    public record Entry(String kind, String capability, String subject, Wording what, Wording purpose, Basis basis,
                 RetentionView retention, List<StoredView> stored) {
    }

    public record Basis(String code, String article, Wording text) {
    }

    public record RetentionView(Wording text, String setting, String period) {
    }

    public record StoredView(String table, String column, Through through, Map<String, String> when) {
    }

    public record Through(String table, String column) {
    }

    public record Other(String table, String capability, Wording why) {
    }

    public record Download(Instant exportedAt, String controller, SubjectView subject, List<Section> sections) {
    }

    public record SubjectView(String kind, long id) {
    }

    public record Section(String kind, String capability, Wording what, Wording purpose, Basis basis, RetentionView retention,
                   Map<String, List<Map<String, Object>>> records, Map<String, List<String>> withheld) {
    }

    static Record record(String controller, String contact, Inventory inventory) {
        return new Record(controller, contact, inventory.personalData().stream().map(d -> entry(d, inventory)).toList(),
                inventory.otherTables().stream().map(PrivacyViews::other).toList());
    }

    private static Entry entry(PersonalData d, Inventory inventory) {
        return new Entry(d.kind(), d.capability(), d.subject().code(), d.what(), d.purpose(), basis(d),
                retention(d, inventory), d.stored().stream().map(PrivacyViews::stored).toList());
    }

    private static Basis basis(PersonalData d) {
        return new Basis(d.basis().code(), d.basis().article(), d.basis().text());
    }

    private static RetentionView retention(PersonalData d, Inventory inventory) {
        return new RetentionView(d.retention().text(), d.retention().setting().map(Inventory::settingName).orElse(null),
                inventory.period(d.retention()).map(Object::toString).orElse(null));
    }

    private static StoredView stored(Stored s) {
        return new StoredView(s.table(), s.column().orElse(null),
                s.through().map(t -> new Through(t.table(), t.column())).orElse(null), s.when().isEmpty() ? null : s.when());
    }

    private static Other other(OtherTable t) {
        return new Other(t.table(), t.capability(), t.why());
    }

    /** The export as a file to keep: the browser saves it rather than showing it. */
    static Response download(String controller, Subject subject, long id, List<Export.Section> sections, Inventory inventory) {
        Download body = new Download(Instant.now(), controller, new SubjectView(subject.code(), id), sections.stream()
                .map(s -> new Section(s.data().kind(), s.data().capability(), s.data().what(), s.data().purpose(),
                        basis(s.data()), retention(s.data(), inventory), s.records(), s.withheld())).toList());
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"broer-data.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
