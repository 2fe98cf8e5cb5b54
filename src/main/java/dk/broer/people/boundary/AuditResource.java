package dk.broer.people.boundary;

import dk.broer.people.entity.AuditEntry;
import dk.broer.people.entity.StaffAccount;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.broer.people.entity.Role.ADMIN;

/**
 * Admins browse the audit log, newest first, filtered by action, actor, target and dates
 * (Copenhagen days). The log holds ids only; a staff actor's current name is looked up as the
 * page is read, so an erased person shows as their id alone.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(ADMIN)
public class AuditResource {

    static final int PAGE = 50;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @PersistenceContext
    EntityManager em;

    public record Actor(String kind, Long id, String name) {
    }

    public record Entry(long id, Instant at, Actor actor, String action, String targetKind, String targetId,
                        String detail, String clientAddress) {
    }

    public record Page(List<Entry> entries, Integer nextOffset) {
    }

    @GET
    public Page entries(@QueryParam("action") String action, @QueryParam("actorKind") String actorKind,
                        @QueryParam("actorId") Long actorId, @QueryParam("targetKind") String targetKind,
                        @QueryParam("targetId") String targetId, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("offset") int offset) {
        List<FieldError> problems = new ArrayList<>();
        Instant since = day("from", from, problems, 0);
        Instant until = day("to", to, problems, 1);
        if (offset < 0) {
            problems.add(FieldError.of("offset", "audit.offset.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (action != null && !action.isBlank()) {
            where.add(cb.like(entry.get("action"), action.strip() + "%"));
        }
        if (actorKind != null && !actorKind.isBlank()) {
            where.add(cb.equal(entry.get("actorKind"), actorKind.strip().toUpperCase()));
        }
        if (actorId != null) {
            where.add(cb.equal(entry.get("actorId"), actorId));
        }
        if (targetKind != null && !targetKind.isBlank()) {
            where.add(cb.equal(entry.get("targetKind"), targetKind.strip()));
        }
        if (targetId != null && !targetId.isBlank()) {
            where.add(cb.equal(entry.get("targetId"), targetId.strip()));
        }
        if (since != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("at"), since));
        }
        if (until != null) {
            where.add(cb.lessThan(entry.get("at"), until));
        }
        query.select(entry).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("id")));
        List<AuditEntry> found = em.createQuery(query).setFirstResult(offset).setMaxResults(PAGE + 1).getResultList();
        boolean more = found.size() > PAGE;
        List<AuditEntry> page = more ? found.subList(0, PAGE) : found;
        Map<Long, String> names = staffNames(page);
        return new Page(page.stream().map(e -> view(e, names)).toList(), more ? offset + PAGE : null);
    }

    private Map<Long, String> staffNames(List<AuditEntry> entries) {
        Set<Long> ids = entries.stream().filter(e -> "STAFF".equals(e.actorKind())).flatMap(e -> e.actorId().stream())
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from StaffAccount a where a.id in :ids", StaffAccount.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(StaffAccount::id, StaffAccount::displayName, (a, b) -> a));
    }

    private static Entry view(AuditEntry e, Map<Long, String> names) {
        Function<Long, String> name = names::get;
        return new Entry(e.id(), e.at(), new Actor(e.actorKind().toLowerCase(), e.actorId().orElse(null),
                e.actorId().map(name).orElse(null)), e.action(), e.targetKind(), e.targetId().orElse(null),
                e.detail().orElse(null), e.clientAddress().orElse(null));
    }

    /** A yyyy-mm-dd day in Copenhagen, as the instant it starts (plusDays 0) or the next one starts (1). */
    private static Instant day(String field, String value, List<FieldError> problems, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(COPENHAGEN).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldError.of(field, "audit.date.invalid"));
            return null;
        }
    }
}
