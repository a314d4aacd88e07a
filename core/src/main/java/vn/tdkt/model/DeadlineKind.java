package vn.tdkt.model;

/** The steps a plan dates. */
public enum DeadlineKind {
    /** the plan is sent to the higher emulation council (báo cáo kế hoạch) */
    PLAN_SUBMISSION,
    /** units send their nominations (danh sách đề xuất biểu dương, khen thưởng) */
    NOMINATIONS,
    /** the list of exemplars is approved (tổng hợp, duyệt danh sách điển hình tiên tiến) */
    EXEMPLAR_LIST_APPROVAL,
    /** the conference is held */
    CONFERENCE,
    /** the results are reported to the higher council (báo cáo kết quả) */
    RESULT_REPORT
}
