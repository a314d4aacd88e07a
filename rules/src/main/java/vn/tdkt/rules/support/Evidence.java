package vn.tdkt.rules.support;

import vn.tdkt.model.Labelled;

/** Where in the plan a count or a share of delegates comes from, most direct first; findings say which they used. */
public enum Evidence implements Labelled {
    /** the delegates one by one: who attends, when the list holds them all */
    DELEGATE_LIST("theo danh sách đại biểu", "from the delegate list"),
    /** "150 đại biểu, trong đó 105 đại biểu điển hình tiên tiến và 45 đại biểu khách mời" */
    STATED_COUNTS("theo số đại biểu từng thành phần kế hoạch nêu", "from the numbers of each group the plan states"),
    /** the seats given to bodies */
    ALLOCATION("theo bảng phân bổ đại biểu", "from the allocation of seats"),
    /** "Số lượng: 150 đại biểu" */
    STATED_TOTAL("theo số lượng kế hoạch nêu", "from the number the plan states"),
    /** "khoảng 70%", "khoảng 30%" */
    STATED_SHARES("theo tỷ lệ kế hoạch nêu", "from the shares the plan states");

    private final String label;
    private final String labelEn;

    Evidence(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
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
