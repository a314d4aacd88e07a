package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.*;
import vn.tdkt.pack.PackLibrary;

/** What must hold for every plan, checked on generated plans that vary every fact the rules read, null included. */
class PlanProperties {

    private static Report check(Plan plan) {
        return RuleAssertions.evaluate("hai-phong", plan);
    }

    @Property(tries = 300)
    void noPlanMakesTheEngineThrowAndEveryFindingIsComplete(@ForAll("plans") Plan plan) {
        Report report = check(plan);
        for (Finding f : report.findings()) {
            assertThat(f.ruleId()).matches("(HP|CC)-\\d+");
            assertThat(f.citation().text()).isNotBlank();
            assertThat(f.citation().clause()).isNotBlank();
            assertThat(f.message().vi()).isNotBlank().doesNotContain("{expected}", "{found}", "{detail}");
            assertThat(f.message().en()).isNotBlank().doesNotContain("{expected}", "{found}", "{detail}");
            assertThat(f.pointer()).startsWith("/");
        }
    }

    @Property(tries = 200)
    void theNationalBaselineNeverFindsAViolationAndSaysWhy(@ForAll("plans") Plan plan) {
        Report report = RuleAssertions.evaluate("national", plan);
        assertThat(report.findings(Severity.VIOLATION)).isEmpty();
        assertThat(report.verdict()).isNotEqualTo(Verdict.REJECT);
        assertThat(report.notes()).anySatisfy(n -> assertThat(n.vi()).contains("4758/HD-BNV"));
        // what the Hải Phòng pack finds of the checks the baseline shares with it, the baseline finds too, capped
        Report haiPhong = check(plan);
        for (Finding f : haiPhong.findings()) {
            String shared = "QG-" + f.ruleId().substring(3);
            if (f.ruleId().startsWith("HP-") && report.findings(shared).isEmpty()
                    && vn.tdkt.engine.ComplianceEngine.forPack("national").pack().rules().containsKey(shared)
                    && sameValues(f.ruleId(), shared)) {
                throw new AssertionError(f.ruleId() + " found " + f.pointer() + " but " + shared + " did not");
            }
        }
    }

