import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The data behind bench/reach.sh: two years of a large programme, written straight into Broer's
 * embedded Derby database while Broer is stopped (Flyway has made the schema, demo data is in):
 *   java -cp <derby, derbyshared, derbytools jars> bench/ReachData.java <db folder> [learners] [per learner] [cohorts] [organisations]
 * Defaults: 100,000 learners, 10 enrolments each (in distinct cohorts, every one completed), 2,000
 * cohorts, 50 organisations, over Copenhagen's 10 districts, cohorts starting between 700 and 20
 * days ago. Only the columns the schema requires, with what the real code writes there (see
 * Learner, Cohort, Enrolment, Completion, Organisation). Ids run in time order, as they would have
 * been given; the tables' identity columns are moved past them so that Broer carries on after.
 * Batched prepared statements, a commit every 10,000 rows. The reach report's facts (reach_fact,
 * reach_counted) and its back-fill mark are emptied, as on a database from before the report, so
 * that Broer back-fills from all the rows at its next start. Then Derby's index statistics are
 * brought up to date (what its statistics daemon does on a live database) and the database is shut
 * down. Prints the time each table took and "RESULT key=value" lines for the script.
 * No enrolment_module rows (the module lists), no awards, no attempts or progress: the reach
 * report counts people, enrolments and completions. Not part of CI.
 */
public class ReachData {

    static final int BATCH = 10_000;
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";   // ReadableCode's
    static final String[] SECTORS = {"TRANSPORT", "NIGHTLIFE", "RETAIL", "HOSPITALITY", "CIVIL_SOCIETY", "MUNICIPALITY"};

    /** The frontline tracks of content/ (id, audience, "module@version" as Completion keeps them), mid-2026. */
    record Track(String id, String audience, String moduleVersions) {
    }

    static final Track ALL_FRONTLINE = new Track("all-frontline", "all-frontline", "welcome-to-everyone@2,law-at-the-counter@2,"
            + "complaints-and-consequences@2,recognising-hate-crime@2,five-ds@2,bias-and-decisions@2");
    static final Track BUS = new Track("bus-drivers", "bus-driver", "welcome-to-everyone@2,law-at-the-counter@2,"
            + "recognising-hate-crime@2,five-ds@2,de-escalation@2,on-the-bus@2");
    static final Track DOOR = new Track("door-staff", "door-staff", "welcome-to-everyone@2,law-at-the-counter@2,"
            + "complaints-and-consequences@2,recognising-hate-crime@2,five-ds@2,de-escalation@2,fair-door@2");
    static final Track SHOP_HOTEL = new Track("shop-and-hotel", "hotel-restaurant-staff", "welcome-to-everyone@2,"
            + "law-at-the-counter@2,complaints-and-consequences@2,five-ds@2,shop-and-hotel@2,bias-and-decisions@2");

    /** The tracks an organisation of each sector books, by SECTORS' order. */
    static final Track[][] TRACKS_OF_SECTOR = {{BUS, ALL_FRONTLINE}, {DOOR}, {SHOP_HOTEL, ALL_FRONTLINE}, {SHOP_HOTEL},
            {ALL_FRONTLINE}, {ALL_FRONTLINE, BUS}};

    static final Random RANDOM = new Random(15);
    static Connection db;

