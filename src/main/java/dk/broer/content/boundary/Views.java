package dk.broer.content.boundary;

import java.util.List;

/** What the content API returns: plain records, shaped for the pages, never the content entities. */
public final class Views {

    private Views() {
    }

    public record AudienceView(String id, String title) {
    }

    public record ModuleSummary(String id, String title, String summary, List<AudienceView> audience, int minutes,
                                int version, String language) {
    }

    public record OptionView(int index, String html) {
    }

    /** A question as the learner sees it before answering: no hint of which options are correct. */
    public record QuestionView(String id, String prompt, boolean multiple, List<OptionView> options) {
    }

    public record ModuleView(String id, String title, String summary, List<AudienceView> audience, int minutes,
                             int version, String language, String direction, String html,
                             List<QuestionView> questions) {
    }

    public record ModuleRef(String id, String title, String summary, int minutes) {
    }

    public record PracticeView(String id, String kind, int count, String title, String description) {
    }

    public record CertificationView(int validityMonths, String renewal, List<PracticeView> practice) {
    }

    /** followUp: the module that opens 30 days after the track is completed, or null. */
    public record TrackView(String id, String title, String summary, AudienceView audience, int minutes, int passMark,
                            String workshop, boolean hasGuide, CertificationView certification,
                            List<ModuleRef> modules, ModuleRef followUp) {
    }

    public record GuideView(String track, String title, String language, String html) {
    }
}
