package dk.broer.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One insert-only row of summary data: how many of a measure, in a month, for a cohort's dimensions
 * (or a district, for an activity's evaluation). It names no person, so erasing one changes nothing
 * here; a correction is a new row with a negative amount.
 */
@Entity
@Table(name = "reach_fact")
public class Fact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Measure measure;

    @Column(name = "period_month", nullable = false)
    private LocalDate month;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(length = 30)
    private String sector;

    @Column(length = 60)
    private String audience;

    @Column(name = "district_code", length = 40)
    private String districtCode;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "track_id", length = 60)
    private String trackId;

    @Column(length = 40)
    private String target;

    @Column(nullable = false)
    private int amount;

    protected Fact() {
    }

    /** Where a fact counts: a cohort's dimensions as they were when it happened, or only a district. */
    public record Cell(Long organisationId, String sector, String audience, String districtCode, Long cohortId, String trackId) {

        public static Cell district(String districtCode) {
            return new Cell(null, null, null, districtCode, null, null);
        }
    }

    public Fact(Measure measure, LocalDate month, Cell cell, String target, int amount) {
        this.measure = measure;
        this.month = month.withDayOfMonth(1);
        this.organisationId = cell.organisationId();
        this.sector = cell.sector();
        this.audience = cell.audience();
        this.districtCode = cell.districtCode();
        this.cohortId = cell.cohortId();
        this.trackId = cell.trackId();
        this.target = target;
        this.amount = amount;
    }
}
