package vn.tdkt.model;

/**
 * One item of the programme: its kind, the plan's own words and the period it names, if any.
 *
 * @param kind   which of the guidance's items, or {@link ProgramItemKind#OTHER}
 * @param text   the plan's own words
 * @param period the period the item names ("Phát động phong trào thi đua giai đoạn 2025 - 2030"); null when none
 */
public record ProgramItem(ProgramItemKind kind, String text, YearRange period) {
    /** The kind is required; blank words are taken for none. */
    public ProgramItem {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        text = Checks.blankToNull(text);
    }

    /** An item that names no period. */
    public ProgramItem(ProgramItemKind kind, String text) {
        this(kind, text, null);
    }
}
