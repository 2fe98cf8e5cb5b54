package dk.broer.cohorts.boundary;

import dk.broer.cohorts.control.Organisations;
import dk.broer.cohorts.entity.Organisation;
import dk.broer.people.boundary.Allowed;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import static dk.broer.people.entity.Role.ADMIN;
import static dk.broer.people.entity.Role.ASSESSOR;
import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.ORGANISATION_CONTACT;
import static dk.broer.people.entity.Role.TRAINER;

/** Organisations whose staff are trained: read by all staff, kept by coordinators. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Context
    HttpHeaders headers;

    public record SectorView(String code, String label) {
    }

    public record OrganisationView(long id, String name, SectorView sector, boolean active) {
    }

    @GET
    @Allowed({TRAINER, COORDINATOR, ASSESSOR, ADMIN, ORGANISATION_CONTACT})
    public List<OrganisationView> organisations(@QueryParam("lang") String lang,
                                                @QueryParam("includeInactive") boolean includeInactive) {
        String language = language(lang);
        return organisations.all(includeInactive).stream().map(o -> view(o, language)).toList();
    }

    @GET
    @Path("{id}")
    @Allowed({TRAINER, COORDINATOR, ASSESSOR, ADMIN, ORGANISATION_CONTACT})
    public OrganisationView organisation(@PathParam("id") long id, @QueryParam("lang") String lang) {
        String language = language(lang);
        return organisations.find(id).map(o -> view(o, language))
                .orElseThrow(() -> ApiProblem.notFound("organisation.notFound", id));
    }

    @POST
    @Allowed(COORDINATOR)
    public Response create(@QueryParam("lang") String lang, Organisations.Details details) {
        Organisation created = organisations.create(orEmpty(details));
        return Response.status(Response.Status.CREATED).entity(view(created, language(lang))).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(COORDINATOR)
    public OrganisationView update(@PathParam("id") long id, @QueryParam("lang") String lang,
                                   Organisations.Details details) {
        return view(organisations.update(id, orEmpty(details)), language(lang));
    }

    @POST
    @Path("{id}/deactivate")
    @Allowed(COORDINATOR)
    public OrganisationView deactivate(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return view(organisations.setActive(id, false), language(lang));
    }

    @POST
    @Path("{id}/activate")
    @Allowed(COORDINATOR)
    public OrganisationView activate(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return view(organisations.setActive(id, true), language(lang));
    }

    @DELETE
    @Path("{id}")
    @Allowed(COORDINATOR)
    public Response delete(@PathParam("id") long id) {
        organisations.delete(id);
        return Response.noContent().build();
    }

    private static Organisations.Details orEmpty(Organisations.Details details) {
        return details == null ? new Organisations.Details(null, null) : details;
    }

    private static OrganisationView view(Organisation o, String language) {
        String code = o.sector().code();
        return new OrganisationView(o.id(), o.name(), new SectorView(code, Messages.text(language, "sector." + code)),
                o.isActive());
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
