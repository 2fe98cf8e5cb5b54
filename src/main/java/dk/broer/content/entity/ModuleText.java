package dk.broer.content.entity;

import java.util.List;
import java.util.Optional;

/** A module as written in one language: its front matter, Markdown body and knowledge check. */
public record ModuleText(String moduleId, String language, String title, String summary, List<String> audiences,
                         int minutes, int version, String body, List<Question> questions) {

    public ModuleText {
        audiences = List.copyOf(audiences);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
