package dk.broer.content.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All course content, checked and ready: languages, audiences, modules, tracks and guides. */
public final class Catalogue {

    private final List<Language> languages;
    private final Map<String, Audience> audiences;
    private final Map<String, Module> modules;
    private final Map<String, Track> tracks;
    private final Map<String, Guide> guides;
    private final Map<String, Questionnaire> questionnaires;

    public Catalogue(List<Language> languages, Collection<Audience> audiences, Collection<Module> modules,
                     Collection<Track> tracks, Collection<Guide> guides, Collection<Questionnaire> questionnaires) {
        this.languages = List.copyOf(languages);
        this.audiences = index(audiences, Audience::id);
        this.tracks = index(tracks.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList(), Track::id);
        this.modules = inTrackOrder(index(modules, Module::id), this.tracks.values());
        this.guides = index(guides, g -> g.trackId() + "/" + g.language());
        this.questionnaires = index(questionnaires, Questionnaire::id);
    }

    public List<Language> languages() {
        return languages;
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Collection<Audience> audiences() {
        return audiences.values();
    }

    public Optional<Audience> audience(String id) {
        return Optional.ofNullable(audiences.get(id));
    }

    /** Modules in the order a learner meets them, going through the tracks. */
    public Collection<Module> modules() {
        return modules.values();
    }

    public Optional<Module> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    public Collection<Track> tracks() {
        return tracks.values();
    }

    public Optional<Track> track(String id) {
        return Optional.ofNullable(tracks.get(id));
    }

    public Optional<Guide> guide(String trackId, String language) {
        return Optional.ofNullable(guides.get(trackId + "/" + language));
    }

    /** The evaluation asked on an occasion (track, meeting, activity, consultancy); content checks guarantee one each. */
    public Questionnaire questionnaireFor(String occasion) {
        return questionnaires.values().stream().filter(q -> q.occasions().contains(occasion)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No evaluation for occasion " + occasion));
    }

    public Collection<Questionnaire> questionnaires() {
        return questionnaires.values();
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    private static Map<String, Module> inTrackOrder(Map<String, Module> byId, Collection<Track> tracks) {
        Set<String> order = new LinkedHashSet<>();
        tracks.forEach(t -> order.addAll(t.moduleIds()));
        List<String> rest = new ArrayList<>(byId.keySet());
        rest.sort(String::compareTo);
        order.addAll(rest);
        Map<String, Module> ordered = new LinkedHashMap<>();
        order.stream().filter(byId::containsKey).forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }
}
