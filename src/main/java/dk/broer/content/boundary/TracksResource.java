package dk.broer.content.boundary;

import dk.broer.people.boundary.Public;
import dk.broer.content.boundary.Views.AudienceView;
import dk.broer.content.boundary.Views.CertificationView;
import dk.broer.content.boundary.Views.GuideView;
import dk.broer.content.boundary.Views.ModuleRef;
import dk.broer.content.boundary.Views.PracticeView;
import dk.broer.content.boundary.Views.TrackView;
import dk.broer.content.entity.Catalogue;
import dk.broer.content.entity.Certification;
import dk.broer.content.entity.Guide;
import dk.broer.content.entity.ModuleText;
import dk.broer.content.entity.Track;
import dk.broer.platform.control.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Tracks: sequences of modules for an audience, with completion rules and facilitator guides. */
@Public
@Path("tracks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TracksResource {

    @Inject
    ContentCatalogue content;

    @Context
    HttpHeaders headers;

    @GET
    public List<TrackView> tracks(@QueryParam("lang") String lang) {
        String language = ContentLanguage.of(lang, headers, catalogue());
        return catalogue().tracks().stream().map(t -> view(t, language)).toList();
    }

    @GET
    @Path("{id}")
    public TrackView track(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String language = ContentLanguage.of(lang, headers, catalogue());
        return view(find(id), language);
    }

    @GET
    @Path("{id}/guide")
    public GuideView guide(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String language = ContentLanguage.of(lang, headers, catalogue());
        Guide guide = catalogue().guide(find(id).id(), language)
                .orElseThrow(() -> ApiProblem.notFound("track.guideNotFound", id));
        return new GuideView(guide.trackId(), guide.title(), guide.language(), content.html(guide));
    }

    private TrackView view(Track track, String language) {
        List<ModuleText> modules = track.moduleIds().stream()
                .map(id -> catalogue().module(id).orElseThrow().in(language)).toList();
        var audience = catalogue().audience(track.audience()).orElseThrow();
        return new TrackView(track.id(), track.title().in(language), track.summary().in(language),
                new AudienceView(audience.id(), audience.title().in(language)),
                modules.stream().mapToInt(ModuleText::minutes).sum(), track.completion().passMark(),
                track.completion().workshop().code(), track.hasGuide(),
                track.certificationIfAny().map(c -> certification(c, language)).orElse(null),
                modules.stream().map(m -> new ModuleRef(m.moduleId(), m.title(), m.summary(), m.minutes())).toList(),
                track.followUpIfAny().map(id -> catalogue().module(id).orElseThrow().in(language))
                        .map(m -> new ModuleRef(m.moduleId(), m.title(), m.summary(), m.minutes())).orElse(null));
    }

    private static CertificationView certification(Certification certification, String language) {
        return new CertificationView(certification.validityMonths(), certification.renewal().text().in(language),
                certification.practice().stream().map(p -> new PracticeView(p.id(), p.kind().code(), p.count(),
                        p.title().in(language), p.description().in(language))).toList());
    }

    private Track find(String id) {
        return catalogue().track(id).orElseThrow(() -> ApiProblem.notFound("track.notFound", id));
    }

    private Catalogue catalogue() {
        return content.catalogue();
    }
}
