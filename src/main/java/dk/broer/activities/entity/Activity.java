package dk.broer.activities.entity;

import dk.broer.evaluations.entity.Occasion;
import dk.broer.evaluations.entity.OccasionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An event or a campaign the programme runs or joins, with its reach: the days, the district, the
 * partners and how many took part. It is evaluated on the visitors' phones or on paper forms.
 */
@Entity
@Table(name = "activity")
@NamedQuery(name = Activity.ALL, query = "select a from Activity a order by a.startsOn desc, a.id desc")
public class Activity {

    public static final String ALL = "Activity.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "district_code", nullable = false, length = 40)
    private String districtCode;

    /** One partner per line. */
    @Column(length = 1000)
    private String partners;

    @Column(nullable = false)
    private int participants;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Activity() {
    }

    public record Plan(ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn, String districtCode,
                       List<String> partners, int participants) {
    }

    public Activity(Plan plan, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        replan(plan);
    }

    public final void replan(Plan plan) {
        this.kind = plan.kind();
        this.title = plan.title();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.districtCode = plan.districtCode();
        this.partners = plan.partners().isEmpty() ? null : String.join("\n", plan.partners());
        this.participants = plan.participants();
    }

    /** What its evaluation is about; the evaluation's week is the week it starts. */
    public Occasion.Subject subject() {
        return new Occasion.Subject(OccasionKind.ACTIVITY, id, null, title, districtCode, startsOn);
    }

    public Long id() {
        return id;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String districtCode() {
        return districtCode;
    }

    public List<String> partners() {
        return partners == null ? List.of() : Arrays.asList(partners.split("\n"));
    }

    public int participants() {
        return participants;
    }
}
