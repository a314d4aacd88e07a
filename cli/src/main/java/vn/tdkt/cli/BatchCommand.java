package vn.tdkt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.tdkt.batch.BatchException;
import vn.tdkt.batch.BatchInput;
import vn.tdkt.batch.BatchInputs;
import vn.tdkt.batch.BatchRunner;
import vn.tdkt.batch.BatchSummary;
import vn.tdkt.batch.CsvSummarySink;
import vn.tdkt.batch.HtmlReportSink;
import vn.tdkt.batch.NdjsonSink;
import vn.tdkt.batch.PackLookup;
import vn.tdkt.batch.Rejection;
import vn.tdkt.batch.SarifSink;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.Verdict;
import vn.tdkt.importer.PlanImporter;

/** {@code tdkt batch}: checks every plan of a directory or an NDJSON stream, on all cores, and writes the outputs. */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = Tdkt.Version.class,
        sortOptions = false,
        description = {
                "Checks every plan of a directory (its *.json files and its .docx, .pdf and .txt plan documents, "
                        + "in path order) or of an NDJSON stream (one plan per line; '-' for stdin), in parallel, and "
                        + "writes the results in input order. Documents are read by the importer on the workers.",
                "Every input ends as a report or as a rejection with its reason (file, line and column, field; for a "
                        + "document, why the importer refused it): the "
                        + "summary states inputs = evaluated + rejected. A plan that cannot be read, or that no "
                        + "pack covers, is a rejection and does not stop the run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the run completed and no plan has a violation (rejected inputs do not change this)",
                "1:the run completed and at least one plan has a violation",
                "2:the run itself could not proceed: no such input, an unknown pack, an output that cannot be written, "
                        + "an input stream that fails part way (outputs stay valid up to their last record)",
                "3:internal error (run with --verbose for the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tdkt generate --province \"Hải Phòng\" --format files --output plans/",
                "  tdkt batch --pack hai-phong --html hai-phong.html --csv hai-phong.csv plans/hai-phong",
                "  tdkt generate --output country.ndjson && tdkt batch --ndjson reports.ndjson country.ndjson",
                "  cat plans.ndjson | tdkt batch --ndjson - - | jq -c 'select(.rejected)'"})
final class BatchCommand implements Callable<Integer> {
    /** The inputs --html and --sarif hold at most: they keep every report until the run ends. */
    static final int MAX_HELD = 20_000;
    static final String MAX_HELD_TEXT = "20,000";

    @Spec
    CommandSpec spec;

    @ParentCommand
    Tdkt tdkt;

    @Option(names = {"-p", "--pack"}, paramLabel = "ID",
            description = "Check every plan with this pack (see `tdkt packs`). Default: each plan with the pack of "
                    + "its province and guidance; a plan that no pack covers is rejected with that reason.")
    String pack;

    @picocli.CommandLine.Mixin
    PacksDirOption packsDir;

    /** The packs of this run, read once when it starts. */
    private vn.tdkt.engine.Packs runPacks;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads. Default: the available processors.")
    Integer threads;

    @Option(names = "--ndjson", paramLabel = "FILE",
            description = "Write one JSON line per input: a report (the fields of `check --format json`) or "
                    + "{\"rejected\": {...}}. '-' for stdout.")
    String ndjson;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write a CSV summary: one row per input (unit, province, verdict, counts by severity, rule "
                    + "ids, or the reason of a rejection). '-' for stdout.")
    String csv;

