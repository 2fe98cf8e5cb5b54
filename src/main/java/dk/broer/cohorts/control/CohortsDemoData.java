package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.cohorts.entity.EnrolmentMethod;
import dk.broer.cohorts.entity.JoinCode;
import dk.broer.cohorts.entity.Meeting;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.cohorts.entity.Sector;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.people.control.LearnerDetails;
import dk.broer.people.control.Learners;
import dk.broer.people.control.PeopleDemoData;
import dk.broer.people.control.StaffAccounts;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.DemoDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Invented demo data: one organisation of each kind whose staff the programme trains, and
 * cohorts in every state (open, planned, full, ended, and one filled from an employer's list with
 * code slips still to print) with learners whose names come from the communities Broer serves. Everyone here is fictional. Dates are relative to the day of the
 * first start, so the demo looks alive whenever it is tried.
 */
@ApplicationScoped
public class CohortsDemoData {

    /** Organisations first, then staff (PeopleDemoData), then cohorts that name both. */
    public static final int ORGANISATIONS = 10;
    public static final int COHORTS = PeopleDemoData.ORDER + 10;

    static final List<Organisation> ORGANISATIONS_LIST = List.of(
            new Organisation("Fjordlinjen Bus A/S", Sector.TRANSPORT),
            new Organisation("Natklub Lygten 7", Sector.NIGHTLIFE),
            new Organisation("Butik Sølvgade Syd", Sector.RETAIL),
            new Organisation("Hotel Havnelys", Sector.HOSPITALITY),
            new Organisation("Foreningen Bro i Husum", Sector.CIVIL_SOCIETY));

    record DemoMeeting(int day, LocalTime from, LocalTime to, String place, Integer movedFromDay, boolean cancelled) {
    }

    /** imported: filled from the employer's list (employee numbers, no devices yet: slips ready to print). */
    record DemoCohort(String name, String organisation, String track, String district, String trainer,
                      int startDay, int endDay, int capacity, boolean imported, List<String> learners,
                      List<DemoMeeting> meetings) {
    }

    static final List<DemoCohort> COHORTS_LIST = List.of(
            new DemoCohort("Fjordlinjen Valby – morgenholdet", "Fjordlinjen Bus A/S", "bus-drivers", "valby", "trainer",
                    -12, 40, 30, false,
                    List.of("Ayşe Yılmaz", "Mikkel Sørensen", "Nguyễn Thị Lan", "Abdirahman Warsame", "Katarzyna Nowak",
                            "Jógvan Poulsen", "Fatima El-Amin", "Henrik Ødegård", "Mehmet Şahin"),
                    List.of(new DemoMeeting(-1, LocalTime.of(9, 0), LocalTime.of(12, 0), "Valby busgarage, mødelokale 2", null, false),
                            new DemoMeeting(2, LocalTime.of(9, 0), LocalTime.of(12, 0), "Valby busgarage, mødelokale 2", null, false),
                            new DemoMeeting(16, LocalTime.of(9, 0), LocalTime.of(11, 0), "Valby busgarage, kantinen", 15, false))),
            new DemoCohort("Natklub Lygten 7 – dørholdet", "Natklub Lygten 7", "door-staff", "noerrebro", "trainer",
                    10, 45, 15, false,
                    List.of("Omar Haddad", "Sigrid Joensen", "Tran Van Minh"),
                    List.of(new DemoMeeting(10, LocalTime.of(20, 0), LocalTime.of(22, 0), "Lygten 7, baren", null, false),
                            new DemoMeeting(12, LocalTime.of(20, 0), LocalTime.of(22, 0), "Lygten 7, baren", null, true))),
            new DemoCohort("Hotel Havnelys – receptionen", "Hotel Havnelys", "shop-and-hotel", "vesterbro-kongens-enghave",
                    "trainer2", -10, 20, 6, false,
                    List.of("Maja Kristensen", "Hodan Ali", "Piotr Wiśniewski", "Leila Farahani", "Rasmus Holm", "Phạm Quốc Bảo"),
                    List.of(new DemoMeeting(5, LocalTime.of(14, 0), LocalTime.of(16, 30), "Hotel Havnelys, konferencerum B", null, false))),
            new DemoCohort("Butik Sølvgade Syd – efterårsholdet", "Butik Sølvgade Syd", "all-frontline", "indre-by", "trainer",
                    -80, -20, 12, false,
                    List.of("Ingrid Dam", "Yusra Abdullahi", "Agnieszka Kowalska", "Emre Demir", "Bjarki Hansen", "فاطمة الزهراء"),
                    List.of(new DemoMeeting(-60, LocalTime.of(8, 30), LocalTime.of(10, 30), "Butikkens personalestue", null, false))),
            new DemoCohort("Fjordlinjen Amager – fra personalelisten", "Fjordlinjen Bus A/S", "bus-drivers", "amager-vest",
                    "trainer", 5, 50, 40, true,
                    List.of("Bo Lindholm", "Samira Benali", "Jakub Zieliński", "Dorte Friis", "Ahmed Nour", "Trine Dahl",
                            "Võ Thị Hoa", "Kaj Mortensen", "Ifrah Mohamed", "Gunnar Joensen", "Elif Kaya", "Peter Skov"),
                    List.of(new DemoMeeting(5, LocalTime.of(7, 30), LocalTime.of(9, 30), "Amager busgarage, mødelokalet", null, false))),
            new DemoCohort("Dialogkonsulenter Husum 2026", "Foreningen Bro i Husum", "dialogue-consultant",
                    "broenshoej-husum", "trainer2", -30, 300, 14, false,
                    List.of("Amal Yusuf", "Søren Vestergaard", "Huda Al-Sayed", "Lukas Brandt"),
                    List.of(new DemoMeeting(7, LocalTime.of(17, 0), LocalTime.of(19, 0), "Husum Bibliotek, mødesalen", null, false))));

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staff;

