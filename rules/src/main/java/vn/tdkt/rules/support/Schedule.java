package vn.tdkt.rules.support;

import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Plan;

/** Where a plan dates its steps: the conference section or the timetable of deadlines. */
public final class Schedule {
    private Schedule() {}

    /** The conference's day or "trước ngày" commitment, from the conference section or else the timetable; null if neither. */
    public static DatedStep conference(Plan plan) {
        if (plan.conference().date() != null) {
            return new DatedStep(plan.conference().date(), plan.conference().dateQualifier(), "/conference/date");
        }
        return step(plan, DeadlineKind.CONFERENCE);
    }

    /** The first dated step of the kind; null when there is none. */
    public static DatedStep step(Plan plan, DeadlineKind kind) {
        if (plan.deadlines() == null) {
            return null;
        }
        for (int i = 0; i < plan.deadlines().size(); i++) {
            Deadline deadline = plan.deadlines().get(i);
            if (deadline.kind() == kind && deadline.date() != null) {
                return new DatedStep(deadline.date(), deadline.qualifier(), "/deadlines/" + i + "/date");
            }
        }
        return null;
    }

    /** Whether the plan has the step at all, dated or not. */
    public static boolean hasStep(Plan plan, DeadlineKind kind) {
        return plan.deadline(kind) != null;
    }

    /** The pointer of the first step of the kind ("/deadlines/2"), or null. */
    public static String pointer(Plan plan, DeadlineKind kind) {
        Deadline step = plan.deadline(kind);
        return step == null ? null : "/deadlines/" + plan.deadlines().indexOf(step);
    }

    /** The plan's own date as a step: a plan dated after a deadline cannot have been sent before it. */
    public static DatedStep planDate(Plan plan) {
        return plan.document().date() == null ? null
                : new DatedStep(plan.document().date(), DateQualifier.ON, "/document/date");
    }

    /** The dates that bound when the plan was sent: its own date and its submission step, those that are known. */
    public static java.util.List<DatedStep> planSentSteps(Plan plan) {
        java.util.List<DatedStep> steps = new java.util.ArrayList<>(2);
        DatedStep signed = planDate(plan);
        DatedStep sent = step(plan, DeadlineKind.PLAN_SUBMISSION);
        if (signed != null) {
            steps.add(signed);
        }
        if (sent != null) {
            steps.add(sent);
        }
        return steps;
    }

    public static String deadline(java.time.LocalDate day) {
        return Timing.describe(day, DateQualifier.BEFORE);
    }
}
