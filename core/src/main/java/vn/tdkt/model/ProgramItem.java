package vn.tdkt.model;

/** One item of the programme: its kind and the plan's own words. */
public record ProgramItem(ProgramItemKind kind, String text) {
    public ProgramItem {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        text = Checks.blankToNull(text);
    }
}
