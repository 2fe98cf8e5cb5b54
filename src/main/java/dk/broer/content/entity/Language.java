package dk.broer.content.entity;

/** A language content is written in; direction is "ltr" or "rtl" so pages can lay out right-to-left scripts. */
public record Language(String code, String name, String direction) {
}
