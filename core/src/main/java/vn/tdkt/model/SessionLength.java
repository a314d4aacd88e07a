package vn.tdkt.model;

/** How long the conference lasts, as the plan states it. */
public enum SessionLength {
    /** "01 buổi" */
    ONE_SESSION,
    /** "½ ngày": one session by another name */
    HALF_DAY,
    /** "01 ngày" */
    ONE_DAY,
    /** more than one day */
    SEVERAL_DAYS;

    public boolean isOneSession() {
        return this == ONE_SESSION || this == HALF_DAY;
    }
}
