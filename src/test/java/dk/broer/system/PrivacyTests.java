package dk.broer.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Privacy: the record of processing against the database's own tables, each person's export
 * against the rows the database holds about them, erasure that leaves nothing personal in any
 * table (read straight from the tables, AdminsView) yet keeps the report and a kept certificate,
 * and the retention run over data whose dates were faked back.
 */
interface PrivacyTests {

    AtomicInteger PEOPLE = new AtomicInteger();

    private static Http trainer() {
        return Callers.of("cohort-trainer").orElseThrow();
    }

    private static Http coordinator() {
        return Callers.of("coordinator").orElseThrow();
    }

    private static Http admin() {
        return Callers.of("admin").orElseThrow();
    }

    // ---------------------------------------------------------------- the database, as an admin with it open sees it

    private static List<String> tables() {
        Http.Reply reply = Broer.anonymous().get("api/test-only/tables");
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /** Every row of the table: column (lower case) → the value as text, or null. */
    private static List<Map<String, String>> rows(String table) {
        Http.Reply reply = Broer.anonymous().get("api/test-only/tables/" + table);
        assertEquals(200, reply.status(), table + ": " + reply);
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonObject row : reply.array().getValuesAs(JsonObject.class)) {
            Map<String, String> values = new LinkedHashMap<>();
            row.forEach((column, value) -> values.put(column, value.getValueType() == JsonValue.ValueType.NULL ? null
                    : value instanceof jakarta.json.JsonString s ? s.getString() : value.toString()));
            values.remove("xmin");
            values.remove("ctid");
            rows.add(values);
        }
        return rows;
    }

    private static void backdate(String table, Object key, String json) {
        Http.Reply reply = Broer.anonymous().put("api/test-only/tables/" + table + "/" + key, json);
        assertEquals(200, reply.status(), "faking " + table + " " + key + ": " + reply);
    }

    private static String yearsAgo(int years) {
        return LocalDateTime.now().minusYears(years).withNano(0).toString();
    }

    /** A timestamp as the database prints it (2026-12-02 05:50:00.123), read in the server's (and this JVM's) zone. */
    private static LocalDateTime at(String value) {
        return LocalDateTime.parse(value.strip().replace(' ', 'T'));
    }

    // ---------------------------------------------------------------- the record of processing

    private static JsonObject record() {
        Http.Reply reply = admin().get("api/privacy/record?lang=en");
        assertEquals(200, reply.status(), reply.toString());
        return reply.object();
    }

