package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.Organisations;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.District;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Track;
import dk.broer.people.control.StaffAccounts;
import dk.broer.people.entity.Learner;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.Copenhagen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What the cohort API answers with: records in the caller's language, never entities. */
@ApplicationScoped
public class CohortViews {

    @Inject
    ContentCatalogue content;

    @Inject
    Organisations organisations;

    @Inject
    StaffAccounts staff;

    @Inject
    BaseUrl baseUrl;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public record Ref(String id, String name) {
    }

    public record ModuleRef(String id, String title) {
    }

    public record TrackRef(String id, String title, List<ModuleRef> modules) {
    }

    public record TrainerRef(long id, String displayName) {
    }

    /** A time of a meeting in Copenhagen: the day, from and to, and the instants. */
    public record When(LocalDate date, String startTime, String endTime, Instant startsAt, Instant endsAt) {

        static When of(Instant start, Instant end) {
            LocalDateTime from = Copenhagen.local(start);
            LocalDateTime to = Copenhagen.local(end);
            return new When(from.toLocalDate(), from.toLocalTime().toString(), to.toLocalTime().toString(), start, end);
        }
    }

    /** Where and when it was before it moved; null when it never moved. */
    public record Before(When when, String place) {
    }

    public record MeetingView(long id, When when, String place, boolean cancelled, Before before, Instant changedAt) {
    }

    public record CohortView(long id, String name, Ref organisation, Ref audience, Ref district, TrackRef track,
                             LocalDate startsOn, LocalDate endsOn, int capacity, int enrolled, String status,
                             String joinCode, String joinUrl, boolean joiningClosed, List<TrainerRef> trainers,
                             List<MeetingView> meetings) {
    }

    /** What a stranger with the code sees: nothing about the learners in it. */
    public record PublicCohort(String name, String organisation, String track, String trackId, LocalDate startsOn,
                               LocalDate endsOn, String status, boolean takesPeople) {
    }

    /** hasDevice: a phone or computer has been signed in as them (so a code slip is not needed). */
    public record LearnerInCohort(long id, String name, String phone, String employeeNumber, Instant enrolledAt,
                                  String method, boolean hasDevice) {
    }

    public CohortView of(Cohort c, List<Meeting> meetings, String language) {
        Catalogue catalogue = content.catalogue();
        return new CohortView(c.id(), c.name(), organisation(c), new Ref(c.audience(),
                catalogue.audience(c.audience()).map(a -> a.title().in(language)).orElse(c.audience())),
                district(c), track(c.trackId(), language), c.startsOn(), c.endsOn(), c.capacity(), c.enrolled(),
                c.status(Copenhagen.today(clock)).code(), c.joinCode(), joinUrl(c), c.isJoiningClosed(),
                c.trainers().stream().sorted().map(id -> new TrainerRef(id,
                        staff.find(id).map(StaffAccount::displayName).orElse("#" + id))).toList(),
                meetings.stream().map(CohortViews::meeting).toList());
    }

    public PublicCohort publicly(Cohort c, String language) {
        var status = c.status(Copenhagen.today(clock));
        return new PublicCohort(c.name(), organisation(c).name(), track(c.trackId(), language).title(), c.trackId(),
                c.startsOn(), c.endsOn(), status.code(), status.takesPeople());
    }

    public String joinUrl(Cohort c) {
        return baseUrl.link("join/" + c.joinCode());
    }

    public TrackRef track(String trackId, String language) {
        Optional<Track> track = content.catalogue().track(trackId);
        return new TrackRef(trackId, track.map(t -> t.title().in(language)).orElse(trackId),
                track.map(t -> modules(t.moduleIds(), language)).orElse(List.of()));
    }

    /** The modules an enrolment kept, as they are titled today. */
    public TrackRef track(Enrolment enrolment, String language) {
        TrackRef track = track(enrolment.trackId(), language);
        return new TrackRef(track.id(), track.title(), modules(enrolment.modules(), language));
    }

    public static MeetingView meeting(Meeting m) {
        Before before = m.previousStartsAt().map(start -> new Before(When.of(start, m.previousEndsAt().orElseThrow()),
                m.previousPlace().orElse(null))).orElse(null);
        return new MeetingView(m.id(), When.of(m.startsAt(), m.endsAt()), m.place(), m.isCancelled(), before,
                m.changedAt().orElse(null));
    }

    public static LearnerInCohort learner(Enrolment e, Learner l) {
        return new LearnerInCohort(l.id(), l.name(), l.phone().orElse(null), l.employeeNumber().orElse(null),
                e.enrolledAt(), e.method().name().toLowerCase().replace('_', '-'), l.signedInAt().isPresent());
    }

    private List<ModuleRef> modules(List<String> ids, String language) {
        Catalogue catalogue = content.catalogue();
        return ids.stream().map(id -> new ModuleRef(id, catalogue.module(id).map(m -> m.in(language).title()).orElse(id)))
                .toList();
    }

    private Ref organisation(Cohort c) {
        return new Ref(String.valueOf(c.organisationId()),
                organisations.find(c.organisationId()).map(o -> o.name()).orElse("#" + c.organisationId()));
    }

    private Ref district(Cohort c) {
        return new Ref(c.districtCode(), Optional.ofNullable(em.find(District.class, c.districtCode()))
                .map(District::name).orElse(c.districtCode()));
    }
}
