package dk.broer.content.entity;

/**
 * What a certified consultant must do to renew, as rules a renewal check can apply rather than
 * prose an assessor has to interpret. The text says the same for people.
 *
 * @param windowDays        renewal can be applied for from this many days before the certification expires
 * @param refresherModuleId the module that must be passed within the current validity period
 * @param localActivities   at least this many logged local activities ...
 * @param perMonths         ... in each period of this many months of the validity period
 * @param text              the rule in words, per language, as the consultant reads it
 */
public record Renewal(int windowDays, String refresherModuleId, int localActivities, int perMonths, LocalizedText text) {
}
