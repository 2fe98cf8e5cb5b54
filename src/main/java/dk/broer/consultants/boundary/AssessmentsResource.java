package dk.broer.consultants.boundary;

import dk.broer.certification.entity.Award;
import dk.broer.consultants.control.Assessments;
import dk.broer.consultants.control.Candidates;
import dk.broer.consultants.entity.CandidacyStatus;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Retry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static dk.broer.people.entity.Role.ASSESSOR;

/** The assessors' work on candidates: the waiting list, one candidate, observation, changes, approval, renewal, revocation. */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(ASSESSOR)
public class AssessmentsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Candidates candidates;

    @Inject
    Assessments assessments;

    @Inject
    PracticeViews views;

    @Context
    HttpHeaders headers;

    public record Waiting(long learnerId, String name, String cohort, String status, Instant submittedAt, boolean ready,
                          boolean renewal) {
    }

    public record Changes(String message) {
    }

    public record Revocation(String reason, String publicReason) {
    }

    public record Granted(String code, LocalDate validFrom, LocalDate validUntil) {
    }

    /** Submitted (and renewals asked for) first, then the rest, each oldest first. */
    @GET
    public List<Waiting> waiting() {
        return candidates.all().stream().map(c -> c.learnerId()).distinct().map(id -> candidates.of(id).orElse(null))
                .filter(java.util.Objects::nonNull).map(c -> new Waiting(c.learner().id(), c.learner().name(),
                        c.cohort().name(), c.candidacy().status().code(), c.candidacy().submittedAt().orElse(null),
                        candidates.readiness(c).ready(), c.candidacy().renewalSubmittedAt().isPresent()))
                .sorted(Comparator.comparing((Waiting w) -> !(w.status().equals(CandidacyStatus.SUBMITTED.code()) || w.renewal()))
                        .thenComparing(w -> w.submittedAt() == null ? Instant.MAX : w.submittedAt()))
                .toList();
    }

    @GET
    @Path("{learner}")
    public PracticeViews.Practice one(@PathParam("learner") long learner, @QueryParam("lang") String lang) {
        return views.of(candidates.require(learner), language(lang), true);
    }

    @POST
    @Path("{learner}/observation")
    public PracticeViews.Practice observe(@PathParam("learner") long learner, Assessments.Scores scores, @QueryParam("lang") String lang) {
        assessments.observe(caller.get(), learner, scores == null ? new Assessments.Scores(null, null, null) : scores);
        return one(learner, lang);
    }

    @POST
    @Path("{learner}/changes")
    public PracticeViews.Practice changes(@PathParam("learner") long learner, Changes changes, @QueryParam("lang") String lang) {
        assessments.askForChanges(caller.get(), learner, changes == null ? null : changes.message());
        return one(learner, lang);
    }

    @POST
    @Path("{learner}/approval")
    public Granted approve(@PathParam("learner") long learner, @QueryParam("lang") String lang) {
        return granted(Retry.onConflict(() -> assessments.approve(caller.get(), learner, language(lang))));
    }

    @POST
    @Path("{learner}/renewal")
    public Granted renew(@PathParam("learner") long learner, @QueryParam("lang") String lang) {
        return granted(Retry.onConflict(() -> assessments.approveRenewal(caller.get(), learner, language(lang))));
    }

    @POST
    @Path("{learner}/revocation")
    public Granted revoke(@PathParam("learner") long learner, Revocation revocation) {
        Revocation given = revocation == null ? new Revocation(null, null) : revocation;
        return granted(assessments.revoke(caller.get(), learner, given.reason(), given.publicReason()));
    }

    private static Granted granted(Award award) {
        var validity = Candidates.validity(award);
        return new Granted(award.code(), validity.validFrom(), validity.validUntil());
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }


}
