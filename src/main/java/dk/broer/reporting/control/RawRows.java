package dk.broer.reporting.control;

import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.EvaluationItem;
import dk.broer.content.entity.Questionnaire;
import dk.broer.platform.control.Copenhagen;
import dk.broer.reporting.entity.Fact;
import dk.broer.reporting.entity.Measure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's figures counted from the operational rows themselves (enrolments, completions,
 * awards, released answers): what the back-fill writes as facts once, and what the benchmark and the
 * tests compare the facts with. Streams each table once; a person's first enrolment and first
 * completion are found on the way.
 */
final class RawRows {

    /** Each person's first enrolment (or completion): in which cohort and month they were counted. */
    record First(long cohortId, LocalDate month, Timestamp at) {
    }

    final Map<Summed.Key, Long> sums = new LinkedHashMap<>();
    final Map<Long, First> firstEnrolment = new HashMap<>();
    final Map<Long, First> firstCompletion = new HashMap<>();
    private final Map<Long, Fact.Cell> cohorts = new HashMap<>();

    private RawRows() {
    }

    static RawRows read(Connection connection, Catalogue content) throws SQLException {
        RawRows raw = new RawRows();
        raw.cohorts(connection);
        raw.people(connection, "SELECT learner_id, cohort_id, enrolled_at FROM enrolment", Measure.ENROLMENTS, raw.firstEnrolment);
        raw.people(connection, "SELECT learner_id, cohort_id, completed_at FROM completion", Measure.COMPLETIONS, raw.firstCompletion);
        raw.firstEnrolment.values().forEach(f -> raw.add(Measure.REACHED, f.month(), raw.cell(f.cohortId()), null, 1));
        raw.firstCompletion.values().forEach(f -> raw.add(Measure.TRAINED, f.month(), raw.cell(f.cohortId()), null, 1));
        raw.certificates(connection);
        raw.answers(connection, content);
        return raw;
    }

    List<Summed> summed() {
        List<Summed> all = new ArrayList<>();
        sums.forEach((k, amount) -> all.add(new Summed(k.measure(), k.month(), k.cell(), k.target(), amount)));
        return all;
    }

    private void cohorts(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT c.id, c.organisation_id, o.sector, c.audience, "
                + "c.district_code, c.track_id FROM cohort c JOIN organisation o ON o.id = c.organisation_id")) {
            while (rs.next()) {
                cohorts.put(rs.getLong(1), new Fact.Cell(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(1),
                        rs.getString(6)));
            }
        }
    }

    private void people(Connection connection, String sql, Measure measure, Map<Long, First> first) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(10_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long learner = rs.getLong(1);
                    long cohort = rs.getLong(2);
                    Timestamp at = rs.getTimestamp(3);
                    LocalDate month = month(at);
                    add(measure, month, cell(cohort), null, 1);
                    First earlier = first.get(learner);
                    if (earlier == null || at.before(earlier.at())) {
                        first.put(learner, new First(cohort, month, at));
                    }
                }
            }
        }
    }

    private void certificates(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT cohort_id, issued_at FROM award WHERE edition = 1")) {
            while (rs.next()) {
                add(Measure.CERTIFICATES, month(rs.getTimestamp(2)), cell(rs.getLong(1)), null, 1);
            }
        }
    }

    private void answers(Connection connection, Catalogue content) throws SQLException {
        String sql = "SELECT o.kind, o.cohort_id, o.district_code, o.week, s.item_id, s.score FROM evaluation_score s "
                + "JOIN evaluation_answer a ON a.id = s.answer_id JOIN evaluation_occasion o ON o.id = a.occasion_id";
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                Questionnaire q = content.questionnaireFor(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                Optional<String> target = q.item(rs.getString(5)).flatMap(EvaluationItem::targetIfAny);
                if (target.isEmpty()) {
                    continue;
                }
                long cohort = rs.getLong(2);
                Fact.Cell cell = rs.wasNull() ? Fact.Cell.district(rs.getString(3)) : cell(cohort);
                LocalDate month = rs.getDate(4).toLocalDate().withDayOfMonth(1);
                add(Measure.ANSWERS, month, cell, target.get(), 1);
                if (q.agrees(rs.getInt(6))) {
                    add(Measure.AGREEING, month, cell, target.get(), 1);
                }
            }
        }
    }

    private Fact.Cell cell(long cohortId) {
        return cohorts.get(cohortId);
    }

    private void add(Measure measure, LocalDate month, Fact.Cell cell, String target, long amount) {
        sums.merge(new Summed.Key(measure, month, cell, target), amount, Long::sum);
    }

    static LocalDate month(Timestamp at) {
        return Copenhagen.local(at.toInstant()).toLocalDate().withDayOfMonth(1);
    }

    static Date sqlDate(LocalDate day) {
        return Date.valueOf(day);
    }
}
