package vn.tdkt.model;

/** How long the conference lasts, as the plan states it. */
public enum SessionLength implements Labelled {
    /** "01 buổi", "một buổi", "buổi sáng" */
    ONE_SESSION("01 buổi", "one session", 1),
    /** "½ ngày", "nửa ngày": one session by another name */
    HALF_DAY("½ ngày", "half a day", 1),
    /** "02 buổi", "buổi sáng và buổi chiều": two sessions, which is not yet a full day in the plan's words */
    TWO_SESSIONS("02 buổi", "two sessions", 2),
    /** "01 ngày", "cả ngày" */
    ONE_DAY("01 ngày", "one day", 2),
    /** more than one day */
    SEVERAL_DAYS("nhiều ngày", "several days", 4);

    private final String label;
    private final String labelEn;
    private final int sessions;

    SessionLength(String label, String labelEn, int sessions) {
        this.label = label;
        this.labelEn = labelEn;
        this.sessions = sessions;
    }

    /** How many half-day sessions it takes: a day is two, several days at least four. */
    public int sessions() {
        return sessions;
    }

    /** The length a guidance allowing this many sessions names: "01 buổi" for one, "02 buổi" for two. */
    public static SessionLength ofSessions(int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("a conference takes at least one session, not " + sessions);
        }
        return sessions == 1 ? ONE_SESSION : sessions == 2 ? TWO_SESSIONS : SEVERAL_DAYS;
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
