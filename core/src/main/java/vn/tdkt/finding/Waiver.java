package vn.tdkt.finding;

import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.text.VietnameseText;

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
    /**
     * Refuses a waiver that could exempt more or less than meant: a rule id that is not one, a missing unit, approving
     * document or last day. A blank document number means the plan has none.
     */
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

    /**
     * Whether the waiver names this plan: same unit (with or without its level word) and same document number, case,
     * spacing and Unicode form aside. Diacritics count: "Kẻ Sặt" and "Kẻ Sắt" are two units, and a waiver exempts
     * only the one it names.
     */
    public boolean names(PlanIdentity plan) {
        String wanted = VietnameseText.normalise(unit);
        String planUnit = VietnameseText.normalise(plan.unit());
        boolean unitMatches = planUnit != null && (planUnit.equals(wanted) || planUnit.endsWith(" " + wanted));
        return unitMatches && Objects.equals(VietnameseText.normalise(documentNumber),
                VietnameseText.normalise(plan.documentNumber()));
    }

    /** Whether the waiver still holds on this day: up to and including its last day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    @Override
    public String toString() {
        return ruleId + " for " + unit + (documentNumber == null ? "" : " " + documentNumber) + ", approved by "
                + approvedBy + ", until " + expires;
    }
}
