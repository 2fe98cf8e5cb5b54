package dk.broer.cohorts.control;

import dk.broer.cohorts.entity.Cohort;
import dk.broer.cohorts.entity.Enrolment;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Catalogue;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * At start, after the content is loaded: every track a cohort follows and every module an
 * enrolment kept must still be in content/. If one was dropped, Broer says which and does not
 * start, rather than show learners a course with holes in it.
 */
@ApplicationScoped
public class ContentInUse {

    /** After the content is loaded, before demo data. */
    public static final int ORDER = ContentCatalogue.LOAD_ORDER + 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentCatalogue content;

    void check(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object started) {
        if (!content.isLoaded()) {
            return;
        }
        List<String> missing = missing(content.catalogue(),
                em.createNamedQuery(Cohort.TRACKS_IN_USE, String.class).getResultList(),
                em.createNamedQuery(Enrolment.MODULES_IN_USE, String.class).getResultList());
        if (!missing.isEmpty()) {
            content.refuseToStart(missing);
            throw new IllegalStateException(String.join("; ", missing));
        }
    }

    static List<String> missing(Catalogue catalogue, Collection<String> tracks, Collection<String> modules) {
        return Stream.concat(
                tracks.stream().sorted().filter(t -> catalogue.track(t).isEmpty())
                        .map(t -> "content/tracks/" + t + ".yaml: track '" + t + "' is gone, but cohorts follow it"),
                modules.stream().sorted().filter(m -> catalogue.module(m).isEmpty())
                        .map(m -> "content/modules/" + m + "/: module '" + m + "' is gone, but enrolments include it"))
                .toList();
    }
}
