package dk.broer.reporting.control;

import dk.broer.activities.control.Activities;
import dk.broer.activities.entity.Activity;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.District;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.cohorts.entity.Sector;
import dk.broer.consultants.control.Register;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.EvaluationItem;
import dk.broer.evaluations.control.SuppressionThreshold;
import dk.broer.platform.control.Messages;
import dk.broer.reporting.entity.Cell;
import dk.broer.reporting.entity.Fact;
import dk.broer.reporting.entity.Measure;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.Share;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of the reach report: the summed facts of the period in the reader's scope, laid out as the
 * published tables (one per measure: the chosen dimension by period, with margins), suppressed by
 * {@link Suppression}, with the targets, the dialogue consultants and the activities. Every output
 * prints what this returns.
 */
@ApplicationScoped
public class ReachReports {

    public static final List<String> DIMENSIONS = List.of("district", "organisation", "sector", "audience", "cohort", "track");
    /** The programme's targets, as the evaluations' items name them; their percentages are configuration. */
    public static final List<String> TARGETS = List.of("community", "consultancy");

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    SuppressionThreshold threshold;

    @Inject
    Backfill backfill;

    @Inject
    Register register;

    @Inject
    Activities activities;

    @Inject
    @ConfigProperty(name = "broer.targets.community", defaultValue = "80")
    int communityTarget;

    @Inject
    @ConfigProperty(name = "broer.targets.consultancy", defaultValue = "75")
    int consultancyTarget;

    Clock clock = Clock.systemUTC();

    /** What was asked for; {@code raw} counts from the operational rows instead of the facts (benchmark, checks). */
    public record Request(YearMonth from, YearMonth to, String period, String by, String language, boolean raw) {
    }

    public ReachReport report(Request request, Scope scope) {
        int limit = threshold.value();
        List<Summed> figures = (request.raw() ? backfill.fromRows() : summedFacts(request.from(), request.to())).stream()
                .filter(s -> Periods.within(s.month(), request.from(), request.to()) && scope.includes().test(s.cell())).toList();
        List<String> columns = Periods.columns(request.from(), request.to(), request.period(), request.language());
        Labels labels = new Labels(request.language());
        List<ReachReport.Table> tables = Measure.TABLES.stream().map(m -> table(m, figures, columns, request, labels, limit)).toList();
        ReachReport.Totals totals = new ReachReport.Totals(tables.get(0).total(), tables.get(1).total(), tables.get(2).total(),
                tables.get(3).total(), tables.get(4).total(), rate(tables.get(3).total(), tables.get(2).total(), limit));
        return new ReachReport(request.language(), request.from().toString(), request.to().toString(), request.period(), request.by(),
                scope.label(), limit, totals, tables, targets(figures, request.language(), limit, scope),
                scope.wholeProgramme() ? consultants(limit) : null,
                scope.wholeProgramme() ? activityLines(request, limit) : List.of(), clock.instant());
    }

