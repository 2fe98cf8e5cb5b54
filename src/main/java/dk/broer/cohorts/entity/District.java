package dk.broer.cohorts.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One of Copenhagen's ten administrative districts (bydele); loaded by migration, not edited. */
@Entity
@Table(name = "district")
@NamedQuery(name = District.ALL, query = "select d from District d order by d.name")
public class District {

    public static final String ALL = "District.all";

    @Id
    private String code;

    private String name;

    protected District() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
