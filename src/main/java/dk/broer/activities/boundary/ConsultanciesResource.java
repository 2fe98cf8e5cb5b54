package dk.broer.activities.boundary;

import dk.broer.activities.control.Consultancies;
import dk.broer.activities.entity.Consultancy;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.QrCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import static dk.broer.people.entity.Role.COORDINATOR;

/** Consultancies, kept by coordinators, each with the link or QR code its recipients answer through. */
@Path("consultancies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(COORDINATOR)
public class ConsultanciesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Consultancies consultancies;

    @Inject
    OutreachViews views;

    @Context
    HttpHeaders headers;

    @GET
    public List<OutreachViews.ConsultancyView> list() {
        return consultancies.all().stream().map(this::view).toList();
    }

    @POST
    public Response create(Consultancies.ConsultancyForm form) {
        return Response.status(Response.Status.CREATED).entity(view(consultancies.create(caller.get(), form))).build();
    }

    @GET
    @Path("{id}")
    public OutreachViews.ConsultancyView one(@PathParam("id") long id) {
        return view(consultancies.find(id));
    }

    @GET
    @Path("{id}/qr.svg")
    @Produces("image/svg+xml")
    public Response qr(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Consultancy consultancy = consultancies.find(id);
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        return Response.ok(QrCode.svg(views.link(consultancies.occasion(consultancy)),
                Messages.text(language, "consultancy.qrLabel"))).build();
    }

    @POST
    @Path("{id}/close")
    public OutreachViews.ConsultancyView close(@PathParam("id") long id) {
        return view(consultancies.close(id));
    }

    private OutreachViews.ConsultancyView view(Consultancy consultancy) {
        return views.of(consultancy, consultancies.occasion(consultancy));
    }
}
