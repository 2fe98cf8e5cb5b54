package dk.broer.privacy.boundary;

import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.AuditLog;
import dk.broer.people.control.Learners;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import dk.broer.privacy.control.Erasure;
import dk.broer.privacy.control.PersonOverview;
import dk.broer.privacy.entity.Erasing;
import dk.broer.privacy.entity.Erasing.CertificateChoice;
import dk.broer.privacy.entity.Subject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dk.broer.people.entity.Role.COORDINATOR;

/**
 * A person who asks a coordinator in person: what Broer holds about them (a download to hand
 * over), and their erasure (GDPR art. 17) once the coordinator has confirmed it is them.
 */
@Path("people/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(COORDINATOR)
public class PeopleResource {

    /** confirmed: the coordinator has checked it is the person asking; certificates: keep or revoke. */
    public record Request(Boolean confirmed, String certificates) {
    }

    public record Erased(int certificatesKept, int certificatesRevoked) {
    }

    @Inject
    PersonOverview overview;

    @Inject
    DataFile file;

    @Inject
    Erasure erasure;

    @Inject
    AuditLog audit;

    @Inject
    Learners learners;

    @GET
    public PersonOverview.Person person(@PathParam("id") long id) {
        return overview.of(id);
    }

    /** Handing a person their data is itself recorded: who produced it, when (not what it held). */
    @GET
    @Path("data")
    @Transactional
    public Response data(@PathParam("id") long id) {
        learners.find(id).orElseThrow(() -> ApiProblem.notFound("person.notFound", id));
        audit.record("person.exported", "learner", id, null);
        return file.of(Subject.LEARNER, id);
    }

    @POST
    @Path("erasure")
    public Erased erase(@PathParam("id") long id, Request request) {
        Erasing.Tally tally = erasure.erase(id, choice(request));
        return new Erased(tally.keptCount(), tally.revokedCount());
    }

    private static Optional<CertificateChoice> choice(Request request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || !Boolean.TRUE.equals(request.confirmed())) {
            errors.add(FieldError.of("confirmed", "person.erase.confirm"));
        }
        Optional<CertificateChoice> choice = Optional.empty();
        String given = request == null ? null : request.certificates();
        if (given != null && !given.isBlank()) {
            try {
                choice = Optional.of(CertificateChoice.valueOf(given.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("certificates", "person.erase.certificates"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return choice;
    }
}
