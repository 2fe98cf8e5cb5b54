package dk.broer.people.boundary;

import dk.broer.people.control.AccountLinks;
import dk.broer.people.entity.Role;
import dk.broer.people.entity.StaffAccount;

import java.time.Instant;
import java.util.List;

/** What the people API answers with: records, never entities, and never a password hash. */
public final class Views {

    private Views() {
    }

    public record AccountView(long id, String username, String displayName, String email, List<String> roles,
                       Long organisationId, boolean active, boolean passwordSet, Instant createdAt) {

        public static AccountView of(StaffAccount a) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.email().orElse(null),
                    a.roles().stream().map(Role::code).sorted().toList(), a.organisationId().orElse(null),
                    a.isActive(), a.passwordHash().isPresent(), a.createdAt());
        }
    }

    public record LinkView(String url, Instant expiresAt, String purpose) {

        public static LinkView of(AccountLinks.Issued link) {
            return new LinkView(link.url(), link.expiresAt(), link.purpose().name().toLowerCase());
        }
    }

    public record CreatedView(AccountView account, LinkView link) {
    }

    /** Who the browser is signed in as; {"signedIn": false} when nobody. */
    public record SessionView(boolean signedIn, String kind, Long id, String displayName, String username,
                       List<String> roles, Long organisationId, Instant expiresAt) {

        public static final SessionView NOBODY = new SessionView(false, null, null, null, null, List.of(), null, null);
    }
}
