package vn.tdkt.batch;

import java.util.Objects;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;

/**
 * What became of one input: a report, or a rejection saying why there is none. Results reach the sinks in input order;
 * {@link #sequence()} is the input's 0-based position.
 */
public sealed interface BatchResult {

    /** The input's 0-based position in the batch. */
    long sequence();

    /** Where the input came from (a file, or an NDJSON file with {@link #line()}). */
    String source();

    /** The NDJSON line, or 0 for a file. */
    long line();

    /** The input was checked. */
    record Evaluated(long sequence, String source, long line, Report report) implements BatchResult {
        public Evaluated {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * The input was not checked; the rejection says why.
     *
     * @param plan who the plan is about, when it could be read (no pack covers it, or checking it failed); else null
     */
    record Rejected(long sequence, Rejection rejection, PlanIdentity plan) implements BatchResult {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        public Rejected(long sequence, Rejection rejection) {
            this(sequence, rejection, null);
        }

        @Override
        public String source() {
            return rejection.source();
        }

        @Override
        public long line() {
            return rejection.line();
        }
    }
}
