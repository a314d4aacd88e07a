package vn.tdkt.model;

/** How a plan ties an event to its date. */
public enum DateQualifier {
    /** on the day ("ngày 28/8/2025", "dự kiến chiều ngày 28/8/2025") */
    ON,
    /** before the day ("trước ngày 25/8/2025"): a commitment, not a date */
    BEFORE,
    /** at the latest on the day ("chậm nhất ngày 25/8/2025") */
    NO_LATER_THAN
}
