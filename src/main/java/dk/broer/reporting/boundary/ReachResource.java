package dk.broer.reporting.boundary;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.Caller;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.reporting.control.Backfill;
import dk.broer.reporting.control.Periods;
import dk.broer.reporting.control.ReachCsv;
import dk.broer.reporting.control.ReachPdf;
import dk.broer.reporting.control.ReachReports;
import dk.broer.reporting.control.Scope;
import dk.broer.reporting.entity.ReachReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.ADMIN;
import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.ORGANISATION_CONTACT;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * The reach report, as figures, CSV and PDF, all from one suppressed run. Coordinators and admins see
 * the whole programme, a trainer their own cohorts, an organisation contact their organisation.
 */
@Path("reach")
@RequestScoped
@Allowed({COORDINATOR, ADMIN, TRAINER, ORGANISATION_CONTACT})
public class ReachResource {

    /** The report's longest run: five years of months. */
    static final int MAX_MONTHS = 60;

    @Inject
    CurrentCaller caller;

    @Inject
    ReachReports reports;

    @Inject
    Cohorts cohorts;

    @Inject
    Backfill backfill;

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    @Inject
    @ConfigProperty(name = "broer.reporting.period", defaultValue = "quarter")
    String defaultPeriod;

    Clock clock = Clock.systemUTC();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReachReport report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("period") String period,
                              @QueryParam("by") String by, @QueryParam("lang") String lang, @QueryParam("source") String source) {
        return run(from, to, period, by, lang, source);
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("period") String period,
                        @QueryParam("by") String by, @QueryParam("lang") String lang) {
        ReachReport report = run(from, to, period, by, lang, null);
        return Response.ok(ReachCsv.csv(report)).header("Content-Disposition", "attachment; filename=\"" + name(report) + ".csv\"")
                .build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("period") String period,
                        @QueryParam("by") String by, @QueryParam("lang") String lang) {
        ReachReport report = run(from, to, period, by, lang, null);
        return Response.ok(ReachPdf.pdf(report)).header("Content-Disposition", "attachment; filename=\"" + name(report) + ".pdf\"")
                .build();
    }

    public record BackfillResult(boolean ran, int factRows) {
    }

    /** Builds the facts from the rows if that has not happened on this database; otherwise does nothing. */
    @POST
    @Path("backfill")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(ADMIN)
    public BackfillResult backfill() {
        Backfill.Result result = backfill.run();
        return new BackfillResult(result.ran(), result.factRows());
    }

    private ReachReport run(String from, String to, String period, String by, String lang, String source) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        YearMonth now = YearMonth.from(Copenhagen.today(clock));
        List<FieldError> errors = new ArrayList<>();
        Optional<YearMonth> first = blank(from) ? Optional.of(YearMonth.of(now.getYear(), 1)) : Periods.month(from);
        Optional<YearMonth> last = blank(to) ? Optional.of(now) : Periods.month(to);
        first.ifPresentOrElse(f -> { }, () -> errors.add(FieldError.of("from", "reach.month.invalid")));
        last.ifPresentOrElse(l -> { }, () -> errors.add(FieldError.of("to", "reach.month.invalid")));
        if (first.isPresent() && last.isPresent() && (last.get().isBefore(first.get())
                || first.get().plusMonths(MAX_MONTHS - 1).isBefore(last.get()))) {
            errors.add(FieldError.of("to", "reach.range.invalid", MAX_MONTHS));
        }
        String kind = blank(period) ? defaultPeriod : period.strip();
        if (!Periods.KINDS.contains(kind)) {
            errors.add(FieldError.of("period", "reach.period.invalid"));
        }
        String dimension = blank(by) ? "district" : by.strip();
        if (!ReachReports.DIMENSIONS.contains(dimension)) {
            errors.add(FieldError.of("by", "reach.by.invalid"));
        }
        boolean raw = "raw".equals(source);
        if (raw && !caller.get().hasAny(ADMIN)) {
            throw ApiProblem.forbidden();
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return reports.report(new ReachReports.Request(first.get(), last.get(), kind, dimension, language, raw), scope(language));
    }

    private Scope scope(String language) {
        Caller who = caller.get();
        if (who.hasAny(COORDINATOR, ADMIN)) {
            return Scope.everything(Messages.text(language, "reach.scope.all"));
        }
        if (who.hasAny(TRAINER)) {
            List<Cohort> own = cohorts.visibleTo(who);
            // The number, not the names: a trainer of many cohorts would not fit on the page.
            return Scope.cohorts(Messages.text(language, "reach.scope.cohorts", own.size()),
                    own.stream().map(Cohort::id).collect(Collectors.toSet()));
        }
        long organisation = Optional.ofNullable(who.organisationId()).orElseThrow(ApiProblem::forbidden);
        String name = Optional.ofNullable(em.find(Organisation.class, organisation)).map(Organisation::name).orElse("");
        return Scope.organisation(Messages.text(language, "reach.scope.organisation", name), organisation);
    }

    private static String name(ReachReport report) {
        return "broer-reach-" + report.from() + "-" + report.to();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
