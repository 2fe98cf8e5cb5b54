package dk.broer.platform.control;

import java.util.List;

/** What is wrong with one input field, as a message key to be said in the user's language. */
public record FieldError(String field, String key, List<Object> args) {

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }
}
