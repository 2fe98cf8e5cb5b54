package dk.broer.learning.boundary;

import dk.broer.cohorts.boundary.CohortViews;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.learning.control.Matrix;
import dk.broer.learning.entity.ModuleState;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Spreadsheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * The trainer's progress matrix of a cohort (learners × modules, plus attendance per meeting,
 * with who is stuck), as JSON for the page and as CSV for Excel. For the cohort's trainers and
 * coordinators. (JAX-RS picks one root resource per request, so this sits at its own full path
 * beside CohortsResource's "cohorts".)
 */
@Path("cohorts/{id}/progress")
@RequestScoped
@Allowed({TRAINER, COORDINATOR})
public class CohortProgressResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    Cohorts cohorts;

    @Inject
    Matrix matrix;

    @Inject
    ContentCatalogue content;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    public record Column(String id, String title) {
    }

    public record Cell(String module, String state, int failedAttempts) {
    }

    public record Learner(long learnerId, String name, String employeeNumber, List<Cell> cells, List<Boolean> attendance,
                          int passed, int total, boolean attended, Instant lastActivityAt, String stuck, Instant completedAt) {
    }

    public record MatrixView(List<Column> modules, List<CohortViews.MeetingView> meetings, List<Learner> learners) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MatrixView progress(@PathParam("id") long id, @QueryParam("lang") String lang) {
        String language = language(lang);
        Matrix.Table table = matrix.of(cohorts.visibleTo(caller.get(), id));
        return new MatrixView(columns(table, language), table.meetings().stream().map(CohortViews::meeting).toList(),
                table.rows().stream().map(r -> new Learner(r.learnerId(), r.name(), r.employeeNumber(),
                        r.cells().stream().map(c -> new Cell(c.module(), c.state().code(), c.failedAttempts())).toList(),
                        r.attendance(), r.passed(), r.total(), r.attended(), r.lastActivityAt(),
                        r.stuck() == null ? null : r.stuck().code(), r.completedAt())).toList());
    }

    /** The matrix for Excel: one row per learner; semicolons unless ?separator=comma. */
    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id, @QueryParam("lang") String lang, @QueryParam("separator") String separator) {
        String language = language(lang);
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        Matrix.Table table = matrix.of(cohort);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(text(language, "csv.name"), text(language, "csv.employeeNumber"),
                text(language, "csv.passed")));
        columns(table, language).forEach(c -> header.add(c.title()));
        table.meetings().forEach(m -> header.add(text(language, "csv.meeting", Copenhagen.local(m.startsAt()).toLocalDate())));
        header.addAll(List.of(text(language, "csv.stuck"), text(language, "csv.completed")));
        rows.add(header);
        for (Matrix.Row r : table.rows()) {
            List<String> row = new ArrayList<>(List.of(r.name(), r.employeeNumber() == null ? "" : r.employeeNumber(),
                    r.passed() + "/" + r.total()));
            r.cells().forEach(c -> row.add(state(language, c)));
            r.attendance().forEach(a -> row.add(a == null ? "" : text(language, a ? "csv.present" : "csv.absent")));
            row.add(r.stuck() == null ? "" : text(language, "csv.stuck." + r.stuck().code()));
            row.add(r.completedAt() == null ? "" : DAY.format(Copenhagen.local(r.completedAt()).toLocalDate()));
            rows.add(row);
        }
        return Response.ok(Spreadsheet.csv(rows, "comma".equals(separator)))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"progress-" + cohort.id() + ".csv\"").build();
    }

    private List<Column> columns(Matrix.Table table, String language) {
        return table.modules().stream().map(m -> new Column(m, content.catalogue().module(m)
                .map(x -> x.in(language).title()).orElse(m))).toList();
    }

    private static String state(String language, Matrix.Cell cell) {
        return cell.state() == ModuleState.FAILED
                ? text(language, "csv.state.failed", cell.failedAttempts())
                : text(language, "csv.state." + cell.state().code());
    }

    private static String text(String language, String key, Object... args) {
        return Messages.text(language, key, args);
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
