package vn.tdkt.finding;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A host's decision that one rule does not count against one plan: the rule, the plan (its unit and document
 * number), the document that approves it, and the day after which it no longer holds. A waived finding stays in the
 * report, marked with its waiver, and no longer counts toward the verdict.
 *
 * @param ruleId         the rule ("HP-03")
 * @param unit           the plan's unit, with or without its level word ("Kẻ Sặt" or "xã Kẻ Sặt")
 * @param documentNumber the plan's number; null for a plan that has none
 * @param approvedBy     the approving document
 * @param expires        the last day the waiver holds
 */
public record Waiver(String ruleId, String unit, String documentNumber, ApprovingDocument approvedBy,
                     LocalDate expires) {
    public Waiver {
        if (!RuleIds.isValid(ruleId)) {
            throw new IllegalArgumentException("ruleId must be a rule id such as HP-03 (was " + ruleId + ")");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("unit is required");
        }
        documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
        Objects.requireNonNull(approvedBy, "approvedBy (the approving document) is required");
        Objects.requireNonNull(expires, "expires is required");
    }

    /** Whether the waiver names this plan: same unit (with or without its level word) and same document number. */
    public boolean names(PlanIdentity plan) {
        String wanted = fold(unit);
        boolean unitMatches = plan.unit() != null
                && (fold(plan.unit()).equals(wanted) || fold(plan.unit()).endsWith(" " + wanted));
        return unitMatches && Objects.equals(fold(documentNumber), fold(plan.documentNumber()));
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    private static String fold(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return ruleId + " for " + unit + (documentNumber == null ? "" : " " + documentNumber) + ", approved by "
                + approvedBy + ", until " + expires;
    }
}
