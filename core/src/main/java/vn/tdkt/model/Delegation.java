package vn.tdkt.model;

import java.util.List;

/**
 * Who attends: the totals and shares most plans give, and optionally the full list portals collect.
 *
 * @param total            số lượng đại biểu; null when not stated
 * @param exemplarPercent  the stated share of exemplar delegates ("khoảng 70%"); null when not stated
 * @param guestPercent     the stated share of guests and leaders ("khoảng 30%"); null when not stated
 * @param priorityGroups   the groups the plan says it favours; null when the plan names none at all
 * @param publicVetting    the plan says exemplar delegates are vetted publicly and democratically from the grassroots
 * @param balanced         the plan says the delegation is balanced across fields and pre-merger units
 * @param allocation       seats given to bodies, if the plan allocates them
 * @param list             the delegates one by one, if given; it may hold only some of them (the exemplars named so
 *                         far), so its size is not the number of delegates unless it matches {@code total}
 * @param exemplarCount    the stated number of exemplar delegates ("trong đó 105 đại biểu điển hình tiên tiến")
 * @param guestCount       the stated number of guests and leaders ("45 đại biểu khách mời, lãnh đạo")
 */
public record Delegation(Integer total, Integer exemplarPercent, Integer guestPercent,
                         List<PriorityGroup> priorityGroups, Boolean publicVetting, Boolean balanced,
                         List<Allocation> allocation, List<Delegate> list, Integer exemplarCount,
                         Integer guestCount) {
    /** Refuses negative counts and percentages outside 0 to 100; copies the lists, keeping an unstated one null. */
    public Delegation {
        Checks.nonNegative(total, "total");
        Checks.nonNegative(exemplarCount, "exemplarCount");
        Checks.nonNegative(guestCount, "guestCount");
        Checks.percent(exemplarPercent, "exemplarPercent");
        Checks.percent(guestPercent, "guestPercent");
        priorityGroups = Checks.copyOrNull(priorityGroups, "priorityGroups");
        allocation = Checks.copyOrNull(allocation, "allocation");
        list = Checks.copyOrNull(list, "list");
    }

    /** A delegation without stated counts of exemplars and guests. */
    public Delegation(Integer total, Integer exemplarPercent, Integer guestPercent,
                      List<PriorityGroup> priorityGroups, Boolean publicVetting, Boolean balanced,
                      List<Allocation> allocation, List<Delegate> list) {
        this(total, exemplarPercent, guestPercent, priorityGroups, publicVetting, balanced, allocation, list, null, null);
    }

    /** A delegation of which the plan states nothing: the section is never null, its facts are. */
    public static Delegation unknown() {
        return new Delegation(null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the plan lists any delegates one by one, which lets the rules count shares from the list itself. */
    public boolean hasList() {
        return list != null && !list.isEmpty();
    }
}
