package vn.tdkt.batch;

import java.nio.file.Path;
import java.util.Objects;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * One input of a batch: a plan file, a line of an NDJSON file, a plan already in memory, or something that could not
 * even be read as text (a directory that cannot be listed, an over-long line). Inputs are cheap to hold: a file input
 * is only its path, and is read by the worker thread that checks it.
 */
public sealed interface BatchInput {

    /** Where the input comes from: the file name, or the NDJSON file name ("-" for standard input). */
    String source();

    /** The 1-based line of the NDJSON file, or 0 for an input that is a whole file. */
    long line();

    /** The plan; throws {@link vn.tdkt.json.PlanFormatException} naming the field, line and column when it cannot be read. */
    Plan read();

    /** The name reports carry: the source, with the NDJSON line when there is one ("plans.ndjson:17"). */
    default String label() {
        return line() > 0 ? source() + ":" + line() : source();
    }

    /** A plan file (JSON). */
    static BatchInput file(Path file) {
        return new PlanFile(file, PlanJson::read);
    }

    /**
     * A plan document (a Word, PDF or text plan), read by the given reader on the worker that checks it; the reader
     * throws {@link vn.tdkt.json.PlanFormatException} with its reason when the document cannot be read as a plan.
     */
    static BatchInput document(Path file, java.util.function.Function<Path, Plan> reader) {
        return new PlanFile(file, reader);
    }

    /** One line of an NDJSON stream, holding one plan. */
    static BatchInput line(String source, long line, String json) {
        return new JsonLine(source, line, json);
    }

    /** A plan already in memory (a generated plan, a plan a host built). */
    static BatchInput plan(Plan plan, String source) {
        return new GivenPlan(plan, source);
    }

    /** An input that could not be read at all; it becomes a rejection with this reason. */
    static BatchInput unreadable(String source, long line, String reason) {
        return new Unreadable(source, line, reason);
    }

    /** A plan's file, read on the worker that checks it: JSON by {@link PlanJson}, a document by the importer. */
    record PlanFile(Path path, java.util.function.Function<Path, Plan> reader) implements BatchInput {
        public PlanFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reader, "reader");
        }

        @Override
        public String source() {
            return path.toString();
        }

        @Override
        public long line() {
            return 0;
        }

        @Override
        public Plan read() {
            return reader.apply(path);
        }
    }

    /** A line of an NDJSON stream. */
    record JsonLine(String source, long line, String json) implements BatchInput {
        public JsonLine {
            Objects.requireNonNull(json, "json");
            if (line < 1) {
                throw new IllegalArgumentException("line must be 1 or more (was " + line + ")");
            }
        }

        @Override
        public Plan read() {
            return PlanJson.read(json, source);
        }
    }

    /** A plan in memory. */
    record GivenPlan(Plan plan, String source) implements BatchInput {
        public GivenPlan {
            Objects.requireNonNull(plan, "plan");
        }

        @Override
        public long line() {
            return 0;
        }

        @Override
        public Plan read() {
            return plan;
        }
    }

    /** Something that was meant to be an input but could not be read. */
    record Unreadable(String source, long line, String reason) implements BatchInput {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Plan read() {
            throw new vn.tdkt.json.PlanFormatException(source, null, 0, 0, reason, null);
        }
    }
}