    private static List<JsonObject> entries(JsonObject record, String subject) {
        return record.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("subject").equals(subject)).toList();
    }

    private static List<JsonObject> stored(JsonObject entry) {
        return entry.getJsonArray("stored").getValuesAs(JsonObject.class);
    }

    /** The entry's `when`: only rows whose other columns hold these values (whose id it is: a learner's or a staff member's). */
    private static boolean when(Map<String, String> row, JsonObject where) {
        if (!where.containsKey("when") || where.isNull("when")) {
            return true;
        }
        JsonObject when = where.getJsonObject("when");
        return when.keySet().stream().allMatch(column -> when.getString(column).equals(row.get(column)));
    }

    /** The ids of the rows of the `through` table that are the person's (e.g. their enrolments). */
    private static Set<String> throughIds(JsonObject through, String subject, long id, Map<String, List<Map<String, String>>> cache) {
        String column = through.getString("column");
        Set<String> ids = new TreeSet<>();
        for (Map<String, String> row : cache.computeIfAbsent(through.getString("table"), PrivacyTests::rows)) {
            if (String.valueOf(id).equals(row.get(column))) {
                ids.add(row.get("id"));
            }
        }
        return ids;
    }

    /**
     * What the database holds about one person, by the record: for each entry of the subject, each
     * table of its `stored` (with a column) → that person's rows. `known` adds ids of `through` rows
     * that were the person's earlier (so rows left behind by a deleted enrolment still count).
     */
    private static Map<String, Map<String, List<Map<String, String>>>> held(JsonObject record, String subject, long id,
                                                                          Map<String, Set<String>> known) {
        Map<String, List<Map<String, String>>> cache = new HashMap<>();
        Map<String, Map<String, List<Map<String, String>>>> held = new TreeMap<>();
        for (JsonObject entry : entries(record, subject)) {
            Map<String, List<Map<String, String>>> tables = held.computeIfAbsent(entry.getString("kind"), k -> new TreeMap<>());
            for (JsonObject where : stored(entry)) {
                if (!where.containsKey("column")) {
                    continue;
                }
                String table = where.getString("table");
                String column = where.getString("column");
                Set<String> values = new TreeSet<>();
                if (where.containsKey("through")) {
                    JsonObject through = where.getJsonObject("through");
                    values.addAll(throughIds(through, subject, id, cache));
                    values.addAll(known.getOrDefault(through.getString("table") + "." + through.getString("column"), Set.of()));
                } else {
                    values.add(String.valueOf(id));
                }
                List<Map<String, String>> mine = tables.computeIfAbsent(table, t -> new ArrayList<>());
                for (Map<String, String> row : cache.computeIfAbsent(table, PrivacyTests::rows)) {
                    boolean theirs = row.get(column) != null && values.contains(row.get(column)) && when(row, where);
                    if (theirs && !mine.contains(row)) {
                        mine.add(row);
                    }
                }
            }
        }
        return held;
    }

    /** The `through` rows that are the person's now, to find what refers to them after they are gone. */
    private static Map<String, Set<String>> throughs(JsonObject record, String subject, long id) {
        Map<String, List<Map<String, String>>> cache = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (JsonObject entry : entries(record, subject)) {
            for (JsonObject where : stored(entry)) {
                if (where.containsKey("through")) {
                    JsonObject through = where.getJsonObject("through");
                    ids.computeIfAbsent(through.getString("table") + "." + through.getString("column"), k -> new TreeSet<>())
                            .addAll(throughIds(through, subject, id, cache));
                }
            }
        }
        return ids;
    }

    private static Map<String, Map<String, Integer>> counts(Map<String, Map<String, List<Map<String, String>>>> held) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        held.forEach((kind, tables) -> tables.forEach((table, rows) -> counts.computeIfAbsent(kind, k -> new TreeMap<>())
                .put(table, rows.size())));
        return counts;
    }

    // ---------------------------------------------------------------- exports

    private static JsonObject export(Http who, String path, String kind, long id) {
        Http.Reply reply = who.get(path);
        assertEquals(200, reply.status(), path + ": " + reply);
        assertTrue(reply.header("Content-Disposition").startsWith("attachment"), reply.header("Content-Disposition"));
        assertTrue(reply.header("Content-Disposition").contains("broer-data.json"), reply.header("Content-Disposition"));
        JsonObject export = reply.object();
        assertEquals(kind, export.getJsonObject("subject").getString("kind"));
        assertEquals(id, export.getJsonObject("subject").getJsonNumber("id").longValue());
        assertTrue(export.containsKey("exportedAt") && export.containsKey("controller"), export.keySet().toString());
        return export;
    }

    /** Section kind → table → number of rows handed out. */
    private static Map<String, Map<String, Integer>> exported(JsonObject export, JsonObject record) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Set<String>> declared = new HashMap<>();
        record.getJsonArray("entries").getValuesAs(JsonObject.class).forEach(e -> declared.put(e.getString("kind"),
                new TreeSet<>(stored(e).stream().map(w -> w.getString("table")).toList())));
        for (JsonObject section : export.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            String kind = section.getString("kind");
            assertTrue(declared.containsKey(kind), "a section the record declares: " + kind);
            for (JsonObject text : List.of(section.getJsonObject("what"), section.getJsonObject("purpose"))) {
                assertFalse(text.getString("da").isBlank() || text.getString("en").isBlank(), kind + ": " + text);
            }
            assertTrue(section.containsKey("basis") && section.containsKey("retention"), kind);
            JsonObject records = section.getJsonObject("records");
            JsonObject withheld = section.containsKey("withheld") ? section.getJsonObject("withheld") : JsonValue.EMPTY_JSON_OBJECT;
            for (String table : records.keySet()) {
                assertTrue(declared.get(kind).contains(table), kind + " hands out " + table + ", which it does not declare");
                List<JsonObject> rows = records.getJsonArray(table).getValuesAs(JsonObject.class);
                Set<String> hidden = withheld.containsKey(table)
                        ? new TreeSet<>(withheld.getJsonArray(table).getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList()) : Set.of();
                for (JsonObject row : rows) {
                    for (String column : hidden) {
                        assertFalse(row.containsKey(column), kind + "/" + table + ": withheld " + column + " handed out");
                    }
                }
                counts.computeIfAbsent(kind, k -> new TreeMap<>()).put(table, rows.size());
            }
        }
        return counts;
    }

    /** Drops tables with no rows, so that "not in the export" and "an empty list" read the same. */
    private static Map<String, Map<String, Integer>> nonEmpty(Map<String, Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> kept = new TreeMap<>();
        counts.forEach((kind, tables) -> tables.forEach((table, n) -> {
            if (n > 0) {
                kept.computeIfAbsent(kind, k -> new TreeMap<>()).put(table, n);
            }
        }));
        return kept;
    }

    private static int total(Map<String, Map<String, Integer>> counts, String table) {
        return counts.values().stream().mapToInt(t -> t.getOrDefault(table, 0)).sum();
    }

    /**
     * The export holds, per section and table, as many rows as the database holds about the person.
     * The database is read before and after the export (an export may audit itself); a table whose
     * count moved in between may match either.
     */
    private static Map<String, Map<String, Integer>> assertComplete(Http who, String path, String subject, long id) {
        JsonObject record = record();
        Map<String, Map<String, Integer>> before = nonEmpty(counts(held(record, subject, id, Map.of())));
        JsonObject export = export(who, path, subject, id);
        Map<String, Map<String, Integer>> after = nonEmpty(counts(held(record, subject, id, Map.of())));
        Map<String, Map<String, Integer>> handedOut = nonEmpty(exported(export, record));
        if (!handedOut.equals(before)) {
            assertEquals(after, handedOut, path + ": the export against the database (before it: " + before + ")");
        }
        return handedOut;
    }

    // ---------------------------------------------------------------- people with data everywhere

    record Person(Http phone, long id, String name, String phoneNumber, String employeeNumber, TestCohorts.Made cohort, String code) {
    }

    /** Letters only, so a name can't be read as a CPR number and can be found with no doubt in any table. */
    private static String unique() {
        int n = Math.floorMod(PEOPLE.incrementAndGet() * 7919 + System.nanoTime() / 1000, 300_000_000);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }

    /** A number nobody else in the suite has, written as a person types it (never six digits in a row, so never a CPR number). */
    private static String phoneNumber(int prefix) {
        int n = PEOPLE.incrementAndGet();
        return String.format("+45 %02d %02d %02d %02d", prefix, n % 100, (n / 100) % 100, Math.floorMod(System.nanoTime() / 1000, 100));
    }

    /** A learner who joined with a phone and an employee number, and completed, and holds a certificate. */
    private static Person certified(TestCohorts.Made cohort, String surname) {
        String tag = unique();
        String name = "Privata " + surname + " " + Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
        String phoneNumber = phoneNumber(71);
        String employeeNumber = "PRIV-" + tag.toUpperCase(Locale.ROOT);
        Http phone = Broer.anonymous();
        Http.Reply joined = TestCohorts.join(phone, cohort.joinCode(), name, phoneNumber, employeeNumber);
        assertEquals(201, joined.status(), joined.toString());
        long id = phone.get("api/session").object().getJsonNumber("id").longValue();
        long completion = TestCertificates.complete(trainer(), cohort, id);
        String code = TestCertificates.confirmed(new TestCertificates.Completed(phone, id, completion), name);
        return new Person(phone, id, name, phoneNumber, employeeNumber, cohort, code);
    }

    /**
     * A learner with rows in every table the API reaches: joined (enrolment, its modules, a session,
     * reach counted), a module opened and a wrong answer (progress, attempt), attendance marked,
     * completed with a certificate, the track evaluation answered (a mark, while it is held), and a
     * candidate on the dialogue-consultant track with a whole practice log, submitted and observed.
     */
    private static Person everywhere(String surname) {
        TestCohorts.Made cohort = TestCohorts.create(trainer(), 20);
        long meeting = TestCohorts.firstMeetingOrAdd(trainer(), cohort);
        String tag = unique();
        String name = "Privata " + surname + " " + Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
        String phoneNumber = phoneNumber(72);
        String employeeNumber = "PRIV-" + tag.toUpperCase(Locale.ROOT);
        Http phone = Broer.anonymous();
        Http.Reply joined = TestCohorts.join(phone, cohort.joinCode(), name, phoneNumber, employeeNumber);
        assertEquals(201, joined.status(), joined.toString());
        long id = phone.get("api/session").object().getJsonNumber("id").longValue();
        assertEquals(204, phone.post("api/me/modules/welcome-to-everyone/opened", "{}").status());
        assertFalse(LearningTests.answer(phone, "welcome-to-everyone", false).object().getBoolean("passed"));
        Http.Reply present = trainer().put(cohort.path() + "/meetings/" + meeting + "/attendance/" + id, "{\"present\":true}");
        assertEquals(200, present.status(), present.toString());
        long completion = TestCertificates.complete(trainer(), cohort, id);
        String code = TestCertificates.confirmed(new TestCertificates.Completed(phone, id, completion), name);
        Http.Reply answered = phone.post("api/me/evaluations/track-" + cohort.id(), TestEvaluations.answer("track", 4, "Godt " + tag));
        assertEquals(201, answered.status(), answered.toString());

        TestCohorts.Made dialogue = TestConsultants.cohort(trainer());
        Http.Reply candidate = TestCohorts.join(phone, dialogue.joinCode(), name);
        assertEquals(201, candidate.status(), candidate.toString());
        TestConsultants.Candidate c = new TestConsultants.Candidate(phone, id, dialogue);
        TestConsultants.logEverything(trainer(), c);
        assertEquals(200, phone.post("api/me/practice/submission", "{}").status());
        Http assessor = Callers.of("assessor").orElseThrow();
        Http.Reply observed = assessor.post("api/assessments/" + id + "/observation", TestConsultants.observation(assessor, id, "partly"));
        assertEquals(200, observed.status(), observed.toString());
        return new Person(phone, id, name, phoneNumber, employeeNumber, cohort, code);
    }

    // ---------------------------------------------------------------- the record

    @Test
    default void everyTableOfTheDatabaseIsDeclaredOnceInTheRecordOfProcessing() {
        JsonObject record = record();
        assertTrue(record.getString("controller").length() > 3, record.getString("controller"));
        Set<String> stored = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        for (JsonObject entry : record.getJsonArray("entries").getValuesAs(JsonObject.class)) {
            assertTrue(kinds.add(entry.getString("kind")), "one entry per kind: " + entry.getString("kind"));
            assertTrue(List.of("learner", "staff", "anyone").contains(entry.getString("subject")), entry.toString());
            assertFalse(entry.getString("capability").isBlank());
            for (String field : List.of("what", "purpose")) {
                assertFalse(entry.getJsonObject(field).getString("da").isBlank() || entry.getJsonObject(field).getString("en").isBlank(),
                        entry.getString("kind") + " " + field);
            }
            JsonObject basis = entry.getJsonObject("basis");
            assertTrue(basis.getString("article").startsWith("GDPR art. "), basis.toString());
            assertFalse(entry.getJsonObject("retention").getJsonObject("text").getString("da").isBlank());
            if (entry.getJsonObject("retention").containsKey("period")) {
                assertTrue(entry.getJsonObject("retention").getString("period").matches("P\\d+[DMY]"),
                        entry.getJsonObject("retention").toString());
                assertTrue(entry.getJsonObject("retention").getString("setting").startsWith("broer.retention."));
            }
            assertFalse(stored(entry).isEmpty(), entry.getString("kind") + " says where it is stored");
            stored(entry).forEach(w -> stored.add(w.getString("table")));
        }
        List<String> other = new ArrayList<>();
        for (JsonObject table : record.getJsonArray("otherTables").getValuesAs(JsonObject.class)) {
            other.add(table.getString("table"));
            assertFalse(table.getJsonObject("why").getString("en").isBlank(), table.toString());
        }
        Set<String> both = new TreeSet<>(stored);
        both.retainAll(other);
        assertEquals(Set.of(), both, "tables both personal and not");
        assertEquals(new TreeSet<>(other).size(), other.size(), "a table listed twice among the other tables: " + other);

        List<String> database = new ArrayList<>(tables());
        assertTrue(database.contains("learner") && database.contains("award"), database.toString());
        assertTrue(database.remove("flyway_schema_history"));
        Set<String> declared = new TreeSet<>(stored);
        declared.addAll(other);
        Set<String> undeclared = new TreeSet<>(database);
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared, "tables the record of processing does not declare");
        Set<String> stale = new TreeSet<>(declared);
        database.forEach(stale::remove);
        assertEquals(Set.of(), stale, "tables the record declares that the database does not have");
        assertTrue(stored.containsAll(List.of("learner", "enrolment", "attempt", "attendance", "award", "sign_in_session",
                "staff_account", "audit_entry", "practice_entry", "evaluation_mark")), stored.toString());
    }

    // ---------------------------------------------------------------- access and portability

    @Test
    default void aLearnersExportHoldsEveryRowTheDatabaseHoldsAboutThem() {
        Person p = everywhere("Eksporta");
        String about = "api/people/" + p.id();
        Http.Reply person = coordinator().get(about);
        assertEquals(200, person.status(), person.toString());
        assertEquals(p.name(), person.object().getString("name"));
        assertEquals(p.employeeNumber(), person.object().getString("employeeNumber"));
        assertTrue(person.object().getJsonArray("cohorts").size() >= 2, person.toString());
        assertEquals("valid", person.object().getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(p.code())).findFirst().orElseThrow().getString("status"));

        Map<String, Map<String, Integer>> own = assertComplete(p.phone(), "api/me/data", "learner", p.id());
        Map<String, Map<String, Integer>> asked = assertComplete(coordinator(), about + "/data", "learner", p.id());
        for (String table : List.of("learner", "enrolment", "enrolment_module", "sign_in_session", "reach_counted", "attempt",
                "module_progress", "attendance", "completion", "award", "practice_entry", "candidacy", "consultant_history",
                "observation", "evaluation_mark", "audit_entry")) {
            assertTrue(total(own, table) > 0, "the learner's export has their " + table + ": " + own);
            assertTrue(total(asked, table) > 0, "the coordinator's export has their " + table + ": " + asked);
        }
        assertEquals(2, total(own, "enrolment"), "two cohorts: " + own);
        assertEquals(1, total(own, "learner"));
        String text = p.phone().get("api/me/data").body();
        assertTrue(text.contains(p.name()) && text.contains(p.phoneNumber()) && text.contains(p.employeeNumber()), text);
        assertFalse(text.contains("resume_code_hash\":\""), "a hash of the secret is withheld: " + text);
        assertEquals(404, coordinator().get("api/people/987654321/data").status());
        assertEquals(404, coordinator().get("api/people/987654321").status());
    }

    @Test
    default void aStaffMembersExportHoldsEveryRowTheDatabaseHoldsAboutTheirAccount() {
        Staff.Created account = Staff.create(admin(), "trainer");
        Staff.setPassword(account.token(), Staff.PASSWORD);
        Http staff = Broer.signedIn(account.username(), Staff.PASSWORD);
        assertEquals(200, staff.put("api/account", "{\"displayName\":\"Eksport Træner\",\"email\":\"eksport@example.org\"}").status());
        TestCohorts.Made cohort = TestCohorts.create(staff, 5);
        assertEquals(201, staff.post(cohort.path() + "/learners", "{\"name\":\"Tastet Af Træner\"}").status());
        Map<String, Map<String, Integer>> own = assertComplete(staff, "api/account/data", "staff", account.id());
        for (String table : List.of("staff_account", "staff_role", "sign_in_session", "account_link", "audit_entry")) {
            assertTrue(total(own, table) > 0, "the account's export has its " + table + ": " + own);
        }
        assertFalse(staff.get("api/account/data").body().contains("password_hash\":\""), "the password's hash is withheld");
    }

    // ---------------------------------------------------------------- erasure

    private static String thisYear() {
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/Copenhagen"));
        return "from=" + now.getYear() + "-01&to=" + now;
    }

    /** What ReachTests compares: the tables and the totals of the report by cohort and month. */
    private static List<JsonValue> reach() {
        Http.Reply reply = coordinator().get("api/reach?" + thisYear() + "&by=cohort&period=month&lang=da");
        assertEquals(200, reply.status(), reply.toString());
        return List.of(reply.object().get("tables"), reply.object().get("totals"));
    }

    private static List<Map<String, String>> audit(String action) {
        return rows("audit_entry").stream().filter(r -> action.equals(r.get("action"))).toList();
    }

    /**
     * Nothing of the person in the database: no value of any row of any table holds their name,
     * phone or employee number; no stored learner column of the record holds their id (nor the ids
     * of what was theirs, such as enrolments).
     */
    private static void assertNothingLeft(Person p, JsonObject record, Map<String, Set<String>> theirs) {
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            for (Map<String, String> row : rows(table)) {
                for (Map.Entry<String, String> value : row.entrySet()) {
                    if (value.getValue() == null) {
                        continue;
                    }
                    String v = value.getValue().toLowerCase(Locale.ROOT);
                    for (String secret : List.of(p.name(), p.phoneNumber(), p.employeeNumber())) {
                        if (v.contains(secret.toLowerCase(Locale.ROOT))) {
                            found.add(table + "." + value.getKey() + " holds " + secret);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "personal data left after the erasure");
        Map<String, Map<String, Integer>> left = nonEmpty(counts(held(record, "learner", p.id(), theirs)));
        assertEquals(Map.of(), left, "rows that still refer to the erased learner " + p.id());
    }

    private static void assertKeptWithoutName(String code, String status) {
        Map<String, String> award = rows("award").stream().filter(a -> code.equals(a.get("code"))).findFirst().orElseThrow();
        assertEquals(status, award.get("status").toLowerCase(Locale.ROOT), award.toString());
        assertTrue(award.get("holder_name") == null || award.get("holder_name").isBlank(), "no holder name: " + award.get("holder_name"));
        JsonObject verified = Broer.anonymous().get("api/verify/" + code + "?lang=da").object();
        assertEquals(status, verified.getString("status"), verified.toString());
        assertFalse(verified.containsKey("holderName"), verified.toString());
        assertTrue(verified.getBoolean("holderErased"), verified.toString());
    }

    @Test
    default void aCoordinatorErasesAPersonAfterConfirmingAndNothingPersonalIsLeftInAnyTable() {
        Person p = everywhere("Glemmesen");
        String key = "track-" + p.cohort().id();
        // Another learner answers too, and the occasion closes: the erased person's answer is released, and stays.
        Http other = TestCertificates.completed(trainer(), p.cohort(), "Privata Anden").learner();
        String comment = "Frigivet svar " + unique();
        assertEquals(201, other.post("api/me/evaluations/" + key, TestEvaluations.answer("track", 3, comment)).status());
        assertTrue(trainer().post(p.cohort().path() + "/evaluations/" + key + "/close", "{}").object().getBoolean("closed"));
        assertEquals(1, rows("evaluation_answer").stream().filter(a -> comment.equals(a.get("comment_text"))).count());
        int answers = rows("evaluation_answer").size();

        JsonObject record = record();
        Map<String, Set<String>> theirs = throughs(record, "learner", p.id());
        String erasure = "api/people/" + p.id() + "/erasure";
        String before = coordinator().get("api/people/" + p.id()).body();
        List<JsonValue> reachBefore = reach();
        int erasedBefore = audit("person.erased").size();

        Http.Reply unconfirmed = coordinator().post(erasure, "{\"certificates\":\"keep\"}", "Accept-Language", "en");
        assertEquals(400, unconfirmed.status(), unconfirmed.toString());
        assertFalse(unconfirmed.fieldError("confirmed").isEmpty(), unconfirmed.toString());
        assertEquals(400, coordinator().post(erasure, "{\"confirmed\":false,\"certificates\":\"keep\"}").status());
        Http.Reply noChoice = coordinator().post(erasure, "{\"confirmed\":true}", "Accept-Language", "en");
        assertEquals(400, noChoice.status(), noChoice.toString());
        assertFalse(noChoice.fieldError("certificates").isEmpty(), noChoice.toString());
        assertEquals(400, coordinator().post(erasure, "{\"confirmed\":true,\"certificates\":\"shred\"}").status());
        assertEquals(before, coordinator().get("api/people/" + p.id()).body(), "nothing changed by a refused erasure");
        assertEquals(200, p.phone().get("api/me").status(), "still signed in");
        assertEquals(erasedBefore, audit("person.erased").size());

        Http.Reply erased = coordinator().post(erasure, "{\"confirmed\":true,\"certificates\":\"keep\"}");
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(1, erased.object().getInt("certificatesKept"), erased.toString());
        assertEquals(0, erased.object().getInt("certificatesRevoked"), erased.toString());

        assertEquals(404, coordinator().get("api/people/" + p.id()).status());
        assertEquals(404, coordinator().post(erasure, "{\"confirmed\":true,\"certificates\":\"keep\"}").status(), "erased once");
        assertEquals(401, p.phone().get("api/me").status(), "their sessions have ended");
        assertNothingLeft(p, record, theirs);
        assertKeptWithoutName(p.code(), "valid");
        String listed = trainer().get(p.cohort().path() + "/certificates").body();
        assertFalse(listed.contains(p.name()), listed);
        assertEquals(409, coordinator().download("api/certificates/" + p.code() + "/pdf").status(), "no certificate to print without a name");

        List<Map<String, String>> entries = audit("person.erased");
        assertEquals(erasedBefore + 1, entries.size());
        Map<String, String> entry = entries.stream().max(java.util.Comparator.comparingLong(e -> Long.parseLong(e.get("id")))).orElseThrow();
        assertEquals("learner", entry.get("target_kind"), entry.toString());
        assertTrue(entry.get("target_id") == null || entry.get("target_id").isBlank(), entry.toString());
        assertTrue(entry.get("detail").contains("1"), entry.toString());
        assertEquals(reachBefore, reach(), "the report's figures did not change by a single person");
        assertEquals(answers, rows("evaluation_answer").size(), "released answers stay");
        assertEquals(1, rows("evaluation_answer").stream().filter(a -> comment.equals(a.get("comment_text"))).count());
    }

    @Test
    default void aCoordinatorMayRevokeTheCertificateOfThePersonErased() {
        Person p = certified(TestCohorts.create(trainer(), 5), "Tilbagekaldt");
        Http.Reply erased = coordinator().post("api/people/" + p.id() + "/erasure", "{\"confirmed\":true,\"certificates\":\"revoke\"}");
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(0, erased.object().getInt("certificatesKept"));
        assertEquals(1, erased.object().getInt("certificatesRevoked"));
        assertKeptWithoutName(p.code(), "revoked");
        Map<String, String> award = rows("award").stream().filter(a -> p.code().equals(a.get("code"))).findFirst().orElseThrow();
        assertFalse(award.get("revoked_reason") == null || award.get("revoked_reason").isBlank(), "the reason is recorded: " + award);
        assertTrue(audit("person.erased").stream().anyMatch(e -> e.get("detail") != null && e.get("detail").contains("revoked: 1")),
                "the choice is recorded");
    }

    @Test
    default void onlyACoordinatorErases() {
        Person p = certified(TestCohorts.create(trainer(), 5), "Beskyttet");
        String body = "{\"confirmed\":true,\"certificates\":\"keep\"}";
        for (Http who : List.of(trainer(), p.phone(), admin(), Callers.of("assessor").orElseThrow())) {
            assertEquals(403, who.post("api/people/" + p.id() + "/erasure", body).status());
        }
        assertEquals(200, coordinator().get("api/people/" + p.id()).status(), "still there");
        assertEquals(p.name(), Broer.anonymous().get("api/verify/" + p.code()).object().getString("holderName"));
        assertEquals(404, coordinator().post("api/people/987654321/erasure", body).status());
    }

    // ---------------------------------------------------------------- retention

    @Test
    default void theRetentionRunRemovesWhatHasPassedItsPeriodAndNothingElse() {
        // An old learner (their cohort ended and they last signed in five years ago, past the default three), holding a certificate.
        TestCohorts.Made old = TestCohorts.create(trainer(), 10);
        Person gone = certified(old, "Forældet");
        JsonObject record = record();
        Map<String, Set<String>> theirs = throughs(record, "learner", gone.id());
        assertEquals(204, gone.phone().delete("api/session").status());
        // A recent learner in the same old cohort, who signed in just now.
        Http recent = TestCohorts.newLearner(old.joinCode(), "Privata Nylig " + unique());
        long recentId = recent.get("api/session").object().getJsonNumber("id").longValue();
        backdate("cohort", old.id(), "{\"starts_on\":\"" + LocalDate.now().minusYears(5).minusMonths(2) + "\",\"ends_on\":\""
                + LocalDate.now().minusYears(5) + "\",\"created_at\":\"" + yearsAgo(5) + "\"}");
        backdate("learner", gone.id(), "{\"signed_in_at\":\"" + yearsAgo(5) + "\",\"created_at\":\"" + yearsAgo(5) + "\"}");
        rows("enrolment").stream().filter(e -> e.get("learner_id").equals(String.valueOf(gone.id())))
                .forEach(e -> backdate("enrolment", e.get("id"), "{\"enrolled_at\":\"" + yearsAgo(5) + "\"}"));

        // A certified dialogue consultant whose cohort ended long ago: the certification is valid, so they stay.
        Http assessor = Callers.of("assessor").orElseThrow();
        TestConsultants.Candidate consultant = TestConsultants.candidate(trainer(), "Privata Konsulent " + unique());
        TestConsultants.logEverything(trainer(), consultant);
        assertEquals(200, consultant.phone().post("api/me/practice/submission", "{}").status());
        assertEquals(200, assessor.post("api/assessments/" + consultant.learnerId() + "/observation",
                TestConsultants.observation(assessor, consultant.learnerId(), "met")).status());
        Http.Reply approved = assessor.post("api/assessments/" + consultant.learnerId() + "/approval", "{}");
        assertEquals(200, approved.status(), approved.toString());
        String certification = approved.object().getString("code");
        assertEquals(204, consultant.phone().delete("api/session").status());
        backdate("cohort", consultant.cohort().id(), "{\"starts_on\":\"" + LocalDate.now().minusYears(6) + "\",\"ends_on\":\""
                + LocalDate.now().minusYears(5) + "\"}");
        backdate("learner", consultant.learnerId(), "{\"signed_in_at\":\"" + yearsAgo(5) + "\",\"created_at\":\"" + yearsAgo(5) + "\"}");

        // An old session: a learner's, which ended two days ago.
        Http sessionHolder = TestCohorts.newLearner(TestCohorts.create(trainer(), 5).joinCode(), "Privata Session " + unique());
        long holderId = sessionHolder.get("api/session").object().getJsonNumber("id").longValue();
        List<Map<String, String>> sessions = rows("sign_in_session").stream()
                .filter(s -> s.get("subject_kind").equalsIgnoreCase("learner") && s.get("subject_id").equals(String.valueOf(holderId))).toList();
        assertEquals(1, sessions.size(), sessions.toString());
        String oldSession = sessions.get(0).get("token_hash");
        String twoDaysAgo = LocalDateTime.now().minusDays(2).withNano(0).toString();
        backdate("sign_in_session", oldSession, "{\"created_at\":\"" + twoDaysAgo + "\",\"last_seen_at\":\"" + twoDaysAgo
                + "\",\"expires_at\":\"" + twoDaysAgo + "\"}");

        // Old failed attempts: three wrong resume codes from one address, three days ago; one wrong code just now from another.
        Http guesser = Broer.anonymous();
        for (int i = 0; i < 3; i++) {
            assertEquals(404, guesser.post("api/resume", "{\"code\":\"WRONG-" + unique().toUpperCase(Locale.ROOT) + "\"}").status());
        }
        Http fresh = Broer.anonymous();
        assertEquals(404, fresh.post("api/resume", "{\"code\":\"WRONG-" + unique().toUpperCase(Locale.ROOT) + "\"}").status());
        List<String> oldAttempts = rows("failed_attempt").stream().filter(a -> a.get("scope").endsWith(":" + guesser.address()))
                .map(a -> a.get("id")).toList();
        assertEquals(3, oldAttempts.size(), "three failures counted for " + guesser.address());
        String recentAttempt = rows("failed_attempt").stream().filter(a -> a.get("scope").endsWith(":" + fresh.address()))
                .map(a -> a.get("id")).findFirst().orElseThrow();
        String threeDaysAgo = LocalDateTime.now().minusDays(3).withNano(0).toString();
        oldAttempts.forEach(id -> backdate("failed_attempt", id, "{\"attempted_at\":\"" + threeDaysAgo + "\"}"));

        // An old audit entry: the latest one, written six years ago.
        TestCohorts.Made elsewhere = TestCohorts.create(trainer(), 5);
        long byHand = trainer().post(elsewhere.path() + "/learners", "{\"name\":\"Privata Revision\"}").object()
                .getJsonObject("learner").getJsonNumber("id").longValue();
        assertEquals(200, trainer().post(elsewhere.path() + "/learners/" + byHand + "/resume-code", "{}").status());
        String oldAudit = rows("audit_entry").stream().map(a -> a.get("id")).max(java.util.Comparator.comparingLong(Long::parseLong))
                .orElseThrow();
        backdate("audit_entry", oldAudit, "{\"occurred_at\":\"" + yearsAgo(6) + "\"}");

        // What is past its period now, counted from the tables themselves.
        LocalDateTime now = LocalDateTime.now();
        long endedSessions = rows("sign_in_session").stream().filter(s -> at(s.get("expires_at")).isBefore(now)
                || at(s.get("last_seen_at")).plusMinutes(Long.parseLong(s.get("idle_minutes"))).isBefore(now)).count();
        long oldLinks = rows("account_link").stream().filter(l -> at(l.get("expires_at")).plusDays(30).isBefore(now)).count();
        long oldFailures = rows("failed_attempt").stream().filter(a -> at(a.get("attempted_at")).plusDays(1).isBefore(now)).count();
        long oldEntries = rows("audit_entry").stream().filter(a -> at(a.get("occurred_at")).plusYears(3).isBefore(now)).count();
        assertTrue(endedSessions >= 1 && oldFailures >= 3 && oldEntries >= 1);
        List<MetricsTests.Sample> metricsBefore = MetricsTests.scrape();
        int ranBefore = audit("retention.ran").size();

        assertEquals(403, coordinator().post("api/retention/runs", "{}").status());
        Http.Reply run = admin().post("api/retention/runs", "{}");
        assertEquals(200, run.status(), run.toString());
        JsonObject removed = run.object().getJsonObject("removed");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("learners", 1);
        expected.put("sessions", (int) endedSessions);
        expected.put("links", (int) oldLinks);
        expected.put("throttling", (int) oldFailures);
        expected.put("audit", (int) oldEntries);
        Map<String, Integer> actual = new LinkedHashMap<>();
        expected.keySet().forEach(kind -> actual.put(kind, removed.getInt(kind)));
        assertEquals(expected, actual, run.toString());

        // The old learner is erased as by a coordinator, the certificate kept.
        assertEquals(404, coordinator().get("api/people/" + gone.id()).status());
        assertNothingLeft(gone, record, theirs);
        assertKeptWithoutName(gone.code(), "valid");
        // The recent learner, the certified consultant and the recent failure stay.
        assertEquals(200, coordinator().get("api/people/" + recentId).status());
        assertEquals(200, recent.get("api/me").status());
        assertEquals(200, coordinator().get("api/people/" + consultant.learnerId()).status(), "a valid certification keeps its holder");
        JsonObject stillValid = Broer.anonymous().get("api/verify/" + certification).object();
        assertEquals("valid", stillValid.getString("status"));
        assertTrue(stillValid.getString("holderName").startsWith("Privata Konsulent"), stillValid.toString());
        assertTrue(rows("failed_attempt").stream().anyMatch(a -> a.get("id").equals(recentAttempt)));
        // What was past its period is gone.
        assertFalse(rows("sign_in_session").stream().anyMatch(s -> s.get("token_hash").equals(oldSession)), "the ended session");
        assertTrue(rows("failed_attempt").stream().noneMatch(a -> oldAttempts.contains(a.get("id"))), "the old failures");
        assertTrue(rows("audit_entry").stream().noneMatch(a -> a.get("id").equals(oldAudit)), "the old audit entry");
        assertEquals(200, coordinator().get("api/people/" + holderId).status(), "a learner whose session ended stays");

        List<Map<String, String>> ran = audit("retention.ran");
        assertEquals(ranBefore + 1, ran.size());
        String detail = "learners=" + actual.get("learners") + " sessions=" + actual.get("sessions") + " links=" + actual.get("links")
                + " throttling=" + actual.get("throttling") + " audit=" + actual.get("audit");
        Map<String, String> last = ran.stream().max(java.util.Comparator.comparingLong(e -> Long.parseLong(e.get("id")))).orElseThrow();
        assertEquals(new TreeSet<>(List.of(detail.split(" "))), new TreeSet<>(List.of(last.get("detail").split(" "))),
                "the counts, in any order: " + last);
        assertEquals("STAFF", last.get("actor_kind").toUpperCase(Locale.ROOT), "the admin ran it: " + last);
        List<MetricsTests.Sample> metricsAfter = MetricsTests.scrape();
        for (Map.Entry<String, Integer> kind : actual.entrySet()) {
            Map<String, String> label = Map.of("kind", kind.getKey());
            assertEquals(kind.getValue(), MetricsTests.value(metricsAfter, "broer_retention_removed_total", label)
                    - MetricsTests.value(metricsBefore, "broer_retention_removed_total", label), 0.0001, "removed " + kind.getKey());
        }
        assertEquals(1.0, MetricsTests.value(metricsAfter, "broer_retention_runs_total")
                - MetricsTests.value(metricsBefore, "broer_retention_runs_total"), 0.0001);
        assertNotEquals(0.0, MetricsTests.value(metricsAfter, "broer_retention_removed_total"));
    }
}