    /** Whether the two rules bind the same checks and every parameter they read has the same value in both packs. */
    private static boolean sameValues(String haiPhongRule, String nationalRule) {
        var hp = PackLibrary.onClassPath().descriptor("hai-phong");
        var qg = PackLibrary.onClassPath().descriptor("national");
        if (!hp.rule(haiPhongRule).checks().equals(qg.rule(nationalRule).checks())) {
            return false;
        }
        var day = LocalDate.of(2025, 8, 12);
        for (String parameter : hp.rule(haiPhongRule).parameters()) {
            var a = hp.parametersOn(day).values().get(parameter);
            var b = qg.parametersOn(day).values().get(parameter);
            if (a == null || b == null || !a.value().equals(b.value())) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 100)
    void everyPacksFindingsNameOnlyItsOwnRules(@ForAll("plans") Plan plan) {
        for (String pack : List.of("hai-phong", "lang-son", "national")) {
            var rules = vn.tdkt.engine.ComplianceEngine.forPack(pack).pack().rules().keySet();
            assertThat(RuleAssertions.evaluate(pack, plan).findings()).extracting(Finding::ruleId)
                    .as("the rules of %s", pack).allMatch(rules::contains);
        }
    }

    @Property(tries = 200)
    void theVerdictFollowsTheWorstFinding(@ForAll("plans") Plan plan) {
        Report report = check(plan);
        boolean violation = report.findings().stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
        boolean warning = report.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING);
        Verdict expected = violation ? Verdict.REJECT : warning ? Verdict.REVIEW : Verdict.ACCEPT;
        assertThat(report.verdict()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void theSamePlanEvaluatedTwiceGivesIdenticalReports(@ForAll("plans") Plan plan) {
        assertThat(check(plan)).isEqualTo(check(plan));
    }

    @Property(tries = 200)
    void aPlanWrittenAndReadBackGetsTheSameReport(@ForAll("plans") Plan plan) {
        Plan reread = PlanJson.read(PlanJson.write(plan), "round-trip");
        assertThat(reread).isEqualTo(plan);
        assertThat(check(reread)).isEqualTo(check(plan));
    }

    @Property(tries = 200)
    void raisingTheDelegateCountAboveTheCapNeverRemovesHp04(@ForAll("plans") Plan plan,
                                                           @ForAll @IntRange(min = 151, max = 100_000) int count,
                                                           @ForAll @IntRange(min = 0, max = 1_000) int more) {
        Plan over = withTotal(plan, count);
        Plan further = withTotal(plan, count + more);
        assertThat(check(over).worst("HP-04")).isEqualTo(Severity.VIOLATION);
        assertThat(check(further).worst("HP-04")).isEqualTo(Severity.VIOLATION);
    }

    @Property(tries = 200)
    void movingTheConferenceLaterNeverTurnsAnHp03ViolationIntoAPass(@ForAll("plans") Plan plan,
                                                                   @ForAll @IntRange(min = 1, max = 60) int days) {
        if (plan.conference().date() == null || check(plan).worst("HP-03") != Severity.VIOLATION) {
            return;
        }
        Plan later = withConferenceDate(plan, plan.conference().date().plusDays(days));
        assertThat(check(later).worst("HP-03")).isEqualTo(Severity.VIOLATION);
    }

    @Property(tries = 200)
    void aDateBeforeTheDeadlineNeverGetsHp03AndOneAfterAlwaysDoes(@ForAll("plans") Plan plan,
                                                                 @ForAll @IntRange(min = -40, max = 40) int offset) {
        LocalDate day = LocalDate.of(2025, 8, 25).plusDays(offset);
        Report report = check(withConferenceDate(plan, day, DateQualifier.ON));
        Severity expected = offset < 0 ? null : offset == 0 ? Severity.WARNING : Severity.VIOLATION;
        assertThat(report.worst("HP-03")).isEqualTo(expected);
    }

    /**
     * Unknown is never worse than a known fact, and never better than a missing one: replacing any stated fact of a
     * plan by "not stated" never raises a rule to a violation, and never silences a warning that something is not
     * stated.
     */
    @Property(tries = 400)
    void replacingAFactByNotStatedNeverMakesAViolationNorSilencesANotStatedWarning(
            @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 10_000) int which) {
        List<String> facts = statedFacts(plan);
        if (facts.isEmpty()) {
            return;
        }
        String pointer = facts.get(which % facts.size());
        if (pointer.equals("/delegation/total") && countsLeaveOthers(plan)) {
            // a total above the two groups' counts says some delegates are of no stated group, and the share is read
            // in the plan's favour (exemplars over the total); without it, the two groups the plan states are the
            // whole delegation, and their split is what the plan says: a different fact, not a lost one
            return;
        }
        Plan erased = erase(plan, pointer);
        if (erased == null) {
            return; // a fact the model requires (a unit's name, a listed delegate's category)
        }
        Report before = check(plan);
        Report after = check(erased);
        for (Finding f : after.findings()) {
            if (f.severity() == Severity.VIOLATION) {
                assertThat(before.worst(f.ruleId())).as("%s after %s is no longer stated: %s", f.ruleId(), pointer,
                        f.message().en()).isEqualTo(Severity.VIOLATION);
            }
        }
        for (Finding f : before.findings()) {
            // a warning about a part of what was erased (an award category's count, once the categories are gone)
            // went with it
            boolean inside = f.pointer() != null && f.pointer().startsWith(pointer + "/");
            if (!inside && f.severity() == Severity.WARNING
                    && f.found().equals(vn.tdkt.check.FindingCollector.NOT_STATED)) {
                assertThat(after.worst(f.ruleId())).as("%s (%s) after %s is no longer stated", f.ruleId(),
                        f.message().en(), pointer).isIn(Severity.WARNING, Severity.VIOLATION);
            }
        }
    }

    /** Whether the plan states both groups' counts and a total they do not add up to. */
    private static boolean countsLeaveOthers(Plan plan) {
        var d = plan.delegation();
        return d != null && d.total() != null && d.exemplarCount() != null && d.guestCount() != null
                && d.exemplarCount() + d.guestCount() != d.total();
    }

    /** The JSON Pointers of the plan's stated facts: every non-null leaf, and every list, quotes aside. */
    private static List<String> statedFacts(Plan plan) {
        List<String> pointers = new ArrayList<>();
        collect(PlanJson.mapper().valueToTree(plan), "", pointers);
        return pointers;
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, String at, List<String> pointers) {
        if (at.equals("/quotes") || node.isNull()) {
            return;
        }
        if (!at.isEmpty() && !node.isObject()) {
            pointers.add(at);
        }
        if (node.isContainerNode()) {
            var names = node.isObject() ? node.fieldNames() : null;
            if (names != null) {
                names.forEachRemaining(n -> collect(node.get(n), at + "/" + n, pointers));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), at + "/" + i, pointers);
                }
            }
        }
    }

    /** The plan with the fact at the pointer not stated (null), or null when the model requires it. */
    private static Plan erase(Plan plan, String pointer) {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) PlanJson.mapper().valueToTree(plan);
        int slash = pointer.lastIndexOf('/');
        var parent = tree.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) parent).putNull(last);
        } else if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).remove(Integer.parseInt(last));
        }
        try {
            return PlanJson.read(tree.toString(), "erased");
        } catch (vn.tdkt.json.PlanFormatException e) {
            return null;
        }
    }

    @Property(tries = 100)
    void findingsAreInCatalogueOrder(@ForAll("plans") Plan plan) {
        List<Finding> findings = check(plan).findings();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        assertThat(findings).isEqualTo(sorted);
    }

    private static Plan withTotal(Plan p, int total) {
        Delegation d = p.delegation();
        return copy(p, p.conference(), new Delegation(total, d.exemplarPercent(), d.guestPercent(), d.priorityGroups(),
                d.publicVetting(), d.balanced(), d.allocation(), d.list()));
    }

    /** The plan with its conference section moved to that day; the timetable is left as it is. */
    private static Plan withConferenceDate(Plan p, LocalDate date) {
        Conference c = p.conference();
        return copy(p, new Conference(c.form(), c.name(), c.edition(), c.term(), date, c.dateQualifier(), c.length(),
                c.venue()), p.delegation());
    }

    /** The plan with the conference on that day, and no other day for it in the timetable. */
    private static Plan withConferenceDate(Plan p, LocalDate date, DateQualifier qualifier) {
        Conference c = p.conference();
        Plan moved = copy(p, new Conference(c.form(), c.name(), c.edition(), c.term(), date, qualifier, c.length(),
                c.venue()), p.delegation());
        if (moved.deadlines() == null) {
            return moved;
        }
        return new Plan(moved.unit(), moved.document(), moved.implementsGuidance(), moved.conference(),
                moved.evaluationPeriod(), moved.delegation(), moved.programme(), moved.activities(),
                moved.reportOutline(), moved.presenterFields(), moved.coversPreMergerAchievements(),
                moved.awardCategories(), moved.deadlines().stream().filter(d -> d.kind() != DeadlineKind.CONFERENCE)
                        .toList(), moved.resultReportContents(), moved.solemnAndEconomical(), moved.quotes());
    }

    private static Plan copy(Plan p, Conference conference, Delegation delegation) {
        return new Plan(p.unit(), p.document(), p.implementsGuidance(), conference, p.evaluationPeriod(), delegation,
                p.programme(), p.activities(), p.reportOutline(), p.presenterFields(),
                p.coversPreMergerAchievements(), p.awardCategories(), p.deadlines(), p.resultReportContents(),
                p.solemnAndEconomical(), p.quotes());
    }

    private static final List<String> RECIPIENTS = java.util.Arrays.asList(null,
            "Hội đồng Thi đua - Khen thưởng thành phố (qua Ban Thi đua - Khen thưởng thành phố)", "UBND thành phố",
            "UBND xã", "Ban Tuyên giáo và Dân vận Thành ủy");

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<LocalDate> augustDays = Arbitraries.integers().between(-20, 40)
                .map(offset -> LocalDate.of(2025, 8, 10).plusDays(offset));
        Arbitrary<Boolean> maybe = Arbitraries.of(true, false).injectNull(0.3);
        return Builders.withBuilder(PlanBuilder::compliantHaiPhong)
                .use(Arbitraries.of(UnitLevel.class)).in((b, v) -> b.with(x -> x.level = v))
                .use(maybe).in((b, v) -> b.with(x -> x.reorganised = v))
                .use(augustDays.injectNull(0.3)).in((b, v) -> b.with(x -> x.planDate = v))
                .use(Arbitraries.of("Hội nghị tuyên dương điển hình tiên tiến", "Hội nghị điển hình tiên tiến",
                        "Đại hội thi đua yêu nước").injectNull(0.2)).in((b, v) -> b.with(x -> x.form = v))
                .use(augustDays.injectNull(0.2)).in((b, v) -> b.with(x -> x.conferenceDate = v))
                .use(Arbitraries.of(DateQualifier.class)).in((b, v) -> b.with(x -> x.conferenceQualifier = v))
                .use(Arbitraries.of(SessionLength.class).injectNull(0.2)).in((b, v) -> b.with(x -> x.length = v))
                .use(Arbitraries.integers().between(0, 400).injectNull(0.2)).in((b, v) -> b.with(x -> x.total = v))
                .use(Arbitraries.integers().between(0, 100).injectNull(0.3)).in((b, v) -> b.with(x -> x.exemplarPercent = v))
                .use(Arbitraries.integers().between(0, 100).injectNull(0.5)).in((b, v) -> b.with(x -> x.guestPercent = v))
                .use(Arbitraries.integers().between(0, 160).injectNull(0.7)).in((b, v) -> b.with(x -> x.exemplarCount = v))
                .use(Arbitraries.integers().between(0, 80).injectNull(0.7)).in((b, v) -> b.with(x -> x.guestCount = v))
                .use(Arbitraries.integers().between(0, 120).list().ofMaxSize(3).map(counts -> {
                    List<Allocation> seats = new ArrayList<>();
                    for (int i = 0; i < counts.size(); i++) {
                        AllocationScope scope = i == 0 ? null : AllocationScope.values()[counts.get(i) % 3];
                        seats.add(new Allocation("Đơn vị " + i, counts.get(i), scope));
                    }
                    return seats;
                }).injectNull(0.6)).in((b, v) -> b.with(x -> x.allocation = v))
                .use(Arbitraries.of(true, false).injectNull(0.4).list().ofMaxSize(6).map(flags -> {
                    List<Delegate> list = new ArrayList<>();
                    for (int i = 0; i < flags.size(); i++) {
                        Boolean flag = flags.get(i);
                        list.add(new Delegate("Đại biểu " + i, DelegateCategory.values()[i % 3], i % 2 == 0 ? "Y tế" : null,
                                flag, flag, i % 2 == 0 ? flag : null, flag, i % 3 == 0 ? null : "Hòa Bình", flag, flag));
                    }
                    return list;
                }).injectNull(0.6)).in((b, v) -> b.with(x -> x.delegates = v))
                .use(Arbitraries.subsetOf(PriorityGroup.values()).map(s -> List.copyOf(s)).injectNull(0.3))
                .in((b, v) -> b.with(x -> x.priorityGroups = v))
                .use(maybe).in((b, v) -> b.with(x -> x.publicVetting = v))
                .use(maybe).in((b, v) -> b.with(x -> x.balanced = v))
                .use(Arbitraries.of(ProgramItemKind.class).list().ofMaxSize(12)
                        .map(kinds -> kinds.stream().map(k -> new ProgramItem(k, k.label(),
                                k == ProgramItemKind.LAUNCH && kinds.size() % 2 == 0 ? new YearRange(2025, 2027) : null))
                                .toList()).injectNull(0.2))
                .in((b, v) -> b.with(x -> x.programme = v))
                .use(Arbitraries.subsetOf(ActivityKind.values())
                        .map(s -> s.stream().map(k -> new Activity(k, null)).toList()).injectNull(0.3))
                .in((b, v) -> b.with(x -> x.activities = v))
                .use(Arbitraries.subsetOf(ReportPart.values()).map(s -> List.copyOf(s)).injectNull(0.3))
                .in((b, v) -> b.with(x -> x.reportOutline = v))
                .use(maybe).in((b, v) -> b.with(x -> x.coversPreMergerAchievements = v))
                .use(Arbitraries.integers().between(2018, 2022).injectNull(0.2))
                .in((b, v) -> b.with(x -> x.evaluationPeriod = v == null ? null : new YearRange(v, v + 5)))
                .use(Arbitraries.of(DeadlineKind.class).list().ofMaxSize(6).flatMap(kinds -> augustDays.list()
                        .ofSize(kinds.size()).map(days -> {
                            List<Deadline> deadlines = new ArrayList<>();
                            for (int i = 0; i < kinds.size(); i++) {
                                deadlines.add(new Deadline(kinds.get(i), i % 4 == 3 ? null : days.get(i),
                                        DateQualifier.values()[i % 3], RECIPIENTS.get((i + days.get(i).getDayOfMonth())
                                        % RECIPIENTS.size()), null));
                            }
                            return deadlines;
                        })).injectNull(0.2))
                .in((b, v) -> b.with(x -> x.deadlines = v))
                .use(Arbitraries.integers().between(0, 12).list().ofMaxSize(4).map(counts -> counts.stream()
                        .map(n -> new AwardCategory("Lĩnh vực " + n, n % 5 == 0 ? null : RecipientKind.values()[n % 4],
                                n % 6 == 0 ? null : n, n % 3 == 0 && n > 0 ? n - 1 : n + 1, n % 2 == 0 ? null : "Tiêu chí",
                                null, null)).toList()).injectNull(0.2))
                .in((b, v) -> b.with(x -> x.awardCategories = v))
                .use(Arbitraries.subsetOf(ResultReportItem.values()).map(s -> List.copyOf(s)).injectNull(0.3))
                .in((b, v) -> b.with(x -> x.resultReportContents = v))
                .use(maybe).in((b, v) -> b.with(x -> x.solemnAndEconomical = v))
                .use(Arbitraries.of("Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ I (2025 - 2030)",
                        "Hội nghị tuyên dương điển hình tiên tiến xã Hòa Bình Lần thứ II (2025-2030)", "")
                        .injectNull(0.2)).in((b, v) -> b.with(x -> x.name = v))
                .use(Arbitraries.integers().between(1, 5).injectNull(0.3)).in((b, v) -> b.with(x -> x.edition = v))
                .build(PlanBuilder::build);
    }
}
