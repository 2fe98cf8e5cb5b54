package dk.broer.credentials.boundary;

import dk.broer.certification.control.Issuer;
import dk.broer.credentials.control.Addresses;
import dk.broer.credentials.control.IssuerKeys;
import dk.broer.credentials.control.KeyFile;
import dk.broer.credentials.entity.IssuerKey;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.boundary.Public;
import dk.broer.people.control.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import static dk.broer.people.entity.Role.ADMIN;

/**
 * The issuer's profile, which verifiers fetch to check that a credential's key is the issuer's
 * (its assertionMethod lists every key ever used), and the admin's key rotation.
 */
@Path("issuer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IssuerResource {

    @Inject
    Issuer issuer;

    @Inject
    IssuerKeys keys;

    @Inject
    Addresses addresses;

    @Inject
    AuditLog audit;

    public record Rotated(String keyId, String url) {
    }

    @GET
    @Public
    public JsonObject profile() {
        JsonArrayBuilder methods = Json.createArrayBuilder();
        for (IssuerKey key : keys.published()) {
            methods.add(addresses.key(key.id()));
        }
        return Json.createObjectBuilder()
                // Neither context defines assertionMethod on a profile; verifiers in safe mode need the term.
                .add("@context", Json.createArrayBuilder().add(Documents.VC_CONTEXT).add(Documents.OB_CONTEXT)
                        .add(Json.createObjectBuilder().add("assertionMethod", Json.createObjectBuilder()
                                .add("@id", "https://w3id.org/security#assertionMethod").add("@type", "@id")
                                .add("@container", "@set"))))
                .add("id", addresses.issuer())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", issuer.name())
                .add("assertionMethod", methods)
                .build();
    }

    /** A new key signs every credential from now on; the old keys stay published. */
    @POST
    @Path("keys/rotation")
    @Allowed(ADMIN)
    @Transactional
    public Rotated rotate() {
        KeyFile.SigningKey next = keys.rotate();
        audit.record("issuer.key-rotate", "issuer-key", next.id(), null);
        return new Rotated(next.id(), addresses.key(next.id()));
    }
}
