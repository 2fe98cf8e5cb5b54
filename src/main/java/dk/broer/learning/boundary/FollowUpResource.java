package dk.broer.learning.boundary;

import dk.broer.cohorts.control.Cohorts;
import dk.broer.cohorts.entity.Cohort;
import dk.broer.content.boundary.ContentCatalogue;
import dk.broer.content.entity.Track;
import dk.broer.learning.control.Completions;
import dk.broer.learning.control.Progress;
import dk.broer.learning.entity.Completion;
import dk.broer.learning.entity.ModuleProgress;
import dk.broer.people.boundary.Allowed;
import dk.broer.people.control.CurrentCaller;
import dk.broer.cohorts.control.Joining;
import dk.broer.people.entity.Learner;
import dk.broer.platform.control.BaseUrl;
import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.LanguageChoice;
import dk.broer.platform.control.Messages;
import dk.broer.platform.control.QrCode;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dk.broer.people.entity.Role.COORDINATOR;
import static dk.broer.people.entity.Role.TRAINER;

/**
 * Who in a cohort is due for the track's 30-day follow-up module: completed 30 or more days ago
 * and not yet passed it. No e-mail or SMS: the trainer prints reminder slips (the QR opens the
 * module) and hands them out.
 */
@Path("cohorts/{id}/follow-up")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TRAINER, COORDINATOR})
public class FollowUpResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Joining joining;

    @Inject
    Progress progress;

    @Inject
    Completions completions;

    @Inject
    ContentCatalogue content;

    @Inject
    CurrentCaller caller;

    @Inject
    BaseUrl baseUrl;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    public record Due(long learnerId, String name, Instant completedAt, LocalDate opensOn) {
    }

    /** The follow-up module, the address a reminder's QR leads to, and who is due (module null: the track has none). */
    public record FollowUpList(String module, String title, String url, String qrSvg, List<Due> due) {
    }

    @GET
    public FollowUpList followUp(@PathParam("id") long id, @QueryParam("lang") String lang) {
        String language = LanguageChoice.choose(lang, headers.getAcceptableLanguages(), Messages.LANGUAGES);
        Cohort cohort = cohorts.visibleTo(caller.get(), id);
        Optional<String> followUp = content.catalogue().track(cohort.trackId()).flatMap(Track::followUpIfAny);
        if (followUp.isEmpty()) {
            return new FollowUpList(null, null, null, null, List.of());
        }
        String module = followUp.get();
        String title = content.catalogue().module(module).map(m -> m.in(language).title()).orElse(module);
        LocalDate today = Copenhagen.today(clock);
        List<Completion> done = completions.ofCohort(cohort.id());
        Map<Long, Learner> people = joining.learnersIn(cohort.id());
        Map<Long, Map<String, ModuleProgress>> all = progress.ofCohort(cohort.id());
        List<Due> due = done.stream()
                .filter(c -> !today.isBefore(c.followUpOpensOn(Copenhagen.ZONE, Track.FOLLOW_UP_DAYS)))
                .filter(c -> Optional.ofNullable(all.getOrDefault(c.learnerId(), Map.of()).get(module))
                        .filter(ModuleProgress::isPassed).isEmpty())
                .map(c -> new Due(c.learnerId(), people.get(c.learnerId()).name(), c.completedAt(),
                        c.followUpOpensOn(Copenhagen.ZONE, Track.FOLLOW_UP_DAYS)))
                .sorted(Comparator.comparing(Due::name)).toList();
        String url = baseUrl.link("module.html?id=" + module + "&track=" + cohort.trackId());
        return new FollowUpList(module, title, url, QrCode.svg(url, Messages.text(language, "join.qrLabel", url)), due);
    }
}
