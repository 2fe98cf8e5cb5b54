package dk.broer.content.entity;

import java.util.List;
import java.util.Optional;

/**
 * An ordered sequence of modules for an audience, with its completion rule. The follow-up module,
 * if any, is not among them: it opens 30 days after the track is completed, so it can't be
 * required to complete it. Nor is a certification's renewal refresher: it is taken while the
 * certification is valid, to renew it.
 */
public record Track(String id, String audience, LocalizedText title, LocalizedText summary, List<String> moduleIds,
                    String followUp, CompletionRule completion, boolean hasGuide, Certification certification) {

    public Track {
        moduleIds = List.copyOf(moduleIds);
    }

    public boolean contains(String moduleId) {
        return moduleIds.contains(moduleId);
    }

    /** Days after completing the track that its follow-up module opens. */
    public static final int FOLLOW_UP_DAYS = 30;

    public Optional<String> followUpIfAny() {
        return Optional.ofNullable(followUp);
    }

    /** A module the learner takes as part of this track: one of its modules, its follow-up, or its renewal refresher. */
    public boolean includes(String moduleId) {
        return moduleIds.contains(moduleId) || moduleId.equals(followUp)
                || renewalRefresherIfAny().filter(moduleId::equals).isPresent();
    }

    /** The module a certified consultant must pass within each validity period to renew, for a certification track. */
    public Optional<String> renewalRefresherIfAny() {
        return certificationIfAny().map(c -> c.renewal().refresherModuleId());
    }

    public Optional<Certification> certificationIfAny() {
        return Optional.ofNullable(certification);
    }
}
