package dk.broer.consultants.boundary;

import dk.broer.certification.entity.Award;
import dk.broer.consultants.control.Candidates;
import dk.broer.consultants.control.Register;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.Spreadsheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.broer.people.entity.Role.COORDINATOR;

/** The register of dialogue consultants for coordinators, its CSV, and consultants certified before Broer. */
@Path("consultants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(COORDINATOR)
public class ConsultantsResource {

    @Inject
    Register register;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    public record Assessor(long id, String displayName) {
    }

    public record Recorded(long learnerId, String code, LocalDate validUntil) {
    }

    @GET
    public List<Register.Row> rows(@QueryParam("status") String status, @QueryParam("district") String district) {
        return register.rows(status, district);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("status") String status, @QueryParam("district") String district,
                        @QueryParam("lang") String lang, @QueryParam("separator") String separator) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text(language, "csv.name"), text(language, "register.csv.districts"), text(language, "register.csv.status"),
                text(language, "register.csv.validFrom"), text(language, "register.csv.validUntil"),
                text(language, "register.csv.awardedOn"), text(language, "register.csv.code")));
        for (Register.Row r : register.rows(status, district)) {
            rows.add(List.of(r.name(), String.join(", ", r.districts()), text(language, "register.status." + r.status()),
                    r.validFrom().toString(), r.validUntil().toString(), r.awardedOn().toString(), r.code()));
        }
        return Response.ok(Spreadsheet.csv(rows, "comma".equals(separator))).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"dialogue-consultants.csv\"").build();
    }

    @GET
    @Path("assessors")
    public List<Assessor> assessors() {
        return register.assessors().stream().map(a -> new Assessor(a.id(), a.displayName())).toList();
    }

    @POST
    @Path("existing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response existing(Register.Existing given) {
        Award award = register.recordExisting(caller.get(), given == null ? new Register.Existing(null, null, null, null, null) : given);
        return Response.status(201).entity(new Recorded(award.learnerId(), award.code(), Candidates.validity(award).validUntil())).build();
    }

    private static String text(String language, String key) {
        return Messages.text(language, key);
    }
}
