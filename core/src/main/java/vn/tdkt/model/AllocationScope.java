package vn.tdkt.model;

/**
 * Which seats an allocation table gives out. Plans allocate either every seat ("phân bổ đại biểu": guests, leaders and
 * exemplars by body) or only the exemplar seats ("phân bổ số lượng đại biểu điển hình tiên tiến" by hamlet or field),
 * and the two must not be confused: 105 exemplar seats are not 105 delegates.
 */
public enum AllocationScope {
    /** every seat of the conference */
    ALL_SEATS,
    /** the exemplar delegates' seats only (the 70%) */
    EXEMPLAR_SEATS,
    /** the guests' and leaders' seats only (the 30%) */
    GUEST_SEATS
}
