package vn.tdkt.model;

/**
 * An activity the plan organises around the conference, with its own words.
 *
 * @param kind which of the guidance's activities, or {@link ActivityKind#OTHER}
 * @param text the plan's own words; null when it names the activity only
 */
public record Activity(ActivityKind kind, String text) {
    /** The kind is required; blank words are taken for none. */
    public Activity {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        text = Checks.blankToNull(text);
    }
}
