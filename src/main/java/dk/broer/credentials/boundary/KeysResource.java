package dk.broer.credentials.boundary;

import dk.broer.credentials.control.Addresses;
import dk.broer.credentials.control.IssuerKeys;
import dk.broer.credentials.entity.IssuerKey;
import dk.broer.people.boundary.Public;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Each public key the issuer has signed with, as a Multikey at a URL without a fragment; old keys stay. */
@Path("keys/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class KeysResource {

    @Inject
    IssuerKeys keys;

    @Inject
    Addresses addresses;

    @GET
    public Response key(@PathParam("id") String id) {
        IssuerKey key = keys.published(id).orElseThrow(() -> ApiProblem.notFound("credential.key.notFound", id));
        return Response.ok(Json.createObjectBuilder()
                .add("@context", Documents.MULTIKEY_CONTEXT)
                .add("id", addresses.key(key.id()))
                .add("type", "Multikey")
                .add("controller", addresses.issuer())
                .add("publicKeyMultibase", key.publicKeyMultibase())
                .build()).cacheControl(Documents.shortCache()).build();
    }
}
