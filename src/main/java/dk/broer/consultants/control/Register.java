package dk.broer.consultants.control;

import dk.broer.certification.control.Awards;
import dk.broer.certification.control.Issuer;
import dk.broer.certification.entity.Award;
import dk.broer.certification.entity.AwardStatus;
import dk.broer.cohorts.control.Joining;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.District;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.cohorts.entity.Sector;
import dk.broer.consultants.entity.Candidacy;
import dk.broer.consultants.entity.HistoryStep;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.entity.Completion;
import dk.broer.people.control.Caller;
import dk.broer.people.control.LearnerDetails;
import dk.broer.people.entity.Role;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register of dialogue consultants for coordinators: everyone with a certification on the
 * track, active, expiring within 90 days, expired or revoked, with their districts; and the
 * consultants certified before Broer (the programme trained 28 in 2011), recorded with their
 * original dates and an assessor's confirmation so that they can renew here.
 */
@ApplicationScoped
public class Register {

    /** Where consultants recorded from before Broer are enrolled: a closed cohort of the programme itself. */
    static final String BEFORE_BROER = "Dialogkonsulenter certificeret før Broer";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    @Inject
    Joining joining;

    @Inject
    Awards awards;

    @Inject
    Issuer issuer;

    @Inject
    Practice practice;

    Clock clock = Clock.systemUTC();

    public record Row(long learnerId, String name, List<String> districts, String status, LocalDate validFrom,
                      LocalDate validUntil, LocalDate awardedOn, String code) {
    }

    public List<Row> rows(String status, String district) {
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (Track track : certificationTracks()) {
            List<Award> awards = em.createQuery("select a from Award a where a.trackId = :track order by a.issuedAt desc", Award.class)
                    .setParameter("track", track.id()).getResultList();
            java.util.Map<Long, Award> current = new java.util.LinkedHashMap<>();
            for (Award a : awards.stream().filter(a -> !a.holderErased()).toList()) {
                current.merge(a.learnerId(), a, (kept, other) -> kept.isValid() ? kept : other.isValid() ? other : kept);
            }
            for (Award award : current.values()) {
                if (award.status() == AwardStatus.SUPERSEDED) {
                    continue;
                }
                String standing = standing(award, now);
                List<String> districts = districts(award.learnerId());
                if ((status == null || status.isBlank() || status.equals(standing))
                        && (district == null || district.isBlank() || districts.contains(districtName(district)))) {
                    Validity validity = Candidates.validity(award);
                    rows.add(new Row(award.learnerId(), award.holderName(), districts, standing, validity.validFrom(),
                            validity.validUntil(), award.completedOn(), award.code()));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::validUntil));
        return rows;
    }

    static String standing(Award award, Instant now) {
        if (award.status() == AwardStatus.REVOKED) {
            return "revoked";
        }
        return Candidates.validity(award).standing(now).name().toLowerCase(java.util.Locale.ROOT);
    }

    private List<String> districts(long learnerId) {
        return joining.enrolmentsOf(learnerId).stream().map(e -> em.find(Cohort.class, e.cohortId()))
                .map(c -> districtName(c.districtCode())).distinct().toList();
    }

    private String districtName(String code) {
        District district = em.find(District.class, code);
        return district == null ? code : district.name();
    }

    private List<Track> certificationTracks() {
        return content.catalogue().tracks().stream().filter(t -> t.certificationIfAny().isPresent()).toList();
    }

    public record Existing(String name, String district, LocalDate awardedOn, LocalDate validFrom, Long assessor) {
    }

    /** A consultant certified before Broer: enrolled in the programme's closed cohort, completed and awarded with the old dates. */
    @Transactional
    public Award recordExisting(Caller coordinator, Existing given) {
        Track track = certificationTracks().stream().findFirst().orElseThrow(() -> ApiProblem.conflict("register.noTrack"));
        List<FieldError> errors = new ArrayList<>(dk.broer.people.control.PersonName.problems("name", given.name(), "certificate.name"));
        if (given.district() == null || em.find(District.class, given.district()) == null) {
            errors.add(FieldError.of("district", "practice.district.unknown"));
        }
        LocalDate today = Copenhagen.today(clock);
        if (given.awardedOn() == null || given.awardedOn().isAfter(today)) {
            errors.add(FieldError.of("awardedOn", given.awardedOn() == null ? "practice.date.missing" : "practice.date.future"));
        }
        if (given.validFrom() == null || given.validFrom().isAfter(today)
                || given.awardedOn() != null && given.validFrom().isBefore(given.awardedOn())) {
            errors.add(FieldError.of("validFrom", "register.validFrom.invalid"));
        }
        StaffAccount assessor = given.assessor() == null ? null : em.find(StaffAccount.class, given.assessor());
        if (assessor == null || !assessor.roles().contains(Role.ASSESSOR)) {
            errors.add(FieldError.of("assessor", "register.assessor.missing"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Cohort cohort = beforeBroer(track, given.district(), assessor.id());
        var joined = joining.addByHand(cohort, new LearnerDetails(given.name(), null, null));
        Completion completion = new Completion(joined.enrolment().id(), joined.learner().id(), cohort.id(), track.id(), "recorded",
                Copenhagen.at(given.awardedOn(), LocalTime.NOON));
        em.persist(completion);
        em.flush();
        Validity validity = Validity.of(given.validFrom(), track.certificationIfAny().orElseThrow().validityMonths());
        Award award = awards.certify(completion, validity.validUntil(), assessor.id());
        award.holdsFrom(validity.validFrom());
        Candidacy candidacy = new Candidacy(joined.enrolment().id(), joined.learner().id());
        candidacy.submit(clock.instant());
        candidacy.approve(assessor.id(), clock.instant());
        em.persist(candidacy);
        practice.step(joined.learner().id(), HistoryStep.Kind.RECORDED, coordinator.id(), given.awardedOn().toString());
        return award;
    }

    /** The confirming assessor stands as the closed cohort's trainer: a cohort always has someone responsible. */
    Cohort beforeBroer(Track track, String district, long assessor) {
        return em.createQuery("select c from Cohort c where c.name = :name", Cohort.class).setParameter("name", BEFORE_BROER)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation programme = em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                            .setParameter("name", issuer.name()).getResultStream().findFirst().orElseGet(() -> {
                                Organisation made = new Organisation(issuer.name(), Sector.MUNICIPALITY);
                                em.persist(made);
                                em.flush();
                                return made;
                            });
                    LocalDate today = Copenhagen.today(clock);
                    Cohort made = new Cohort(new Cohort.Plan(BEFORE_BROER, programme.id(), track.audience(), district, track.id(),
                            today.minusYears(20), today.plusYears(50), 1000, Set.of(assessor)), dk.broer.cohorts.entity.JoinCode.random(),
                            clock.instant());
                    made.closeJoining();
                    em.persist(made);
                    em.flush();
                    return made;
                });
    }

    public List<StaffAccount> assessors() {
        return em.createQuery("select a from StaffAccount a", StaffAccount.class).getResultStream()
                .filter(a -> a.roles().contains(Role.ASSESSOR) && a.isActive()).toList();
    }

}
