package vn.tdkt.model;

/** How long the conference lasts, as the plan states it. */
public enum SessionLength implements Labelled {
    /** "01 buổi", "một buổi", "buổi sáng" */
    ONE_SESSION("01 buổi", "one session"),
    /** "½ ngày", "nửa ngày": one session by another name */
    HALF_DAY("½ ngày", "half a day"),
    /** "02 buổi", "buổi sáng và buổi chiều": two sessions, which is not yet a full day in the plan's words */
    TWO_SESSIONS("02 buổi", "two sessions"),
    /** "01 ngày", "cả ngày" */
    ONE_DAY("01 ngày", "one day"),
    /** more than one day */
    SEVERAL_DAYS("nhiều ngày", "several days");

    private final String label;
    private final String labelEn;

    SessionLength(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Whether the conference fits in the single session the guidance allows ("01 buổi"; "½ ngày" is the same). */
    public boolean isOneSession() {
        return this == ONE_SESSION || this == HALF_DAY;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
