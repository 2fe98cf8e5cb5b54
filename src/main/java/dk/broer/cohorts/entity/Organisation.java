package dk.broer.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/** A bus operator, venue, shop, association or municipal unit whose people Broer trains. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name")
@NamedQuery(name = Organisation.COUNT, query = "select count(o) from Organisation o")
public class Organisation {

    public static final String ALL = "Organisation.all";
    public static final String COUNT = "Organisation.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Sector sector;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, Sector sector) {
        this.name = Objects.requireNonNull(name).strip();
        this.sector = Objects.requireNonNull(sector);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Sector sector() {
        return sector;
    }
}
