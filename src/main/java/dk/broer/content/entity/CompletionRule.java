package dk.broer.content.entity;

/** How a track is completed: each module's check passed at the pass mark, and the workshop if required. */
public record CompletionRule(int passMark, Workshop workshop) {

    /** passMark is a percentage; 4 of 5 right is 80 %, which passes a pass mark of 80. */
    public boolean passes(int correct, int total) {
        return total == 0 || correct * 100 >= passMark * total;
    }
}
