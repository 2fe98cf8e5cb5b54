package dk.broer.cohorts.boundary;

import dk.broer.cohorts.entity.Organisation;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/** Organisations whose staff are trained. Read-only until staff sign-in lands. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @PersistenceContext
    EntityManager em;

    @Context
    HttpHeaders headers;

    public record SectorView(String code, String label) {
    }

    public record OrganisationView(long id, String name, SectorView sector) {
    }

    @GET
    public List<OrganisationView> organisations(@QueryParam("lang") String lang) {
        String language = language(lang);
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList().stream()
                .map(o -> view(o, language)).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationView organisation(@PathParam("id") long id, @QueryParam("lang") String lang) {
        String language = language(lang);
        return Optional.ofNullable(em.find(Organisation.class, id)).map(o -> view(o, language))
                .orElseThrow(() -> ApiProblem.notFound("organisation.notFound", id));
    }

    private static OrganisationView view(Organisation o, String language) {
        String code = o.sector().code();
        return new OrganisationView(o.id(), o.name(), new SectorView(code, Messages.text(language, "sector." + code)));
    }

    private String language(String lang) {
        return LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
    }
}
