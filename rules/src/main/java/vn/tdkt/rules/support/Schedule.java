package vn.tdkt.rules.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Plan;

/**
 * Where a plan dates its steps: the conference section and the timetable of deadlines. Every step counts: a plan that
 * names a step twice (a second report of results, a second conference date) is held to the deadline on each.
 */
public final class Schedule {
    private Schedule() {}

    /** The conference's days and "trước ngày" commitments: the conference section's, then the timetable's. */
    public static List<DatedStep> conference(Plan plan) {
        List<DatedStep> steps = new ArrayList<>(2);
        if (plan.conference().date() != null) {
            steps.add(new DatedStep(plan.conference().date(), plan.conference().dateQualifier(), "/conference/date"));
        }
        steps.addAll(steps(plan, DeadlineKind.CONFERENCE));
        return steps;
    }

    /** Every dated step of the kind, in the plan's order. */
    public static List<DatedStep> steps(Plan plan, DeadlineKind kind) {
        List<DatedStep> steps = new ArrayList<>(2);
        if (plan.deadlines() != null) {
            for (int i = 0; i < plan.deadlines().size(); i++) {
                Deadline deadline = plan.deadlines().get(i);
                if (deadline.kind() == kind && deadline.date() != null) {
                    steps.add(new DatedStep(deadline.date(), deadline.qualifier(), "/deadlines/" + i + "/date",
                            deadline.recipient()));
                }
            }
        }
        return steps;
    }

    /** Whether the plan has the step at all, dated or not. */
    public static boolean hasStep(Plan plan, DeadlineKind kind) {
        return plan.deadline(kind) != null;
    }

    /** The pointers of the steps of the kind that have no date. */
    public static List<String> undated(Plan plan, DeadlineKind kind) {
        List<String> pointers = new ArrayList<>(1);
        if (plan.deadlines() != null) {
            for (int i = 0; i < plan.deadlines().size(); i++) {
                Deadline deadline = plan.deadlines().get(i);
                if (deadline.kind() == kind && deadline.date() == null) {
                    pointers.add("/deadlines/" + i + "/date");
                }
            }
        }
        return pointers;
    }

    /** The dates that bound when the plan was sent: its own date and every submission step, those that are known. */
    public static List<DatedStep> planSentSteps(Plan plan) {
        List<DatedStep> steps = new ArrayList<>(2);
        if (plan.document().date() != null) {
            steps.add(new DatedStep(plan.document().date(), DateQualifier.ON, "/document/date"));
        }
        steps.addAll(steps(plan, DeadlineKind.PLAN_SUBMISSION));
        return steps;
    }

    /** The guidance's deadline "trước ngày D" as findings show it. */
    public static DatedStep deadline(LocalDate day) {
        return DatedStep.before(day);
    }
}
