package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.Attendances;
import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Attendance;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/** Attendance at one meeting, marked by the cohort's trainer on a phone or tablet: one tap, saved at once. */
@Path("cohorts/{id}/meetings/{meeting}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class AttendanceResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    Attendances attendances;

    @Inject
    CurrentCaller caller;

    /** present: true, false, or null when not marked yet. */
    public record Mark(long learnerId, String name, Boolean present) {
    }

    public record Sheet(CohortViews.MeetingView meeting, String cohort, List<Mark> learners) {
    }

    public record Present(Boolean present) {
    }

    @GET
    public Sheet sheet(@PathParam("id") long id, @PathParam("meeting") long meetingId) {
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        Meeting meeting = cohorts.meetings(cohort.id()).stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("meeting.notFound", meetingId));
        Map<Long, Boolean> marks = attendances.of(meeting.id()).stream()
                .collect(Collectors.toMap(Attendance::learnerId, Attendance::isPresent));
        List<Long> ids = joining.enrolments(cohort.id()).stream().map(Enrolment::learnerId).toList();
        Map<Long, Learner> byId = joining.learnersIn(cohort.id());
        return new Sheet(CohortViews.meeting(meeting), cohort.name(), ids.stream().map(byId::get)
                .sorted(Comparator.comparing(Learner::name)).map(l -> new Mark(l.id(), l.name(), marks.get(l.id()))).toList());
    }

    @PUT
    @Path("{learner}")
    public Present mark(@PathParam("id") long id, @PathParam("meeting") long meeting, @PathParam("learner") long learner,
                        Present present) {
        if (present == null || present.present() == null) {
            throw ApiProblem.invalid(FieldError.of("present", "attendance.present.missing"));
        }
        attendances.mark(caller.get(), id, meeting, learner, present.present());
        return present;
    }

    /** Undo: the learner is unmarked again. */
    @DELETE
    @Path("{learner}")
    public Response unmark(@PathParam("id") long id, @PathParam("meeting") long meeting, @PathParam("learner") long learner) {
        attendances.mark(caller.get(), id, meeting, learner, null);
        return Response.noContent().build();
    }
}
