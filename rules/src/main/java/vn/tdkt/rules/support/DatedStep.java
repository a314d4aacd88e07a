package vn.tdkt.rules.support;

import java.time.LocalDate;
import vn.tdkt.model.DateQualifier;

/** A dated step of the plan and where it stands in the plan document. */
public record DatedStep(LocalDate date, DateQualifier qualifier, String pointer) {

    public Timing timing(LocalDate deadline, String reading) {
        return Timing.of(date, qualifier, deadline, reading);
    }

    /** As the plan words it: "trước ngày 25/08/2025". */
    public String describe() {
        return Timing.describe(date, qualifier);
    }
}
