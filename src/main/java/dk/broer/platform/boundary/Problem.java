package dk.broer.platform.boundary;

import java.util.List;

/** RFC 9457 problem details, as every API error is answered. */
public record Problem(String type, String title, int status, String detail, List<FieldMessage> errors) {

    /** One input field and what is wrong with it, in the caller's language. */
    public record FieldMessage(String field, String message) {
    }
}