    public static void main(String[] args) throws Exception {
        String folder = args[0];
        int learners = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int perLearner = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int cohorts = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        int organisations = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        int enrolments = learners * perLearner;
        if (perLearner > cohorts || (long) enrolments > 900L * cohorts) {
            throw new IllegalArgumentException("too few cohorts: a cohort holds at most 1,000 (Cohort.MAX_CAPACITY)");
        }
        System.setProperty("derby.storage.pageCacheSize", System.getProperty("derby.storage.pageCacheSize", "32000"));
        System.setProperty("derby.language.sequence.preallocator", "1");
        long start = System.nanoTime();
        db = DriverManager.getConnection("jdbc:derby:" + folder);
        db.setAutoCommit(false);
        String schema = one("select s.schemaname from sys.systables t join sys.sysschemas s on s.schemaid = t.schemaid "
                + "where t.tablename = 'LEARNER'");
        db.createStatement().execute("set schema \"" + schema + "\"");
        Long trainer = optional("select id from staff_account where username = 'trainer'");
        if (trainer == null) {
            trainer = optional("select min(account_id) from staff_role where role = 'TRAINER'");
        }
        List<String> districts = strings("select code from district order by code");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.atZone(COPENHAGEN).toLocalDate();

        // Organisations, each of a sector.
        long firstOrganisation = next("organisation");
        String[] sectorOf = new String[organisations];
        long t = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into organisation (id, name, sector, name_key, active) "
                + "values (?, ?, ?, ?, true)")) {
            for (int o = 0; o < organisations; o++) {
                sectorOf[o] = SECTORS[o % SECTORS.length];
                String name = "Bench Organisation " + (o + 1);
                insert.setLong(1, firstOrganisation + o);
                insert.setString(2, name);
                insert.setString(3, sectorOf[o]);
                insert.setString(4, name.toLowerCase());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        took("organisation", organisations, t);

        // Cohorts: an organisation, a track its sector books, a district, 2 to 8 weeks from a start
        // between 700 and 20 days ago, created two weeks before.
        int[] organisationOf = new int[cohorts];
        Track[] trackOf = new Track[cohorts];
        String[] districtOf = new String[cohorts];
        LocalDate[] startsOn = new LocalDate[cohorts];
        LocalDate[] endsOn = new LocalDate[cohorts];
        Instant[] createdAt = new Instant[cohorts];
        for (int c = 0; c < cohorts; c++) {
            organisationOf[c] = RANDOM.nextInt(organisations);
            Track[] offered = TRACKS_OF_SECTOR[Arrays.asList(SECTORS).indexOf(sectorOf[organisationOf[c]])];
            trackOf[c] = offered[RANDOM.nextInt(offered.length)];
            districtOf[c] = districts.get(RANDOM.nextInt(districts.size()));
            startsOn[c] = today.minusDays(20 + RANDOM.nextInt(681));
            endsOn[c] = startsOn[c].plusDays(14 + RANDOM.nextInt(43));
            createdAt[c] = startsOn[c].minusDays(14).atTime(9, RANDOM.nextInt(60)).atZone(COPENHAGEN).toInstant();
        }

        // Enrolments: each learner in perLearner distinct cohorts, at a moment between the cohort's
        // creation and a week into it; completed between its start (or the enrolment) and its end,
        // never later than now. Sorted by time, so that ids grow with time as they do in use.
        int[] cohortOf = new int[enrolments];
        int[] enrolled = new int[cohorts];
        long[] order = new long[enrolments];   // enrolled_at seconds << 20 | index of the enrolment
        int[] learnerOf = new int[enrolments];
        for (int l = 0; l < learners; l++) {
            Set<Integer> taken = new HashSet<>();
            for (int k = 0; k < perLearner; k++) {
                int c;
                do {
                    c = RANDOM.nextInt(cohorts);
                } while (!taken.add(c) || enrolled[c] >= 1000);
                int e = l * perLearner + k;
                cohortOf[e] = c;
                learnerOf[e] = l;
                enrolled[c]++;
                long from = createdAt[c].getEpochSecond();
                long to = Math.min(startsOn[c].plusDays(7).atStartOfDay(COPENHAGEN).toEpochSecond(), now.getEpochSecond() - 3600);
                order[e] = (from + (long) (RANDOM.nextDouble() * (to - from))) << 20 | e;
            }
        }
        if (enrolments > 1 << 20) {
            throw new IllegalArgumentException("at most " + (1 << 20) + " enrolments (the sort key keeps 20 bits of index)");
        }
        Arrays.sort(order);

        // Learners numbered in the order they first enrolled; created then, employed by that cohort's organisation.
        long firstLearner = next("learner");
        long[] learnerId = new long[learners];
        int[] firstCohort = new int[learners];
        long[] firstSeen = new long[learners];
        int[] byNumber = new int[learners];
        Arrays.fill(learnerId, -1);
        int numbered = 0;
        for (long key : order) {
            int e = (int) (key & 0xFFFFF);
            int l = learnerOf[e];
            if (learnerId[l] < 0) {
                learnerId[l] = firstLearner + numbered;
                byNumber[numbered++] = l;
                firstCohort[l] = cohortOf[e];
                firstSeen[l] = key >>> 20;
            }
        }
        SecureRandom secure = new SecureRandom();
        byte[] code = new byte[32];
        t = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into learner (id, name, resume_code_hash, created_at, "
                + "organisation_id, employee_number, signed_in_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < learners; n++) {
                int l = byNumber[n];
                boolean imported = l % 5 == 0;   // a fifth came from an employer's list, with employee numbers
                Timestamp created = Timestamp.from(Instant.ofEpochSecond(firstSeen[l]));
                secure.nextBytes(code);
                insert.setLong(1, learnerId[l]);
                insert.setString(2, "Bench Learner " + (n + 1));
                insert.setString(3, HexFormat.of().formatHex(code));   // stands for HMAC-SHA-256 of a resume code
                insert.setTimestamp(4, created);
                insert.setLong(5, firstOrganisation + organisationOf[firstCohort[l]]);
                insert.setString(6, imported ? "B-" + (n + 1) : null);
                insert.setTimestamp(7, imported ? null : created);
                batch(insert, n);
            }
            insert.executeBatch();
        }
        db.commit();
        took("learner", learners, t);

        long firstCohortId = next("cohort");
        Set<String> codes = new HashSet<>();
        t = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into cohort (id, name, organisation_id, audience, district_code, "
                + "track_id, starts_on, ends_on, capacity, enrolled, join_code, joining_closed, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)");
             PreparedStatement trains = db.prepareStatement("insert into cohort_trainer (cohort_id, account_id) values (?, ?)")) {
            for (int c = 0; c < cohorts; c++) {
                String joinCode;
                do {
                    joinCode = readable(3, 4);
                } while (!codes.add(joinCode));
                insert.setLong(1, firstCohortId + c);
                insert.setString(2, "Bench cohort " + (c + 1) + " – " + trackOf[c].id() + " " + startsOn[c]);
                insert.setLong(3, firstOrganisation + organisationOf[c]);
                insert.setString(4, trackOf[c].audience());
                insert.setString(5, districtOf[c]);
                insert.setString(6, trackOf[c].id());
                insert.setDate(7, java.sql.Date.valueOf(startsOn[c]));
                insert.setDate(8, java.sql.Date.valueOf(endsOn[c]));
                insert.setInt(9, Math.min(1000, enrolled[c] + RANDOM.nextInt(40)));
                insert.setInt(10, enrolled[c]);
                insert.setString(11, joinCode);
                insert.setTimestamp(12, Timestamp.from(createdAt[c]));
                insert.addBatch();
                if (trainer != null) {
                    trains.setLong(1, firstCohortId + c);
                    trains.setLong(2, trainer);
                    trains.addBatch();
                }
            }
            insert.executeBatch();
            if (trainer != null) {
                trains.executeBatch();
            }
        }
        db.commit();
        took("cohort (+ cohort_trainer)", cohorts, t);

        long firstEnrolment = next("enrolment");
        long[] completedAt = new long[enrolments];
        long[] enrolmentId = new long[enrolments];
        t = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into enrolment (id, cohort_id, learner_id, audience, track_id, "
                + "method, enrolled_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < enrolments; n++) {
                int e = (int) (order[n] & 0xFFFFF);
                long at = order[n] >>> 20;
                int c = cohortOf[e];
                int l = learnerOf[e];
                enrolmentId[e] = firstEnrolment + n;
                insert.setLong(1, enrolmentId[e]);
                insert.setLong(2, firstCohortId + c);
                insert.setLong(3, learnerId[l]);
                insert.setString(4, trackOf[c].audience());
                insert.setString(5, trackOf[c].id());
                insert.setString(6, l % 5 == 0 ? "IMPORT" : e % 50 == 0 ? "BY_HAND" : "JOIN_CODE");
                insert.setTimestamp(7, Timestamp.from(Instant.ofEpochSecond(at)));
                batch(insert, n);
                long from = Math.max(at, startsOn[c].atTime(8, 0).atZone(COPENHAGEN).toEpochSecond()) + 3600;
                long to = Math.max(from + 60, Math.min(endsOn[c].atTime(22, 0).atZone(COPENHAGEN).toEpochSecond(), now.getEpochSecond()));
                completedAt[e] = Math.min(from + (long) (RANDOM.nextDouble() * (to - from)), now.getEpochSecond());
                order[n] = completedAt[e] << 20 | e;
            }
            insert.executeBatch();
        }
        db.commit();
        took("enrolment", enrolments, t);

        Arrays.sort(order);
        long firstCompletion = next("completion");
        t = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into completion (id, enrolment_id, learner_id, cohort_id, "
                + "track_id, completed_at, module_versions) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < enrolments; n++) {
                int e = (int) (order[n] & 0xFFFFF);
                int c = cohortOf[e];
                insert.setLong(1, firstCompletion + n);
                insert.setLong(2, enrolmentId[e]);
                insert.setLong(3, learnerId[learnerOf[e]]);
                insert.setLong(4, firstCohortId + c);
                insert.setString(5, trackOf[c].id());
                insert.setTimestamp(6, Timestamp.from(Instant.ofEpochSecond(completedAt[e])));
                insert.setString(7, trackOf[c].moduleVersions());
                batch(insert, n);
            }
            insert.executeBatch();
        }
        db.commit();
        took("completion", enrolments, t);

        // Broer's own inserts carry on after ours.
        Statement s = db.createStatement();
        // The reach report's facts were back-filled at the first start (from the demo data) and are
        // kept from then on by the application; rows written here bypass it. So the database is put
        // back as one from before reporting (an upgrade): no facts, no back-fill mark. Broer back-fills
        // from all the rows at its next start (or when an admin asks).
        int facts = 0;
        if (optional("select count(*) from sys.systables where tablename = 'REACH_BACKFILL'") > 0) {
            facts = s.executeUpdate("delete from reach_fact");
            s.executeUpdate("delete from reach_counted");
            s.executeUpdate("delete from reach_backfill");
            System.out.printf("%-28s %,10d fact rows of the demo data deleted, and the back-fill mark%n", "reach_fact", facts);
        }
        s.execute("alter table organisation alter column id restart with " + next("organisation"));
        s.execute("alter table learner alter column id restart with " + next("learner"));
        s.execute("alter table cohort alter column id restart with " + next("cohort"));
        s.execute("alter table enrolment alter column id restart with " + next("enrolment"));
        s.execute("alter table completion alter column id restart with " + next("completion"));
        db.commit();
        double generated = (System.nanoTime() - start) / 1e9;

        t = System.nanoTime();
        for (String table : List.of("ORGANISATION", "LEARNER", "COHORT", "COHORT_TRAINER", "ENROLMENT", "COMPLETION")) {
            s.execute("call syscs_util.syscs_update_statistics('" + schema + "', '" + table + "', null)");
        }
        db.commit();
        double statistics = (System.nanoTime() - t) / 1e9;

        long learnerRows = count("learner");
        long enrolmentRows = count("enrolment");
        long completionRows = count("completion");
        long awardRows = count("award");
        System.out.printf("%-28s %d learners, %d enrolments, %d completions, %d awards (with the demo data's)%n", "in the database",
                learnerRows, enrolmentRows, completionRows, awardRows);
        System.out.printf("generated in %.1f s; index statistics %.1f s%n", generated, statistics);
        System.out.printf("RESULT generation_seconds=%.1f%nRESULT statistics_seconds=%.1f%nRESULT learners=%d%nRESULT enrolments=%d%n"
                + "RESULT completions=%d%nRESULT awards=%d%nRESULT cohorts=%d%n", generated, statistics, learnerRows, enrolmentRows,
                completionRows, awardRows, count("cohort"));
        db.commit();
        db.close();
        try {
            DriverManager.getConnection("jdbc:derby:" + folder + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }

    static void batch(PreparedStatement insert, int n) throws SQLException {
        insert.addBatch();
        if ((n + 1) % BATCH == 0) {
            insert.executeBatch();
            db.commit();
        }
    }

    static void took(String table, int rows, long since) {
        double seconds = (System.nanoTime() - since) / 1e9;
        System.out.printf("%-28s %,10d rows %8.1f s %,10.0f rows/s%n", table, rows, seconds, rows / seconds);
    }

    /** The next free id of a table (its identity column is moved there once we are done). */
    static long next(String table) throws SQLException {
        Long max = optional("select max(id) from " + table);
        return max == null ? 1 : max + 1;
    }

    static long count(String table) throws SQLException {
        return optional("select count(*) from " + table);
    }

    static Long optional(String sql) throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            if (!r.next()) {
                return null;
            }
            long value = r.getLong(1);
            return r.wasNull() ? null : value;
        }
    }

    static String one(String sql) throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static List<String> strings(String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            while (r.next()) {
                found.add(r.getString(1));
            }
        }
        return found;
    }

    /** A join code as ReadableCode makes it: "K7QX-M4TD-9PRW". */
    static String readable(int groups, int size) {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < size; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }
}
