package dk.broer.evaluations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A released answer: a random id, its occasion and the occasion's week, the scores and the comment.
 * Nothing in it, or in where it sits, says who gave it or when.
 */
@Entity
@Table(name = "evaluation_answer")
@NamedQuery(name = Answer.OF_OCCASION, query = "select a from Answer a where a.occasionId = :occasion")
public class Answer {

    public static final String OF_OCCASION = "Answer.ofOccasion";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "occasion_id", nullable = false)
    private long occasionId;

    @Column(nullable = false)
    private LocalDate week;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "answer_id"))
    @MapKeyColumn(name = "item_id", length = 40)
    @Column(name = "score")
    private Map<String, Short> scores = new HashMap<>();

    protected Answer() {
    }

    public Answer(String id, long occasionId, LocalDate week, Map<String, Integer> scores, String comment) {
        this.id = id;
        this.occasionId = occasionId;
        this.week = week;
        scores.forEach((item, score) -> this.scores.put(item, score.shortValue()));
        this.comment = comment;
    }

    public Optional<Integer> score(String itemId) {
        return Optional.ofNullable(scores.get(itemId)).map(Short::intValue);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public LocalDate week() {
        return week;
    }
}
