package dk.broer.learning.control;

import dk.broer.cohorts.control.Attendances;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Attendance;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.learning.entity.ModuleState;
import dk.broer.people.entity.Learner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trainer's progress matrix of a cohort: learners × modules, plus attendance per meeting.
 * Built with a fixed number of queries whatever the size (enrolments, learners, progress,
 * completions, meetings, attendance), so 500 learners × 20 modules stays quick.
 */
@ApplicationScoped
public class Matrix {

    @Inject
    Joining joining;

    @Inject
    Progress progress;

    @Inject
    Completions completions;

    @Inject
    Cohorts cohorts;

    @Inject
    Attendances attendances;

    @Inject
    ContentCatalogue content;

    Clock clock = Clock.systemUTC();

    public record Cell(String module, ModuleState state, int failedAttempts) {
    }

    /** present: true, false or null (not marked) for each meeting, in the order of the meetings. */
    public record Row(long learnerId, String name, String employeeNumber, List<Cell> cells, List<Boolean> attendance,
                      int passed, int total, boolean attended, Instant lastActivityAt, Stuck.Reason stuck,
                      Instant completedAt) {
    }

    public record Table(Cohort cohort, List<String> modules, List<Meeting> meetings, List<Row> rows) {
    }

    public Table of(Cohort cohort) {
        Instant now = clock.instant();
        List<Enrolment> enrolments = joining.enrolments(cohort.id());
        Optional<Track> track = content.catalogue().track(cohort.trackId());
        Map<Long, Learner> people = joining.learnersIn(cohort.id());
        Map<Long, Map<String, ModuleProgress>> all = progress.ofCohort(cohort.id());
        Map<Long, Completion> done = completions.ofCohort(cohort.id()).stream()
                .collect(Collectors.toMap(Completion::enrolmentId, Function.identity()));
        List<Meeting> meetings = cohorts.meetings(cohort.id()).stream().filter(m -> !m.isCancelled()).toList();
        Map<Long, Map<Long, Boolean>> marks = attendances.of(meetings.stream().map(Meeting::id).toList()).stream()
                .collect(Collectors.groupingBy(Attendance::learnerId, Collectors.toMap(Attendance::meetingId, Attendance::isPresent)));
        Set<String> columns = new LinkedHashSet<>();
        enrolments.forEach(e -> columns.addAll(required(e, track)));
        List<Row> rows = enrolments.stream().map(e -> row(e, track, people.get(e.learnerId()),
                all.getOrDefault(e.learnerId(), Map.of()), meetings, marks.getOrDefault(e.learnerId(), Map.of()),
                Optional.ofNullable(done.get(e.id())), now)).sorted(Comparator.comparing(Row::name)).toList();
        return new Table(cohort, List.copyOf(columns), meetings, rows);
    }

    private static Row row(Enrolment e, Optional<Track> track, Learner learner, Map<String, ModuleProgress> mine,
                           List<Meeting> meetings, Map<Long, Boolean> marks, Optional<Completion> completion, Instant now) {
        List<Cell> cells = required(e, track).stream().map(m -> Optional.ofNullable(mine.get(m))
                .map(p -> new Cell(m, p.state(), p.failedAttempts())).orElse(new Cell(m, ModuleState.NOT_STARTED, 0))).toList();
        int passed = (int) cells.stream().filter(c -> c.state() == ModuleState.PASSED).count();
        List<Boolean> attendance = meetings.stream().map(m -> marks.get(m.id())).toList();
        boolean attended = e.isWorkshopDoneByHand() || attendance.contains(Boolean.TRUE);
        Instant last = mine.values().stream().map(ModuleProgress::lastActivityAt).max(Comparator.naturalOrder()).orElse(null);
        int mostFailed = cells.stream().filter(c -> c.state() != ModuleState.PASSED).mapToInt(Cell::failedAttempts).max().orElse(0);
        Stuck.Reason stuck = Stuck.of(completion.isPresent(), mostFailed, last, e.enrolledAt(), now).orElse(null);
        return new Row(learner.id(), learner.name(), learner.employeeNumber().orElse(null), cells, attendance, passed,
                cells.size(), attended, last, stuck, completion.map(Completion::completedAt).orElse(null));
    }

    private static List<String> required(Enrolment e, Optional<Track> track) {
        return track.map(t -> CompletionRules.required(e.modules(), t)).orElse(e.modules());
    }
}