    /** The facts of the months asked for, added up per cell in the database. */
    List<Summed> summedFacts(YearMonth from, YearMonth to) {
        String sql = "SELECT measure, period_month, organisation_id, sector, audience, district_code, cohort_id, track_id, target, "
                + "SUM(amount) FROM reach_fact WHERE period_month >= ? AND period_month <= ? GROUP BY measure, period_month, "
                + "organisation_id, sector, audience, district_code, cohort_id, track_id, target";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Date.valueOf(from.atDay(1)))
                .setParameter(2, Date.valueOf(to.atDay(1))).getResultList();
        return rows.stream().map(r -> new Summed(Measure.valueOf((String) r[0]), toLocalDate(r[1]), new Fact.Cell(number(r[2]), (String) r[3], (String) r[4], (String) r[5], number(r[6]), (String) r[7]),
                (String) r[8], number(r[9]))).toList();
    }

    private ReachReport.Table table(Measure measure, List<Summed> figures, List<String> columns, Request request, Labels labels,
                                    int limit) {
        Map<String, Integer> column = Periods.index(columns);
        Function<Fact.Cell, String> key = dimension(request.by());
        Map<String, long[]> byRow = new LinkedHashMap<>();
        for (Summed s : figures) {
            if (s.measure() == measure && key.apply(s.cell()) != null) {
                long[] row = byRow.computeIfAbsent(key.apply(s.cell()), k -> new long[columns.size()]);
                row[column.get(Periods.label(YearMonth.from(s.month()), request.period(), request.language()))] += s.amount();
            }
        }
        List<String> keys = new ArrayList<>(byRow.keySet());
        keys.sort(Comparator.comparing(k -> labels.of(request.by(), k)));
        long[][] counts = new long[keys.size() + 1][columns.size() + 1];
        for (int r = 0; r < keys.size(); r++) {
            long[] row = byRow.get(keys.get(r));
            for (int c = 0; c < columns.size(); c++) {
                counts[r][c] = row[c];
                counts[r][columns.size()] += row[c];
                counts[keys.size()][c] += row[c];
                counts[keys.size()][columns.size()] += row[c];
            }
        }
        Cell[][] cells = Suppression.apply(counts, limit);
        List<ReachReport.Row> rows = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            rows.add(new ReachReport.Row(keys.get(r), labels.of(request.by(), keys.get(r)), List.of(cells[r]).subList(0, columns.size()),
                    cells[r][columns.size()]));
        }
        Cell[] margin = cells[keys.size()];
        return new ReachReport.Table(measure.code(), Messages.text(request.language(), "reach.measure." + measure.code()), request.by(),
                columns, rows, List.of(margin).subList(0, columns.size()), margin[columns.size()]);
    }

    private static Function<Fact.Cell, String> dimension(String by) {
        return switch (by) {
            case "organisation" -> c -> c.organisationId() == null ? null : c.organisationId().toString();
            case "sector" -> Fact.Cell::sector;
            case "audience" -> Fact.Cell::audience;
            case "cohort" -> c -> c.cohortId() == null ? null : c.cohortId().toString();
            case "track" -> Fact.Cell::trackId;
            default -> Fact.Cell::districtCode;
        };
    }

    /** Completions of enrolments, when both are shown and there are enough enrolments to give a share. */
    private static Share rate(Cell completions, Cell enrolments, int limit) {
        if (completions.isHidden() || enrolments.isHidden()) {
            return Share.HIDDEN;
        }
        return Wilson.of(completions.value(), enrolments.value(), limit);
    }

    private List<ReachReport.Target> targets(List<Summed> figures, String language, int limit, Scope scope) {
        List<ReachReport.Target> targets = new ArrayList<>();
        for (String target : TARGETS) {
            Optional<EvaluationItem> item = content.catalogue().questionnaires().stream().flatMap(q -> q.items().stream())
                    .filter(i -> target.equals(i.target())).findFirst();
            if (item.isEmpty() || (!scope.wholeProgramme() && target.equals("consultancy"))) {
                continue;
            }
            long n = sum(figures, Measure.ANSWERS, target);
            long agreeing = sum(figures, Measure.AGREEING, target);
            int percent = target.equals("community") ? communityTarget : consultancyTarget;
            targets.add(new ReachReport.Target(target, Messages.text(language, "reach.target." + target), item.get().text().in(language),
                    percent, count(n, limit), count(agreeing, limit), Wilson.of(agreeing, n, limit), Wilson.status(agreeing, n, percent, limit)));
        }
        return targets;
    }

    private static long sum(List<Summed> figures, Measure measure, String target) {
        return figures.stream().filter(s -> s.measure() == measure && target.equals(s.target())).mapToLong(Summed::amount).sum();
    }

    private static Cell count(long value, int limit) {
        return value < limit ? Cell.small(limit) : Cell.of((int) value);
    }

    private ReachReport.Consultants consultants(int limit) {
        Map<String, Long> standing = new HashMap<>();
        register.rows(null, null).forEach(r -> standing.merge(r.status(), 1L, Long::sum));
        return new ReachReport.Consultants(count(standing.getOrDefault("active", 0L), limit),
                count(standing.getOrDefault("expiring", 0L), limit), count(standing.getOrDefault("expired", 0L), limit));
    }

    private List<ReachReport.ActivityLine> activityLines(Request request, int limit) {
        LocalDate first = request.from().atDay(1);
        LocalDate last = request.to().atEndOfMonth();
        List<ReachReport.ActivityLine> lines = new ArrayList<>();
        for (Activity a : activities.all()) {
            if (a.endsOn().isBefore(first) || a.startsOn().isAfter(last)) {
                continue;
            }
            int answers = activities.occasion(a).answered();
            lines.add(new ReachReport.ActivityLine(a.title(), a.kind().code(), a.startsOn(), a.endsOn(),
                    Optional.ofNullable(em.find(District.class, a.districtCode())).map(District::name).orElse(a.districtCode()),
                    count(a.participants(), limit), count(answers, limit)));
        }
        lines.sort(Comparator.comparing(ReachReport.ActivityLine::startsOn));
        return lines;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The rows' names in the reader's language, looked up once per run. */
    private final class Labels {

        private final String language;
        private final Map<String, String> cache = new HashMap<>();

        Labels(String language) {
            this.language = language;
        }

        String of(String by, String key) {
            return cache.computeIfAbsent(by + ":" + key, k -> lookup(by, key));
        }

        private String lookup(String by, String key) {
            return switch (by) {
                case "organisation" -> Optional.ofNullable(em.find(Organisation.class, Long.valueOf(key))).map(Organisation::name).orElse(key);
                case "sector" -> Messages.text(language, "reach.sector." + Sector.valueOf(key).code());
                case "audience" -> content.catalogue().audience(key).map(a -> a.title().in(language)).orElse(key);
                case "cohort" -> Optional.ofNullable(em.find(Cohort.class, Long.valueOf(key))).map(Cohort::name).orElse(key);
                case "track" -> content.catalogue().track(key).map(t -> t.title().in(language)).orElse(key);
                default -> Optional.ofNullable(em.find(District.class, key)).map(District::name).orElse(key);
            };
        }
    }
}