    @Option(names = "--sarif", paramLabel = "FILE",
            description = "Write a SARIF 2.1.0 log when the run ends (rejections as notifications). Holds every "
                    + "report until the run ends: at most " + MAX_HELD_TEXT + " inputs (see --html).")
    Path sarif;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write an HTML report for officials when the run ends: communes × rules coloured by "
                    + "severity, totals per rule, the worst first, each plan's findings. Holds every report until "
                    + "the run ends, so --html and --sarif take at most " + MAX_HELD_TEXT + " inputs (some 110 MB; "
                    + "37,523 exhausted a heap of 256 MB): a larger run is refused before it starts, and one from "
                    + "stdin stops at the next input with exit 2, its --ndjson and --csv whole to that point. "
                    + "--ndjson and --csv have no such limit.")
    Path html;

    @Option(names = "--province", paramLabel = "NAME",
            description = "Show only this province's plans in the HTML report (\"Hải Phòng\" or \"hai phong\"). "
                    + "Default: every plan evaluated.")
    String province;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "A directory of plan files, an NDJSON file (*.ndjson, *.jsonl), a plan file (*.json), or "
                    + "'-' for NDJSON on stdin.")
    List<String> inputs;

    /**
     * SIGTERM or Ctrl-C from the start of the command: before the run is under way, a summary of nothing read; once it
     * is, the runner is cancelled and the hook waits for the outputs to be written whole and the summary printed.
     */
    private final Object interruptLock = new Object();
    private boolean terminating;
    private BatchRunner started;
    private CountDownLatch finished;

    private void onTerminate(PrintWriter out) {
        BatchRunner runner;
        CountDownLatch done;
        synchronized (interruptLock) {
            terminating = true;
            runner = started;
            done = finished;
        }
        if (runner == null) {
            out.println("tdkt batch: 0 inputs = 0 evaluated + 0 rejected (interrupted before the run started: no "
                    + "input was read)");
            out.flush();
            return;
        }
        runner.cancel();
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Integer call() {
        Tdkt.configureLogging(tdkt.verbose);
        PrintWriter err = spec.commandLine().getErr();
        boolean stdoutTaken = "-".equals(ndjson) || "-".equals(csv);
        PrintWriter summaryOut = stdoutTaken ? err : spec.commandLine().getOut();
        Thread onInterrupt = new Thread(() -> onTerminate(summaryOut), "tdkt-batch-interrupt");
        boolean hooked = addShutdownHook(onInterrupt);
        try {
            return run(err);
        } catch (RuntimeException e) {
            err.println("tdkt: internal error: " + e);
            if (tdkt.verbose) {
                e.printStackTrace(err);
            } else {
                err.println("tdkt: run with --verbose for the stack trace");
            }
            return Tdkt.INTERNAL_ERROR;
        } finally {
            err.flush();
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is running
                }
            }
        }
    }

    private int run(PrintWriter err) {
        boolean stdoutTaken = "-".equals(ndjson) || "-".equals(csv);
        PrintWriter out = stdoutTaken ? err : spec.commandLine().getOut();

        if ("-".equals(ndjson) && "-".equals(csv)) {
            return usage(err, "--ndjson and --csv cannot both write to stdout");
        }
        if (province != null && html == null) {
            return usage(err, "--province chooses the plans of the HTML report: add --html FILE");
        }
        long stdinArguments = inputs.stream().filter("-"::equals).count();
        if (stdinArguments > 1) {
            return usage(err, "standard input ('-') can be read once only");
        }
        long known = 0;
        for (String input : inputs) {
            if ("-".equals(input)) {
                known = -1;
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                if (!BatchInputs.hasPlanFiles(path, PlanImporter::supports)) {
                    return usage(err, input + ": the directory has no *.json plan files nor .docx, .pdf or .txt plan documents");
                }
                if (known >= 0) {
                    try (Stream<BatchInput> files = documents(path)) {
                        known += files.count();
                    }
                }
            } else if (Files.isRegularFile(path)) {
                if (isNdjson(path)) {
                    known = -1;
                } else if (known >= 0) {
                    known++;
                }
            } else {
                return usage(err, input + ": no such file or directory");
            }
        }

        String clash = outputClash();
        if (clash != null) {
            return usage(err, clash);
        }
        if (html != null || sarif != null) {
            long held = heldInputs();
            if (held > MAX_HELD) {
                return usage(err, String.format(Locale.ROOT, "%s holds every report until the run ends: at most %,d "
                        + "inputs, and this run has more; check it with --ndjson or --csv only, or split it",
                        html != null ? "--html" : "--sarif", MAX_HELD));
            }
        }

        BatchRunner.Builder builder = BatchRunner.builder();
        if (threads != null) {
            if (threads < 1) {
                return usage(err, "--threads must be 1 or more (was " + threads + ")");
            }
            builder.threads(threads);
        }
        List<AutoCloseable> opened = new ArrayList<>();
        BatchRunner runner;
        try {
            runPacks = packsDir.packs();
            builder.packs(runPacks);
            if (pack != null) {
                builder.pack(pack);
            }
            PackLookup packs = PackLookup.of(runPacks);
            if (html != null || sarif != null) {
                builder.sink(new HeldLimit()); // first: an input over the limit reaches no output
            }
            if (ndjson != null) {
                builder.sink(track(opened, "-".equals(ndjson) ? NdjsonSink.to(System.out) : NdjsonSink.to(Path.of(ndjson))));
            }
            if (csv != null) {
                builder.sink(track(opened, "-".equals(csv) ? CsvSummarySink.to(System.out) : CsvSummarySink.to(Path.of(csv))));
            }
            if (sarif != null) {
                builder.sink(new SarifSink(sarif, Tdkt.version(), Tdkt.informationUri(), packs));
            }
            if (html != null) {
                builder.sink(new HtmlReportSink(html, province, packs, LocalDate.now()));
            }
            if (System.console() != null) {
                builder.sink(new ProgressBar(err, known));
            }
            runner = builder.build();
        } catch (PackException e) {
            closeAll(opened);
            return usage(err, e.getMessage());
        } catch (IOException e) {
            closeAll(opened);
            err.println("tdkt: cannot open an output: " + e.getMessage());
            return Tdkt.BAD_INPUT;
        }

        // SIGTERM, Ctrl-C: stop taking inputs, finish those taken, and let the outputs be written whole.
        CountDownLatch finished = new CountDownLatch(1);
        synchronized (interruptLock) {
            if (terminating) {
                // Signalled while the outputs were opened: the summary of nothing read is printed.
                closeAll(opened);
                return Tdkt.BAD_INPUT;
            }
            this.finished = finished;
            this.started = runner;
        }
        try {
            BatchSummary summary;
            try {
                summary = runner.run(inputStream());
            } catch (BatchException e) {
                if (e.summary() != null) {
                    print(out, e.summary());
                }
                err.println("tdkt: the run could not proceed: " + e.getMessage());
                if (tdkt.verbose) {
                    e.printStackTrace(err);
                }
                return Tdkt.BAD_INPUT;
            }
            print(out, summary);
            return summary.hasViolations() ? Tdkt.VIOLATIONS : Tdkt.OK;
        } finally {
            out.flush();
            finished.countDown();
        }
    }

    /** Stops a run from stdin at the input that --html and --sarif could not hold. */
    private final class HeldLimit implements vn.tdkt.batch.BatchSink {
        private long count;

        @Override
        public void accept(vn.tdkt.batch.BatchResult result) throws IOException {
            if (++count > MAX_HELD) {
                throw new IOException(String.format(Locale.ROOT, "%s holds at most %,d inputs: the run stopped there; "
                        + "check larger runs with --ndjson or --csv only", html != null ? "--html" : "--sarif", MAX_HELD));
            }
        }
    }

    /**
     * How many inputs the run has, as far as can be known before it: the plan files of its directories and its files,
     * the non-blank lines of its NDJSON files; stdin is not counted (the run stops at the limit instead).
     */
    private long heldInputs() {
        long held = 0;
        for (String input : inputs) {
            if ("-".equals(input)) {
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<BatchInput> files = documents(path)) {
                    held += files.count();
                }
            } else if (isNdjson(path)) {
                held += nonBlankLines(path);
            } else {
                held++;
            }
            if (held > MAX_HELD) {
                break;
            }
        }
        return held;
    }

    private static long nonBlankLines(Path file) {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[64 * 1024];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        content = true;
                    }
                }
                if (lines > MAX_HELD) {
                    break;
                }
            }
        } catch (IOException e) {
            return 0; // the run reports the file it cannot read
        }
        return lines + (content ? 1 : 0);
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> opened, T sink) {
        opened.add(sink);
        return sink;
    }

    private static void closeAll(List<AutoCloseable> opened) {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                // already failing: the first error is the one reported
            }
        }
    }

    /** The inputs of all arguments, one after the other, each opened when the run reaches it. */
    private Stream<BatchInput> inputStream() {
        List<Supplier<Stream<BatchInput>>> parts = new ArrayList<>();
        for (String input : inputs) {
            parts.add(() -> open(input));
        }
        return BatchInputs.concat(parts);
    }

    private static Stream<BatchInput> open(String input) {
        if ("-".equals(input)) {
            return BatchInputs.ndjson(System.in, BatchInputs.STDIN);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return documents(path);
        }
        if (isNdjson(path)) {
            try {
                return BatchInputs.ndjson(path);
            } catch (IOException e) {
                return Stream.of(BatchInput.unreadable(input, 0, "cannot open the file: " + e.getMessage()));
            }
        }
        if (PlanImporter.supports(path)) {
            return Stream.of(BatchInput.document(path, PlanFiles::read));
        }
        return Stream.of(BatchInput.file(path));
    }

    /**
     * A directory's plans: its JSON files, and its plan documents (.docx, .pdf, .txt) read by the importer on the
     * worker that checks them; a document the importer refuses is a rejection with the importer's reason.
     */
    private static Stream<BatchInput> documents(Path directory) {
        return BatchInputs.directory(directory, PlanImporter::supports, PlanFiles::read);
    }

    private static boolean isNdjson(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".json");
    }

    /**
     * Why an output may not be written where it is asked for, or null: said before the run, not after it. An output
     * that is one of the inputs would be emptied before it is read; one inside a directory the batch reads, of a kind
     * it reads, would be read back as a plan; a directory, or a file or directory the run may not write, would fail
     * only once every plan was checked.
     */
    private String outputClash() {
        List<String[]> outputs = new ArrayList<>();
        for (String[] output : new String[][] {{"--ndjson", ndjson}, {"--csv", csv},
            {"--sarif", sarif == null ? null : sarif.toString()}, {"--html", html == null ? null : html.toString()}}) {
            if (output[1] != null && !"-".equals(output[1])) {
                outputs.add(output);
            }
        }
        for (String[] output : outputs) {
            String unwritable = unwritable(Path.of(output[1]));
            if (unwritable != null) {
                return output[0] + " " + output[1] + ": " + unwritable;
            }
        }
        for (String input : inputs) {
            if ("-".equals(input)) {
                continue;
            }
            Path in = Path.of(input);
            for (String[] output : outputs) {
                Path out = Path.of(output[1]);
                if (sameFile(in, out)) {
                    return output[0] + " " + output[1] + " is an input of the run: it would be emptied before it is read";
                }
                if (Files.isDirectory(in) && out.toAbsolutePath().normalize().startsWith(in.toAbsolutePath().normalize())
                        && (out.toString().endsWith(".json") || PlanImporter.supports(out))) {
                    return output[0] + " " + output[1] + " lies in the input directory " + input
                            + ", where the run would read it back as a plan";
                }
            }
        }
        return null;
    }

    /** Why the run could not write this file, or null. */
    private static String unwritable(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "cannot be written (permission denied)";
        }
        Path directory = file.toAbsolutePath().getParent();
        while (directory != null && !Files.exists(directory)) {
            directory = directory.getParent(); // the run creates the missing ones
        }
        if (directory != null && (!Files.isDirectory(directory) || !Files.isWritable(directory))) {
            return "cannot be written: " + directory + (Files.isDirectory(directory) ? " is not writable"
                    : " is not a directory");
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private int usage(PrintWriter err, String message) {
        err.println("tdkt: " + message);
        err.println("Try 'tdkt batch --help' for more information.");
        return Tdkt.BAD_INPUT;
    }

    /** The summary: the counts that add up, the verdicts, the rules, and every rejected input with its reason. */
    void print(PrintWriter terminal, BatchSummary s) {
        // the summary names inputs and quotes reasons: their control characters are shown, never obeyed
        PrintWriter out = new PrintWriter(new VisibleWriter(terminal));
        out.printf(Locale.ROOT, "tdkt batch: %,d inputs = %,d evaluated + %,d rejected%s, in %.1f s on %d thread%s%n",
                s.inputs(), s.evaluated(), s.rejected(), s.interrupted() ? " (interrupted: not every input was read)" : "",
                s.elapsed().toMillis() / 1000.0, s.threads(), s.threads() == 1 ? "" : "s");
        if (s.evaluated() > 0) {
            out.printf(Locale.ROOT, "Verdicts: %,d REJECT (a violation), %,d REVIEW (warnings only), %,d ACCEPT%n",
                    s.verdict(Verdict.REJECT), s.verdict(Verdict.REVIEW), s.verdict(Verdict.ACCEPT));
            List<String> packs = new ArrayList<>();
            s.packs().forEach((id, n) -> packs.add(String.format(Locale.ROOT, "%s %,d", id, n)));
            out.println("Packs: " + String.join(", ", packs));
            baselines(out, s);
        }
        if (!s.rules().isEmpty()) {
            Map<String, String> titles = titles(s.packs().keySet());
            out.println("Plans by rule (violation / warning / advice):");
            for (BatchSummary.RuleTally rule : s.rules()) {
                out.printf(Locale.ROOT, "  %-6s %6s / %6s / %6s  %s%n", rule.ruleId(), count(rule.violations()),
                        count(rule.warnings()), count(rule.advice()), titles.getOrDefault(rule.ruleId(), ""));
            }
        }
        if (s.rejected() > 0) {
            out.printf(Locale.ROOT, "Rejected inputs (%,d):%n", s.rejected());
            for (Rejection r : s.rejections()) {
                out.println("  " + r.describe());
            }
            for (BatchSummary.RejectionGroup g : s.rejectionGroups()) {
                String sources = String.join(", ", g.sources());
                long more = g.count() - g.sources().size();
                out.printf(Locale.ROOT, "  %,d input%s: %s%n    (%s%s)%n", g.count(), g.count() == 1 ? "" : "s",
                        g.reason(), sources, more > 0 ? String.format(Locale.ROOT, " and %,d more", more) : "");
            }
            if (s.packsAre() != null) {
                out.println("  The packs are: " + s.packsAre());
            }
            if (s.unlisted() > 0) {
                out.printf(Locale.ROOT, "  … and %,d more: the --ndjson and --csv outputs list every one%n", s.unlisted());
            }
        }
        List<String> written = new ArrayList<>();
        addOutput(written, ndjson);
        addOutput(written, csv);
        addOutput(written, sarif == null ? null : sarif.toString());
        addOutput(written, html == null ? null : html.toString());
        if (!written.isEmpty()) {
            out.println("Outputs: " + String.join(", ", written));
        }
        out.flush();
    }

    private static void addOutput(List<String> written, String file) {
        if (file != null && !"-".equals(file)) {
            written.add(file);
        }
    }

    private static String count(long n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%,d", n);
    }

    /** The packs of this run; none when the run stopped before reading them (a summary printed on a signal). */
    private PackLookup runLookup() {
        return runPacks == null ? id -> null : PackLookup.of(runPacks);
    }

    /** Says which plans were checked against a baseline rather than their province's own pack, and why. */
    private void baselines(PrintWriter out, BatchSummary s) {
        PackLookup lookup = runLookup();
        s.provincesByPack().forEach((id, provinces) -> {
            PackInfo pack = lookup.descriptor(id);
            if (pack != null && pack.fallback()) {
                out.printf(Locale.ROOT, "Baseline: %,d plans of %d province%s without a pack of their own checked against "
                        + "%s (%s): findings at most warnings%n", s.packs().getOrDefault(id, 0L), provinces.size(),
                        provinces.size() == 1 ? "" : "s", id, pack.guidance().number());
            }
        });
    }

    /** The rules' English titles, from the packs that made the reports. */
    private Map<String, String> titles(Iterable<String> packIds) {
        Map<String, String> titles = new LinkedHashMap<>();
        PackLookup lookup = runLookup();
        for (String id : packIds) {
            PackInfo pack = lookup.descriptor(id); // null for a host's own checker: no titles
            if (pack != null) {
                for (RuleDescription rule : pack.rules().values()) {
                    if (rule.title() != null) {
                        titles.putIfAbsent(rule.id(), rule.title().en());
                    }
                }
            }
        }
        return titles;
    }
}
