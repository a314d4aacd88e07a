package vn.tdkt.finding;

/** How serious a finding is. Order matters: the most serious first. */
public enum Severity {
    /** The plan contradicts a binding clause. SARIF level {@code error}. */
    VIOLATION("error"),
    /** The plan cannot be verified against a binding clause, or sits on its boundary. SARIF level {@code warning}. */
    WARNING("warning"),
    /** Recommended content is missing. SARIF level {@code note}. */
    ADVICE("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The level a SARIF result of this severity carries, so that code-scanning tools rank findings as tdkt does. */
    public String sarifLevel() {
        return sarifLevel;
    }
}
