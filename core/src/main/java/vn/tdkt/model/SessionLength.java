package vn.tdkt.model;

/** How long the conference lasts, as the plan states it. */
public enum SessionLength implements Labelled {
    /** "01 buổi" */
    ONE_SESSION("01 buổi"),
    /** "½ ngày": one session by another name */
    HALF_DAY("½ ngày"),
    /** "01 ngày" */
    ONE_DAY("01 ngày"),
    /** more than one day */
    SEVERAL_DAYS("nhiều ngày");

    public boolean isOneSession() {
        return this == ONE_SESSION || this == HALF_DAY;
    }

    private final String label;

    SessionLength(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
