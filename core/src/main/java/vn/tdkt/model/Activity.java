package vn.tdkt.model;

/** An activity the plan organises around the conference, with its own words. */
public record Activity(ActivityKind kind, String text) {
    public Activity {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        text = Checks.blankToNull(text);
    }
}
