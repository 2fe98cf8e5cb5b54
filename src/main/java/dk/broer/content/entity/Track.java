package dk.broer.content.entity;

import java.util.List;
import java.util.Optional;

/** An ordered sequence of modules for an audience, with its completion rule. */
public record Track(String id, String audience, LocalizedText title, LocalizedText summary, List<String> moduleIds,
                    CompletionRule completion, boolean hasGuide, Certification certification) {

    public Track {
        moduleIds = List.copyOf(moduleIds);
    }

    public boolean contains(String moduleId) {
        return moduleIds.contains(moduleId);
    }

    public Optional<Certification> certificationIfAny() {
        return Optional.ofNullable(certification);
    }
}
