package dk.broer.people.control;

import dk.broer.people.entity.Role;
import dk.broer.people.entity.SubjectKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is making the request: nobody, a member of staff with their roles, or a learner. Set once
 * per request by the authentication mechanism from the session cookie; every permission check
 * reads it.
 */
public record Caller(Kind kind, long id, Set<Role> roles, Long organisationId, String sessionHash) {

    /** The request attribute under which the authentication mechanism leaves the caller. */
    public static final String ATTRIBUTE = "dk.broer.caller";
    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, 0, Set.of(), null, null);

    public enum Kind { ANONYMOUS, STAFF, LEARNER }

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller staff(long id, Set<Role> roles, Long organisationId, String sessionHash) {
        return new Caller(Kind.STAFF, id, roles, organisationId, sessionHash);
    }

    public static Caller learner(long id, String sessionHash) {
        return new Caller(Kind.LEARNER, id, Set.of(Role.LEARNER), null, sessionHash);
    }

    public boolean signedIn() {
        return kind != Kind.ANONYMOUS;
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isLearner() {
        return kind == Kind.LEARNER;
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean is(Kind kind, long id) {
        return this.kind == kind && this.id == id;
    }

    public Optional<Long> organisation() {
        return Optional.ofNullable(organisationId);
    }

    public Optional<SubjectKind> subjectKind() {
        return switch (kind) {
            case STAFF -> Optional.of(SubjectKind.STAFF);
            case LEARNER -> Optional.of(SubjectKind.LEARNER);
            case ANONYMOUS -> Optional.empty();
        };
    }

    /** The container's principal name, e.g. "staff:12"; never a person's name. */
    public String principalName() {
        return kind.name().toLowerCase() + ":" + id;
    }

    public Set<String> groups() {
        return roles.stream().map(Role::code).collect(Collectors.toSet());
    }
}
