package dk.broer.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A public key the issuer has signed with, kept in the database so that it stays published
 * whatever happens to the key file: a credential signed years ago still verifies.
 */
@Entity
@Table(name = "issuer_key")
@NamedQuery(name = IssuerKey.ALL, query = "select k from IssuerKey k order by k.createdAt")
public class IssuerKey {

    public static final String ALL = "IssuerKey.all";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "public_key_multibase", nullable = false, length = 80)
    private String publicKeyMultibase;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IssuerKey() {
        // for JPA
    }

    public IssuerKey(String id, String publicKeyMultibase, Instant createdAt) {
        this.id = id;
        this.publicKeyMultibase = publicKeyMultibase;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String publicKeyMultibase() {
        return publicKeyMultibase;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
