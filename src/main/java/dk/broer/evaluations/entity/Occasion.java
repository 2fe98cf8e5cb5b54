package dk.broer.evaluations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * One occasion an evaluation is asked on: a cohort's track, a meeting, an activity or a
 * consultancy. It counts the answers it has taken and knows whether it still takes one; it never
 * knows who answered. Its week is the week of the occasion itself, the only time its answers carry.
 */
@Entity
@Table(name = "evaluation_occasion")
@NamedQuery(name = Occasion.OF_SUBJECT, query = "select o from Occasion o where o.kind = :kind and o.subjectId = :subject")
@NamedQuery(name = Occasion.BY_LINK, query = "select o from Occasion o where o.linkToken = :token")
@NamedQuery(name = Occasion.DUE, query = "select o.id from Occasion o where o.releasedOn is null and o.closesOn < :today")
@NamedQuery(name = Occasion.RELEASED, query = "select o from Occasion o where o.releasedOn is not null order by o.week desc, o.id desc")
@NamedQuery(name = Occasion.TAKE, query = "update Occasion o set o.answered = o.answered + 1 where o.id = :id"
        + " and o.releasedOn is null and (o.answerLimit is null or o.answered < o.answerLimit)")
@NamedQuery(name = Occasion.CLAIM, query = "update Occasion o set o.releasedOn = :today where o.id = :id and o.releasedOn is null")
public class Occasion {

    public static final String OF_SUBJECT = "Occasion.ofSubject";
    public static final String BY_LINK = "Occasion.byLink";
    public static final String DUE = "Occasion.due";
    public static final String RELEASED = "Occasion.released";
    public static final String TAKE = "Occasion.take";
    public static final String CLAIM = "Occasion.claim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OccasionKind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(nullable = false, length = 40)
    private String questionnaire;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "district_code", length = 40)
    private String districtCode;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private LocalDate week;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false)
    private int answered;

    @Column(name = "answer_limit")
    private Integer answerLimit;

    @Column(name = "link_token", length = 64)
    private String linkToken;

    /** The day its answers were released; until then it may take answers. */
    @Column(name = "released_on")
    private LocalDate releasedOn;

    protected Occasion() {
    }

    /** What an occasion is about; {@code cohortId} for a track or meeting, the rest from its subject. */
    public record Subject(OccasionKind kind, long id, Long cohortId, String title, String districtCode, LocalDate heldOn) {
    }

    public Occasion(Subject subject, String questionnaire, LocalDate opensOn, LocalDate closesOn) {
        this.kind = subject.kind();
        this.subjectId = subject.id();
        this.cohortId = subject.cohortId();
        this.questionnaire = questionnaire;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        describe(subject);
    }

    /** An occasion answered through a link: at most {@code limit} answers, as many as took part. */
    public static Occasion withLink(Subject subject, String questionnaire, LocalDate opensOn, LocalDate closesOn, int limit,
                                    String token) {
        Occasion occasion = new Occasion(subject, questionnaire, opensOn, closesOn);
        occasion.answerLimit = limit;
        occasion.linkToken = token;
        return occasion;
    }

    /** The subject was edited (an activity renamed, moved, its participant count corrected). */
    public void describe(Subject subject) {
        this.title = subject.title();
        this.districtCode = subject.districtCode();
        this.heldOn = subject.heldOn();
        this.week = subject.heldOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public void reschedule(LocalDate opens, LocalDate closes, Integer limit) {
        this.opensOn = opens;
        this.closesOn = closes;
        this.answerLimit = limit;
    }

    public boolean takesAnswers(LocalDate today) {
        return releasedOn == null && !today.isBefore(opensOn) && !today.isAfter(closesOn) && !isFull();
    }

    public boolean isFull() {
        return answerLimit != null && answered >= answerLimit;
    }

    public boolean isReleased() {
        return releasedOn != null;
    }

    public Long id() {
        return id;
    }

    public OccasionKind kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public Optional<Long> cohortId() {
        return Optional.ofNullable(cohortId);
    }

    public String questionnaire() {
        return questionnaire;
    }

    public String title() {
        return title;
    }

    public Optional<String> districtCode() {
        return Optional.ofNullable(districtCode);
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalDate week() {
        return week;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public int answered() {
        return answered;
    }

    public Optional<Integer> answerLimit() {
        return Optional.ofNullable(answerLimit);
    }

    public Optional<String> linkToken() {
        return Optional.ofNullable(linkToken);
    }
}
