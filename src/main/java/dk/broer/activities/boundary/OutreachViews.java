package dk.broer.activities.boundary;

import dk.broer.activities.entity.Activity;
import dk.broer.activities.entity.Consultancy;
import dk.broer.cohorts.entity.District;
import dk.broer.evaluations.control.Evaluations;
import dk.broer.evaluations.entity.Occasion;
import dk.broer.platform.control.BaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Activities and consultancies as the coordinator's pages show them, with their evaluation's link and counts. */
@ApplicationScoped
public class OutreachViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    BaseUrl baseUrl;

    @Inject
    Evaluations evaluations;

    public record Answers(int online, int paper, int total) {
    }

    public record ActivityView(long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, String district,
                               String districtName, List<String> partners, int participants, String link, Answers answers,
                               LocalDate closesOn, boolean closed) {
    }

    public record ConsultancyView(long id, LocalDate givenOn, String recipient, String district, String districtName, int people,
                                  String link, int answers, LocalDate closesOn, boolean closed) {
    }

    public ActivityView of(Activity a, Occasion o) {
        int paper = evaluations.typedForms(o.id()).size();
        return new ActivityView(a.id(), a.kind().code(), a.title(), a.startsOn(), a.endsOn(), a.districtCode(),
                districtName(a.districtCode()), a.partners(), a.participants(), link(o),
                new Answers(o.answered() - paper, paper, o.answered()), o.closesOn(), o.isReleased());
    }

    public ConsultancyView of(Consultancy c, Occasion o) {
        return new ConsultancyView(c.id(), c.givenOn(), c.recipient(), c.districtCode(), districtName(c.districtCode()), c.people(),
                link(o), o.answered(), o.closesOn(), o.isReleased());
    }

    /** The page that answers it, with the token in the fragment so that no server log keeps it. */
    public String link(Occasion o) {
        return baseUrl.link("answer#" + o.linkToken().orElseThrow());
    }

    private String districtName(String code) {
        return Optional.ofNullable(em.find(District.class, code)).map(District::name).orElse(code);
    }
}
