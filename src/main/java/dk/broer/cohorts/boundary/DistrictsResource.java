package dk.broer.cohorts.boundary;

import dk.broer.cohorts.entity.District;
import dk.broer.people.boundary.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Copenhagen's districts, for cohorts, dialogues and reach reports. */
@Path("districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DistrictsResource {

    @PersistenceContext
    EntityManager em;

    public record DistrictView(String code, String name) {
    }

    @GET
    @Public
    public List<DistrictView> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultList().stream()
                .map(d -> new DistrictView(d.code(), d.name())).toList();
    }
}
