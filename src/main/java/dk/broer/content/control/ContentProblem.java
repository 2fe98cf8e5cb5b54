package dk.broer.content.control;

/** One thing wrong with the content, where an author can find it: "content/modules/x/da.md:12: ...". */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
