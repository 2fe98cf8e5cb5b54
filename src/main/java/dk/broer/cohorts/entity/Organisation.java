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

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A bus operator, venue, shop, association or municipal unit whose people Broer trains. Names are
 * unique regardless of case and spacing ("Hotel  Havnelys" is "hotel havnelys"). Once anything
 * refers to it, it is deactivated rather than deleted, so that history keeps its name.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name")
@NamedQuery(name = Organisation.ACTIVE, query = "select o from Organisation o where o.active = true order by o.name")
@NamedQuery(name = Organisation.COUNT, query = "select count(o) from Organisation o")
@NamedQuery(name = Organisation.BY_KEY, query = "select o from Organisation o where o.nameKey = :key")
public class Organisation {

    public static final String ALL = "Organisation.all";
    public static final String ACTIVE = "Organisation.active";
    public static final String COUNT = "Organisation.count";
    public static final String BY_KEY = "Organisation.byKey";
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_key", length = MAX_NAME)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Sector sector;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, Sector sector) {
        rename(name);
        this.sector = Objects.requireNonNull(sector);
    }

    /** The name as written, with runs of spaces made one; unique by {@link #keyOf}. */
    public final void rename(String name) {
        this.name = tidy(name);
        this.nameKey = keyOf(name);
    }

    public void moveTo(Sector sector) {
        this.sector = Objects.requireNonNull(sector);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public static String tidy(String name) {
        return Normalizer.normalize(Objects.requireNonNull(name), Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** What two names must not share: the same letters regardless of case and spacing. */
    public static String keyOf(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
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

    public boolean isActive() {
        return active;
    }
}
