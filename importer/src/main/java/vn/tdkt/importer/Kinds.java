package vn.tdkt.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;

/**
 * The guidance's words for each kind of programme item, activity, report part, dated step and result-report content,
 * as patterns on the folded text, in the order they are tried: the first that matches names the kind. The order puts
 * the narrower words first ("Báo cáo tổng kết" before "tổng kết và bế mạc", "phát biểu hưởng ứng phát động" before
 * "phát động").
 */
final class Kinds {
    private Kinds() {}

    /** The literals each pattern's matches hold (drawn from its words), to pass over a text that holds none of them. */
    private static final Map<Pattern, List<String>> LITERALS = new java.util.HashMap<>();

    private static Pattern p(String regex) {
        Pattern pattern = Patterns.compile(regex);
        LITERALS.put(pattern, OcrConfusions.literalsOf(regex));
        return pattern;
    }

    static final Map<ProgramItemKind, Pattern> PROGRAMME = new LinkedHashMap<>();
    static final Map<ActivityKind, Pattern> ACTIVITIES = new LinkedHashMap<>();
    static final Map<ReportPart, Pattern> REPORT_PARTS = new LinkedHashMap<>();
    static final Map<DeadlineKind, Pattern> STEPS = new LinkedHashMap<>();
    static final Map<ResultReportItem, Pattern> RESULT_CONTENTS = new LinkedHashMap<>();

    static {
        // III.1: the nine items of the programme.
        PROGRAMME.put(ProgramItemKind.DELEGATES_TO_CONGRESS, p("\\bthong qua danh sach\\b|\\bdai bieu (?:di )?du dai hoi\\b"));
        PROGRAMME.put(ProgramItemKind.SUMMARY_REPORT, p("\\bbao cao tong ket\\b"));
        PROGRAMME.put(ProgramItemKind.PRESENTATIONS, p("\\btham luan\\b"));
        PROGRAMME.put(ProgramItemKind.RESPONSE, p("\\bhuong ung\\b|\\bphat bieu\\b.*\\bphat dong\\b"));
        PROGRAMME.put(ProgramItemKind.LAUNCH, p("\\bphat dong\\b"));
        PROGRAMME.put(ProgramItemKind.EXCHANGE, p("\\bgiao luu\\b"));
        PROGRAMME.put(ProgramItemKind.COMMENDATION,
                p("\\bbieu duong\\b|\\bton vinh\\b|\\bkhen thuong\\b|\\btrao (?:tang|giay khen|bang khen)\\b"));
        PROGRAMME.put(ProgramItemKind.CLOSING, p("\\bbe mac\\b"));
        PROGRAMME.put(ProgramItemKind.OPENING, p("\\bly do\\b|\\bkhai mac\\b|\\bgioi thieu dai bieu\\b"));

        // III.2: the activities before and during the conference.
        ACTIVITIES.put(ActivityKind.HO_CHI_MINH_PROPAGANDA, p("\\btu tuong thi dua\\b|\\bho chi minh\\b"));
        ACTIVITIES.put(ActivityKind.PROPAGANDA_AROUND_CONFERENCE, p("\\btruoc, trong va sau\\b|\\btrong va sau hoi nghi\\b"));
        ACTIVITIES.put(ActivityKind.LEADER_DIALOGUE, p("\\bdoi thoai\\b|\\bgap go\\b"));
        ACTIVITIES.put(ActivityKind.CULTURAL_ACTIVITIES, p("\\bvan hoa,? van nghe\\b|\\bhoat dong van hoa\\b|\\bco dong chao mung\\b"));

        // III.3.3: the seven parts of the summary report.
        REPORT_PARTS.put(ReportPart.LEADERSHIP_AND_SOLUTIONS, p("\\bgiai phap\\b"));
        REPORT_PARTS.put(ReportPart.COMMENDATION_RESULTS, p("\\bket qua cong tac khen thuong\\b"));
        REPORT_PARTS.put(ReportPart.MOVEMENT_RESULTS, p("\\bket qua dat duoc\\b|\\bket qua (?:cua )?(?:cac )?phong trao\\b"));
        REPORT_PARTS.put(ReportPart.LEADERSHIP_ASSESSMENT, p("\\bcong tac lanh dao\\b"));
        REPORT_PARTS.put(ReportPart.SHORTCOMINGS_AND_LESSONS, p("\\bhan che\\b|\\bbai hoc kinh nghiem\\b"));
        REPORT_PARTS.put(ReportPart.DIRECTIONS_AND_GOALS, p("\\bmuc tieu chung\\b|\\bphuong huong, muc tieu\\b"));
        REPORT_PARTS.put(ReportPart.MAIN_CONTENTS, p("\\bnoi dung chu yeu\\b"));

        // IV.1 and the plans' timetables: the dated steps.
        STEPS.put(DeadlineKind.RESULT_REPORT,
                p("\\bbao cao\\b.{0,100}?\\bket qua\\s+(?:to chuc|ve|hoi nghi|cua hoi nghi)\\b"
                        + "|\\bbao cao ket qua\\s+(?:truoc|cham nhat|trong)\\b"));
        STEPS.put(DeadlineKind.EXEMPLAR_LIST_APPROVAL, p("\\bduyet danh sach\\b|\\bxet duyet\\b"));
        STEPS.put(DeadlineKind.NOMINATIONS,
                p("\\b(?:danh sach|gioi thieu|de xuat|de nghi)\\b.*\\b(?:bieu duong|khen thuong|tuyen duong)\\b"
                        + "|\\bgioi thieu (?:cac )?(?:guong )?dien hinh\\b|\\bgui (?:danh sach )?de xuat\\b"
                        + "|\\b(?:gui|tong hop|lap)\\s+(?:ho so|danh sach)\\b.*\\b(?:dien hinh|de nghi|de xuat)\\b"
                        + "|\\bdanh sach\\s+(?:dai bieu\\s+)?dien hinh tien tien\\b.*\\bde (?:xuat|nghi)\\b"));
        STEPS.put(DeadlineKind.PLAN_SUBMISSION, p("\\bke hoach\\b.*\\b(?:bao cao|gui|trinh)\\b|\\b(?:bao cao|gui|trinh)\\b.*\\bke hoach\\b"));
        STEPS.put(DeadlineKind.CONFERENCE, p("\\bto chuc hoi nghi\\b"));

        // IV.1: the contents of the report of results.
        RESULT_CONTENTS.put(ResultReportItem.DELEGATE_LIST_WITH_ACHIEVEMENTS, p("\\btrich ngang\\b"));
        RESULT_CONTENTS.put(ResultReportItem.SUMMARY_REPORT, p("\\bbao cao tong ket\\b"));
    }

    static <K> K classify(Map<K, Pattern> kinds, String folded) {
        for (Map.Entry<K, Pattern> kind : kinds.entrySet()) {
            Pattern pattern = kind.getValue();
            List<String> literals = LITERALS.getOrDefault(pattern, List.of());
            if (Patterns.mayHold(folded, literals) && pattern.matcher(folded).find()) {
                return kind.getKey();
            }
        }
        return null;
    }
}
