package dk.broer.platform.boundary;

import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.AuditLog;
import dk.broer.platform.control.Backups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import static dk.broer.people.entity.Role.ADMIN;

/**
 * An admin backs up a running Broer on embedded Derby: the database (Derby's online backup) and
 * the key file, into a new folder under broer.backup.dir. src/main/scripts/backup.sh calls it.
 * On PostgreSQL it refuses (409): pg_dump backs that database up.
 */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Backups backups;

    @Inject
    AuditLog audit;

    /** The backup runs outside this transaction (Backups.make suspends it); the audit entry is written once it exists. */
    @POST
    @Allowed(ADMIN)
    @Transactional
    public Response create() {
        Backups.Backup backup = backups.make();
        audit.record("backup.create", "backup", backup.name(), null);
        return Response.status(Response.Status.CREATED).entity(backup).build();
    }
}
