package dk.broer.consultants.entity;

import dk.broer.content.entity.PracticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a candidate's practice log. It knows which practice requirement it counts
 * towards: a co-facilitated dialogue towards co-facilitation, a led one towards a led dialogue,
 * a local project only once it holds all the project asks (needs analysis, plan, at least two
 * meetings, an evaluation with answers, three Most Significant Change stories). It holds no
 * personal data about dialogue participants: numbers and free text only, checked for CPR numbers.
 */
@Entity
@Table(name = "practice_entry")
@jakarta.persistence.NamedQuery(name = PracticeEntry.OF_LEARNER, query = "select e from PracticeEntry e where e.learnerId = :learner"
        + " order by e.occurredOn desc, e.id desc")
public class PracticeEntry {

    public static final String OF_LEARNER = "PracticeEntry.ofLearner";

    /** What the track's project requirement asks for, from its description. */
    public static final int PROJECT_MEETINGS = 2;
    public static final int PROJECT_STORIES = 3;

    public enum Role { CO_FACILITATOR, LEAD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "district_code", length = 40)
    private String districtCode;

    @Column(length = 500)
    private String partners;

    private Integer participants;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Role role;

    @Column(length = 200)
    private String title;

    @Column(name = "needs_analysis", length = 4000)
    private String needsAnalysis;

    @Column(length = 4000)
    private String plan;

    @Column(name = "meetings_held")
    private Integer meetingsHeld;

    @Column(name = "evaluation_agreed")
    private Integer evaluationAgreed;

    @Column(name = "evaluation_answered")
    private Integer evaluationAnswered;

    /** Most Significant Change stories, separated by blank lines. */
    @Column(length = 8000)
    private String stories;

    @Column(length = 200)
    private String supervisor;

    private Integer minutes;

    @Column(length = 4000)
    private String notes;

    @Column(name = "case_text", length = 16000)
    private String caseText;

    /** An uploaded case analysis; loaded only when it is downloaded. */
    @jakarta.persistence.Lob
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    @Column(name = "case_pdf")
    private byte[] casePdf;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected PracticeEntry() {
        // for JPA
    }

    private PracticeEntry(long learnerId, EntryKind kind, LocalDate occurredOn, Instant at) {
        this.learnerId = learnerId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.loggedAt = at;
    }

    public static PracticeEntry dialogue(long learnerId, LocalDate on, String district, String partners, int participants,
                                         Role role, Instant at) {
        PracticeEntry entry = new PracticeEntry(learnerId, EntryKind.DIALOGUE, on, at);
        entry.districtCode = district;
        entry.partners = partners;
        entry.participants = participants;
        entry.role = role;
        return entry;
    }

    public static PracticeEntry supervision(long learnerId, LocalDate on, String supervisor, int minutes, String notes,
                                            Instant at) {
        PracticeEntry entry = new PracticeEntry(learnerId, EntryKind.SUPERVISION, on, at);
        entry.supervisor = supervisor;
        entry.minutes = minutes;
        entry.notes = notes;
        return entry;
    }

    public static PracticeEntry caseAnalysis(long learnerId, LocalDate on, String text, byte[] pdf, Instant at) {
        PracticeEntry entry = new PracticeEntry(learnerId, EntryKind.CASE_ANALYSIS, on, at);
        entry.caseText = text;
        entry.casePdf = pdf;
        return entry;
    }

    /** The local dialogue project, as far as it has come; it is updated as it goes. */
    public record Project(String title, String district, LocalDate from, LocalDate to, String partners, String needsAnalysis,
                          String plan, int meetingsHeld, int evaluationAgreed, int evaluationAnswered, String stories) {
    }

    public static PracticeEntry project(long learnerId, Project project, Instant at) {
        PracticeEntry entry = new PracticeEntry(learnerId, EntryKind.PROJECT, project.from(), at);
        entry.update(project);
        return entry;
    }

    public void update(Project project) {
        this.title = project.title();
        this.districtCode = project.district();
        this.occurredOn = project.from();
        this.endedOn = project.to();
        this.partners = project.partners();
        this.needsAnalysis = project.needsAnalysis();
        this.plan = project.plan();
        this.meetingsHeld = project.meetingsHeld();
        this.evaluationAgreed = project.evaluationAgreed();
        this.evaluationAnswered = project.evaluationAnswered();
        this.stories = project.stories();
    }

    /** The requirement this entry fills, if it fills one yet (a project only when complete). */
    public Optional<PracticeKind> countsTowards() {
        return switch (kind) {
            case DIALOGUE -> Optional.of(role == Role.LEAD ? PracticeKind.LED_DIALOGUE : PracticeKind.CO_FACILITATION);
            case SUPERVISION -> Optional.of(PracticeKind.SUPERVISION_SESSION);
            case CASE_ANALYSIS -> Optional.of(PracticeKind.CASE_ANALYSIS);
            case PROJECT -> isCompleteProject() ? Optional.of(PracticeKind.DIALOGUE_PROJECT) : Optional.empty();
        };
    }

    public boolean isCompleteProject() {
        return kind == EntryKind.PROJECT && filled(needsAnalysis) && filled(plan) && meetingsHeld != null
                && meetingsHeld >= PROJECT_MEETINGS && evaluationAnswered != null && evaluationAnswered > 0
                && storyCount() >= PROJECT_STORIES;
    }

    public int storyCount() {
        return stories == null ? 0 : (int) java.util.Arrays.stream(stories.split("\\n\\s*\\n")).filter(PracticeEntry::filled).count();
    }

    /** The share who agreed with the fixed evaluation question (the programme's target is 80 %), if any answered. */
    public Optional<Integer> agreedPercent() {
        if (evaluationAnswered == null || evaluationAnswered == 0 || evaluationAgreed == null) {
            return Optional.empty();
        }
        return Optional.of(Math.round(evaluationAgreed * 100f / evaluationAnswered));
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public Long id() {
        return id;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<String> districtCode() {
        return Optional.ofNullable(districtCode);
    }

    public Optional<String> partners() {
        return Optional.ofNullable(partners);
    }

    public Optional<Integer> participants() {
        return Optional.ofNullable(participants);
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> needsAnalysis() {
        return Optional.ofNullable(needsAnalysis);
    }

    public Optional<String> plan() {
        return Optional.ofNullable(plan);
    }

    public Optional<Integer> meetingsHeld() {
        return Optional.ofNullable(meetingsHeld);
    }

    public Optional<Integer> evaluationAgreed() {
        return Optional.ofNullable(evaluationAgreed);
    }

    public Optional<Integer> evaluationAnswered() {
        return Optional.ofNullable(evaluationAnswered);
    }

    public Optional<String> stories() {
        return Optional.ofNullable(stories);
    }

    public Optional<String> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    public Optional<Integer> minutes() {
        return Optional.ofNullable(minutes);
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public Optional<String> caseText() {
        return Optional.ofNullable(caseText);
    }

    /** Whether a PDF was uploaded, without loading it (a count query would do; the entity says it in one place). */
    public boolean hasPdf() {
        return kind == EntryKind.CASE_ANALYSIS && caseText == null;
    }

    public Optional<byte[]> casePdf() {
        return Optional.ofNullable(casePdf);
    }

    /** A local activity for renewal: a dialogue facilitated or a local project. */
    public boolean isLocalActivity() {
        return kind == EntryKind.DIALOGUE || kind == EntryKind.PROJECT;
    }

    public long learnerId() {
        return learnerId;
    }

    public EntryKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }
}
