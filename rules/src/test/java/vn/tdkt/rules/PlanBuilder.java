package vn.tdkt.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.tdkt.model.*;

/**
 * Builds plans for tests. {@link #compliantHaiPhong()} starts from a plan that meets every clause of the Hải Phòng
 * guidance, so that a test changes one fact and sees exactly the rule about that fact fire.
 */
final class PlanBuilder {
    String unitName = "Hòa Bình";
    UnitLevel level = UnitLevel.COMMUNE;
    String province = "Hải Phòng";
    Boolean reorganised = true;
    List<String> formedFrom = List.of("Hòa Bình", "An Lạc");

    String number = "10/KH-UBND";
    LocalDate planDate = LocalDate.of(2025, 8, 10);
    List<DocumentRef> implementsGuidance = List.of(
            new DocumentRef("Ủy ban nhân dân thành phố Hải Phòng", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), null));

    String form = "Hội nghị tuyên dương điển hình tiên tiến";
    String name = "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ I (2025 - 2030)";
    Integer edition = 1;
    YearRange term = new YearRange(2025, 2030);
    LocalDate conferenceDate = LocalDate.of(2025, 8, 22);
    DateQualifier conferenceQualifier = DateQualifier.ON;
    SessionLength length = SessionLength.ONE_SESSION;
    String venue = "Hội trường UBND xã";

    YearRange evaluationPeriod = new YearRange(2020, 2025);

    Integer total = 150;
    Integer exemplarPercent = 70;
    Integer guestPercent = 30;
    List<PriorityGroup> priorityGroups = List.of(PriorityGroup.values());
    Boolean publicVetting = true;
    Boolean balanced = true;
    List<Allocation> allocation = null;
    List<Delegate> delegates = null;
    Integer exemplarCount = null;
    Integer guestCount = null;

    List<ProgramItem> programme = new ArrayList<>(nineItems());
    List<Activity> activities = Arrays.stream(ActivityKind.values()).filter(k -> k != ActivityKind.OTHER)
            .map(k -> new Activity(k, k.label())).toList();
    List<ReportPart> reportOutline = List.of(ReportPart.values());
    List<String> presenterFields = null;
    Boolean coversPreMergerAchievements = true;
    List<AwardCategory> awardCategories = List.of(new AwardCategory("Ngành giáo dục", RecipientKind.COLLECTIVE, 3, 3,
            "Mỗi bậc học lựa chọn 01 trường có thành tích tiêu biểu", "Phòng Văn hóa - Xã hội", "Giấy khen"));
    List<Deadline> deadlines = new ArrayList<>(List.of(
            new Deadline(DeadlineKind.PLAN_SUBMISSION, LocalDate.of(2025, 8, 15), DateQualifier.BEFORE,
                    "Hội đồng Thi đua - Khen thưởng thành phố (qua Ban Thi đua - Khen thưởng thành phố)", null),
            new Deadline(DeadlineKind.NOMINATIONS, LocalDate.of(2025, 8, 18), DateQualifier.BEFORE, "UBND xã", null),
            new Deadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL, LocalDate.of(2025, 8, 20), DateQualifier.BEFORE, null, null),
            new Deadline(DeadlineKind.RESULT_REPORT, LocalDate.of(2025, 8, 28), DateQualifier.BEFORE,
                    "Hội đồng Thi đua - Khen thưởng thành phố (qua Ban Thi đua - Khen thưởng thành phố)", null)));
    List<ResultReportItem> resultReportContents = List.of(ResultReportItem.values());
    Boolean solemnAndEconomical = true;
    Map<String, String> quotes = new LinkedHashMap<>();

    static PlanBuilder compliantHaiPhong() {
        return new PlanBuilder();
    }

    /**
     * A plan that meets everything the Lạng Sơn pack encodes: a reorganised commune of Lạng Sơn implementing
     * 199/KH-UBND, with the programme Kiên Mộc relays (no exchange with exemplars), and only its own steps (no steps
     * addressed to the Hải Phòng city council).
     */
    static PlanBuilder compliantLangSon() {
        PlanBuilder plan = new PlanBuilder();
        plan.unitName = "Tân Thành";
        plan.province = "Lạng Sơn";
        plan.formedFrom = List.of("Tân Thành", "Hòa Thắng");
        plan.number = "25/KH-UBND";
        plan.planDate = LocalDate.of(2025, 8, 1);
        plan.implementsGuidance = List.of(
                new DocumentRef("Ủy ban nhân dân tỉnh Lạng Sơn", "199/KH-UBND", LocalDate.of(2025, 7, 23), null));
        plan.form = "Hội nghị điển hình tiên tiến";
        plan.name = "Hội nghị điển hình tiên tiến xã Tân Thành lần thứ I (2025 - 2030)";
        plan.conferenceDate = LocalDate.of(2025, 8, 15);
        plan.programme = new ArrayList<>(nineItems().stream().filter(i -> i.kind() != ProgramItemKind.EXCHANGE).toList());
        plan.deadlines = new ArrayList<>(List.of(
                new Deadline(DeadlineKind.NOMINATIONS, LocalDate.of(2025, 8, 7), DateQualifier.BEFORE,
                        "UBND xã (qua Phòng Văn hóa - Xã hội)", null),
                new Deadline(DeadlineKind.EXEMPLAR_LIST_APPROVAL, LocalDate.of(2025, 8, 12), DateQualifier.BEFORE,
                        null, null)));
        plan.resultReportContents = null;
        return plan;
    }

    static List<ProgramItem> nineItems() {
        return Arrays.stream(ProgramItemKind.values()).filter(k -> k != ProgramItemKind.OTHER)
                .map(k -> new ProgramItem(k, k.label())).toList();
    }

    PlanBuilder with(Consumer<PlanBuilder> change) {
        change.accept(this);
        return this;
    }

    PlanBuilder withoutProgramItem(ProgramItemKind kind) {
        programme = programme.stream().filter(i -> i.kind() != kind).toList();
        return this;
    }

    PlanBuilder withoutDeadline(DeadlineKind kind) {
        deadlines = deadlines.stream().filter(d -> d.kind() != kind).toList();
        return this;
    }

    PlanBuilder withDeadline(DeadlineKind kind, LocalDate date, DateQualifier qualifier) {
        withoutDeadline(kind);
        List<Deadline> changed = new ArrayList<>(deadlines);
        changed.add(new Deadline(kind, date, qualifier, null, null));
        deadlines = changed;
        return this;
    }

    /** One more step, beside those of its kind the plan already has. */
    PlanBuilder withStep(DeadlineKind kind, LocalDate date, DateQualifier qualifier, String recipient) {
        List<Deadline> changed = new ArrayList<>(deadlines);
        changed.add(new Deadline(kind, date, qualifier, recipient, null));
        deadlines = changed;
        return this;
    }

    /** The recipient of the (first) step of the kind replaced. */
    PlanBuilder withRecipient(DeadlineKind kind, String recipient) {
        List<Deadline> changed = new ArrayList<>();
        for (Deadline d : deadlines) {
            changed.add(d.kind() == kind ? new Deadline(kind, d.date(), d.qualifier(), recipient, d.text()) : d);
        }
        deadlines = changed;
        return this;
    }

    Plan build() {
        return new Plan(new Unit(unitName, level, province, reorganised, formedFrom),
                new DocumentRef("Ủy ban nhân dân " + level.vietnamese() + " " + unitName, number, planDate, null),
                implementsGuidance,
                new Conference(form, name, edition, term, conferenceDate, conferenceQualifier, length, venue),
                evaluationPeriod,
                new Delegation(total, exemplarPercent, guestPercent, priorityGroups, publicVetting, balanced, allocation,
                        delegates, exemplarCount, guestCount),
                programme, activities, reportOutline, presenterFields, coversPreMergerAchievements, awardCategories,
                deadlines, resultReportContents, solemnAndEconomical, quotes);
    }

    static Delegate exemplar(String name, String field, String preMergerUnit) {
        return new Delegate(name, DelegateCategory.EXEMPLAR, field, true, true, true, true, preMergerUnit, true, true);
    }

    static Delegate guest(String name) {
        return new Delegate(name, DelegateCategory.GUEST, "Lãnh đạo", false, false, false, false, null, null, null);
    }
}
