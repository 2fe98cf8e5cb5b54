package dk.broer.privacy.entity;

/**
 * Why Broer may process a kind of personal data at all (GDPR art. 6). A municipality training its
 * partners' staff and certifying consultants does so as a task in the public interest; it keeps
 * the audit trail because it must be able to account for what it did.
 */
public enum LawfulBasis {
    PUBLIC_TASK("public-task", "GDPR art. 6(1)(e)",
            new Wording("Opgave i samfundets interesse: kommunens inklusionsprogram",
                    "Task carried out in the public interest: the municipality's inclusion programme")),
    LEGAL_OBLIGATION("legal-obligation", "GDPR art. 6(1)(c), art. 5(2) og 32",
            new Wording("Retlig forpligtelse: at kunne dokumentere behandlingen og holde den sikker",
                    "Legal obligation: to account for the processing and keep it secure"));

    private final String code;
    private final String article;
    private final Wording text;

    LawfulBasis(String code, String article, Wording text) {
        this.code = code;
        this.article = article;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public String article() {
        return article;
    }

    public Wording text() {
        return text;
    }
}
