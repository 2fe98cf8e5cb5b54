package dk.broer.privacy.entity;

/** A table of a capability that holds no personal data, and why not: the record says so, so nothing is forgotten. */
public record OtherTable(String table, String capability, Wording why) {
}