    @Inject
    Learners learners;

    @Inject
    Organisations organisations;

    @Inject
    ContentCatalogue content;

    Clock clock = Clock.systemUTC();

    @Transactional
    void addOrganisations(@Observes @Priority(ORGANISATIONS) DemoDataRequested request) {
        if (em.createNamedQuery(Organisation.COUNT, Long.class).getSingleResult() == 0) {
            ORGANISATIONS_LIST.forEach(o -> em.persist(new Organisation(o.name(), o.sector())));
        }
    }

    @Transactional
    void addCohorts(@Observes @Priority(COHORTS) DemoDataRequested request) {
        if (em.createNamedQuery(Cohort.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = Copenhagen.today(clock);
        for (DemoCohort demo : COHORTS_LIST) {
            Cohort cohort = new Cohort(new Cohort.Plan(demo.name(), organisation(demo.organisation()),
                    content.catalogue().track(demo.track()).orElseThrow().audience(), demo.district(), demo.track(),
                    today.plusDays(demo.startDay()), today.plusDays(demo.endDay()), demo.capacity(),
                    Set.of(staff.byUsername(demo.trainer()).orElseThrow().id())), JoinCode.random(), Instant.now());
            em.persist(cohort);
            em.flush();
            demo.meetings().forEach(m -> em.persist(meeting(cohort, today, m)));
            Instant enrolledAt = Copenhagen.at(today.plusDays(Math.min(demo.startDay(), 0) - 1), LocalTime.NOON);
            int number = 2001;
            for (String name : demo.learners()) {
                Learner learner = learners.create(new LearnerDetails(name, null, demo.imported() ? "FJ-" + number++ : null)).learner();
                learner.employedBy(cohort.organisationId());
                if (!demo.imported()) {
                    learner.signedIn(enrolledAt);
                }
                em.createNamedQuery(Cohort.TAKE_PLACE).setParameter("id", cohort.id()).executeUpdate();
                em.persist(new Enrolment(cohort, learner.id(), content.catalogue().track(demo.track()).orElseThrow().moduleIds(),
                        demo.imported() ? EnrolmentMethod.IMPORT : EnrolmentMethod.JOIN_CODE, enrolledAt));
            }
        }
    }

    private long organisation(String name) {
        return organisations.all(true).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A meeting; one that "moved" was planned a day earlier and changed after everyone joined. */
    private Meeting meeting(Cohort cohort, LocalDate today, DemoMeeting m) {
        LocalDate day = today.plusDays(m.movedFromDay() == null ? m.day() : m.movedFromDay());
        Meeting meeting = new Meeting(cohort.id(), Copenhagen.at(day, m.from()), Copenhagen.at(day, m.to()), m.place());
        if (m.movedFromDay() != null) {
            LocalDate moved = today.plusDays(m.day());
            meeting.move(Copenhagen.at(moved, m.from()), Copenhagen.at(moved, m.to()), m.place(), clock.instant());
        }
        if (m.cancelled()) {
            meeting.cancel(clock.instant());
        }
        return meeting;
    }
}
