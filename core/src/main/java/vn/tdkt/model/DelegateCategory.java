package vn.tdkt.model;

/** Which share of the 70/30 composition a delegate counts in. */
public enum DelegateCategory {
    /** đại biểu điển hình tiên tiến (the 70%) */
    EXEMPLAR,
    /** đại biểu khách mời (the 30%) */
    GUEST,
    /** đại biểu lãnh đạo các cấp, các ngành (the 30%) */
    LEADER
}
