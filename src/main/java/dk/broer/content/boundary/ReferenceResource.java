package dk.broer.content.boundary;

import dk.broer.people.boundary.Public;
import dk.broer.content.boundary.Views.AudienceView;
import dk.broer.content.entity.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The languages content is offered in, and the audiences Broer trains. */
@Public
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    ContentCatalogue content;

    @Context
    HttpHeaders headers;

    @GET
    @Path("languages")
    public List<Language> languages() {
        return content.catalogue().languages();
    }

    @GET
    @Path("audiences")
    public List<AudienceView> audiences(@QueryParam("lang") String lang) {
        String language = ContentLanguage.of(lang, headers, content.catalogue());
        return content.catalogue().audiences().stream()
                .map(a -> new AudienceView(a.id(), a.title().in(language))).toList();
    }
}
