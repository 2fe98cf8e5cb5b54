package dk.broer.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The revocation status list as published: a signed BitstringStatusListCredential, stored so that
 * every instance serves the same bytes, and re-signed in the transaction of every revocation.
 */
@Entity
@Table(name = "status_list")
public class PublishedStatusList {

    public static final String REVOCATION = "revocation";

    @Id
    @Column(length = 20)
    private String purpose;

    @Column(nullable = false, length = 16000)
    private String credential;

    /** How many bits are set: a cheap way to tell whether the list is current. */
    @Column(nullable = false)
    private int revoked;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PublishedStatusList() {
        // for JPA
    }

    public PublishedStatusList(String purpose, String credential, int revoked, Instant at) {
        this.purpose = purpose;
        republish(credential, revoked, at);
    }

    public final void republish(String credential, int revoked, Instant at) {
        this.credential = credential;
        this.revoked = revoked;
        this.updatedAt = at;
    }

    public String credential() {
        return credential;
    }

    public int revoked() {
        return revoked;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
