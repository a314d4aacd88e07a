package vn.tdkt.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.EvaluationException;
import vn.tdkt.engine.PackChoice;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Verdict;
import vn.tdkt.finding.Waiver;
import vn.tdkt.finding.Waivers;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.PlanJson;
import vn.tdkt.json.ReportJson;
import vn.tdkt.sarif.SarifWriter;
import vn.tdkt.json.WaiverJson;
import vn.tdkt.model.Plan;

/** {@code tdkt check}: checks plan files and reports the findings as text, JSON or SARIF. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Tdkt.Version.class,
        description = {
                "Checks plan files (JSON) or plan documents (.txt, .docx, .pdf) against a rule pack and reports the findings.",
                "A directory stands for the *.json files under it, in path order. A plan that cannot be read is reported on "
                        + "stderr and the others are still checked."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no plan has a violation",
                "1:at least one plan has a violation",
                "2:bad input or usage: a plan that cannot be read (the error names file:line:column and the field), "
                        + "an unknown pack, a bad option; the plans that could be read are still reported",
                "3:internal error (run with --verbose for the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tdkt check examples/plans/hai-phong/",
                "  tdkt check --lang en plan.json",
                "  tdkt check --format sarif --output findings.sarif examples/plans/hai-phong/"})
final class CheckCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Tdkt tdkt;

    @Option(names = {"-p", "--pack"}, paramLabel = "ID",
            description = "The rule pack to check with (see `tdkt packs`). Default: the pack of the plan's province "
                    + "and of the guidance it implements; the choice is noted on stderr.")
    String pack;

    @picocli.CommandLine.Mixin
    PacksDirOption packsDir;

    @Option(names = "--explain",
            description = "Show, for each finding, the plan's fact and the pack's parameter values (with the day they "
                    + "hold from and their clause) it was decided on; in JSON, an \"explanation\" field.")
    boolean explain;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DayConverter.class,
            description = "Judge every plan with the parameter values in force on this day (2025-08-25 or 25/8/2025). "
                    + "Default: the plan's own date, or today for an undated plan.")
    LocalDate asOf;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers to apply (JSON: {\"waivers\": [{ruleId, unit, documentNumber, approvedBy: {number, "
                    + "date, signer}, expires}]}). A waived finding stays in the report, marked, and no longer counts "
                    + "toward the verdict or the exit code; an expired or unmatched waiver does nothing, and the "
                    + "report says so. A waiver's expiry is judged as of --as-of when given, else today.")
    Path waiversFile;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Language of the text report, of the notes and of SARIF's messages (JSON reports carry "
                    + "both languages): ${COMPLETION-CANDIDATES}. "
                    + "Default: vi when the system's language is Vietnamese, else en.")
    TextReport.Lang lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout (UTF-8).")
    Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plan files (JSON), plan documents (.txt, .docx, "
            + ".pdf: read by the importer, findings quote their lines), directories of JSON plan files, or '-' for a "
            + "plan (JSON) on standard input.")
    List<Path> files;

    /** Whether the report would be written over this plan (the same file, however named). */
    private boolean writesOver(Path file) {
        try {
            return Files.exists(file) && Files.exists(output) && Files.isSameFile(file, output);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Integer call() {
        Tdkt.configureLogging(tdkt.verbose);
        PrintWriter err = spec.commandLine().getErr();
        Errors errors = new Errors(err, tdkt.verbose, language() == TextReport.Lang.vi);
        try {
            return check(errors);
        } catch (RuntimeException e) {
            errors.report("internal error: " + e, e, true);
            return Tdkt.INTERNAL_ERROR;
        } finally {
            err.flush();
        }
    }

    private int check(Errors errors) {
        if (output != null) {
            for (Path file : files) {
                if (writesOver(file)) {
                    errors.report("--output " + output + " is one of the plans to check: it would be overwritten",
                            null, false);
                    return Tdkt.BAD_INPUT;
                }
            }
        }
        List<PackInfo> known;
        vn.tdkt.engine.Packs packs;
        try {
            packs = packsDir.packs();
            known = packs.list();
        } catch (PackException e) {
            errors.report("cannot list the rule packs: " + e.getMessage(), e, false);
            return Tdkt.BAD_INPUT;
        }
        if (pack != null && known.stream().noneMatch(p -> p.id().equals(pack))) {
            errors.report("unknown pack '" + pack + "'; the known packs are: "
                    + (known.isEmpty() ? "none" : String.join(", ", known.stream().map(PackInfo::id).toList())), null,
                    false);
            return Tdkt.BAD_INPUT;
        }

        Waivers waivers = null;
        if (waiversFile != null) {
            try {
                waivers = Waivers.of(WaiverJson.read(waiversFile), asOf != null ? asOf : LocalDate.now());
            } catch (PlanFormatException e) {
                errors.report(e.getMessage(), e, false);
                return Tdkt.BAD_INPUT;
            }
        }

        PackChooser chooser = new PackChooser(pack, packs);
        Map<String, ComplianceEngine> engines = new LinkedHashMap<>();
        List<Report> reports = new ArrayList<>();
        List<SarifWriter.Notice> notices = new ArrayList<>();
        Map<String, Path> sources = new HashMap<>();

        for (Path file : PlanFiles.expand(files, problem -> {
            errors.report(problem, null, false);
            notices.add(new SarifWriter.Notice(null, 0, 0, problem));
        })) {
            String source = file.normalize().toString();
            try {
                Plan plan = PlanFiles.read(file);
                PackChoice choice = chooser.packFor(plan);
                ComplianceEngine engine = engines.get(choice.packId());
                if (engine == null) {
                    engine = packs.engine(choice.packId()).asOf(asOf);
                    if (explain) {
                        engine = engine.withExplanations();
                    }
                    engines.put(choice.packId(), engine);
                }
                if (pack == null) {
                    errors.note(language() == TextReport.Lang.vi
                            ? source + ": kiểm tra bằng bộ quy tắc " + choice.packId() + " (" + choice.reasonVi() + ")"
                            : source + ": checked with pack " + choice.packId() + " (" + choice.reason() + ")");
                }
                Report report = engine.evaluate(plan, source);
                reports.add(waivers == null ? report : waivers.apply(report));
                sources.put(source, file);
            } catch (PlanFormatException e) {
                errors.report(e.getMessage(), e, false);
                notices.add(SarifWriter.Notice.of(e));
            } catch (PackException | EvaluationException e) {
                errors.report(source + ": " + e.getMessage(), e, false);
                notices.add(new SarifWriter.Notice(source, 0, 0, e.getMessage()));
            } catch (RuntimeException e) {
                errors.report(source + ": internal error: " + e, e, true);
                notices.add(new SarifWriter.Notice(source, 0, 0, "internal error: " + e));
            }
        }

        if (waivers != null) {
            for (Waiver unmatched : waivers.unmatched(reports)) {
                errors.note("waiver " + unmatched + " names no plan checked: not applied");
            }
        }
        try {
            render(reports, notices, engines, sources);
        } catch (IOException e) {
            errors.report("cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage(), e, false);
            return Tdkt.BAD_INPUT;
        }
        if (errors.internal()) {
            return Tdkt.INTERNAL_ERROR;
        }
        if (errors.count() > 0) {
            return Tdkt.BAD_INPUT;
        }
        boolean violations = reports.stream().anyMatch(r -> r.verdict() == Verdict.REJECT);
        return violations ? Tdkt.VIOLATIONS : Tdkt.OK;
    }

    private void render(List<Report> reports, List<SarifWriter.Notice> notices, Map<String, ComplianceEngine> engines,
                        Map<String, Path> sources) throws IOException {
        boolean toStdout = output == null;
        StringWriter buffer = new StringWriter();
        switch (format) {
            case text -> {
                boolean colour = toStdout && System.console() != null && System.getenv("NO_COLOR") == null;
                new TextReport(language(), terminalWidth(), colour).write(reports, new PrintWriter(buffer));
            }
            case json -> ReportJson.write(reports, buffer);
            case sarif -> {
                List<PackInfo> packs = engines.values().stream().map(ComplianceEngine::pack).toList();
                new SarifWriter(Tdkt.version(), Tdkt.informationUri(), packs)
                        .withLocator(new PointerLocator(sources))
                        .inVietnamese(language() == TextReport.Lang.vi)
                        .write(reports, notices, buffer);
            }
        }
        if (toStdout) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer);
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                writer.write(buffer.toString());
            }
        }
    }

    /** The default pack for a plan of another province still checks it, but the user should know. */
    private TextReport.Lang language() {
        if (lang != null) {
            return lang;
        }
        return "vi".equals(Locale.getDefault().getLanguage()) ? TextReport.Lang.vi : TextReport.Lang.en;
    }

    /** $COLUMNS when the shell exports it, else 100; kept between 60 and 160. */
    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(60, Math.min(160, Integer.parseInt(columns.strip())));
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return 100;
    }

    /** Errors for the user on stderr: one line each, "tdkt: ..."; the stack trace only with --verbose. */
    static final class Errors {
        private final PrintWriter err;
        private final boolean verbose;
        private final boolean vietnamese;
        private int count;
        private boolean internal;

        Errors(PrintWriter err, boolean verbose) {
            this(err, verbose, false);
        }

        /** Errors and notes, the notes headed in the report's language. */
        Errors(PrintWriter err, boolean verbose, boolean vietnamese) {
            this.err = err;
            this.verbose = verbose;
            this.vietnamese = vietnamese;
        }

        void report(String message, Throwable cause, boolean internalError) {
            count++;
            internal |= internalError;
            err.println("tdkt: " + message);
            if (cause != null && verbose) {
                cause.printStackTrace(err);
            } else if (internalError) {
                err.println("tdkt: run with --verbose for the stack trace");
            }
            err.flush();
        }

        /** A note that is not an error: it does not change the exit code. */
        void note(String message) {
            err.println((vietnamese ? "tdkt: ghi chú: " : "tdkt: note: ") + message);
            err.flush();
        }

        int count() {
            return count;
        }

        boolean internal() {
            return internal;
        }
    }
}
