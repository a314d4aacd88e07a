package vn.tdkt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.Packs;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.guidance.GuidanceDrafter;
import vn.tdkt.pack.PackLibrary;

/**
 * {@code tdkt pack}: work on a province's pack; {@code tdkt pack draft} drafts one from its guidance document, and
 * {@code tdkt pack test} runs the cases of a directory's packs.
 */
@Command(name = "pack", description = "Work on a province's pack (see docs/adding-a-province.md).",
        subcommands = {PackCommand.Draft.class, PackCommand.Test.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Tdkt tdkt;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Tdkt.BAD_INPUT;
    }

    @Command(name = "draft",
            description = {"Drafts a pack folder from a province's guidance document (.docx, .pdf or .txt): pack.yaml "
                    + "with every parameter read (clause, words, line), the shared checks bound, a README of what was "
                    + "read and what was not, and a cases/ starter. Values that relax the national baseline are left "
                    + "out and flagged. The draft is then loaded as tdkt check --packs-dir loads it."},
            footer = {"", "  tdkt pack draft huong-dan.docx --id quang-ninh --output packs/",
                    "  tdkt check --packs-dir packs/ ke-hoach-xa.docx"})
    static final class Draft implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        PackCommand pack;

        @Parameters(paramLabel = "GUIDANCE", arity = "1", description = "The guidance document: .docx, .pdf or .txt (UTF-8).")
        Path file;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The pack's id (quang-ninh): lower case words joined by '-'.")
        String id;

        @Option(names = "--prefix", paramLabel = "XX", description = "The rule ids' prefix (XX-01 …); by default the initials of the id (QN).")
        String prefix;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day the guidance was signed, when its text leaves the day blank.")
        LocalDate date;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The directory of packs the folder ID is written in (default: the current directory).")
        Path output = Path.of(".");

        @Override
        public Integer call() {
            Tdkt tdkt = pack.tdkt;
            Tdkt.configureLogging(tdkt.verbose);
            CheckCommand.Errors errors = new CheckCommand.Errors(spec.commandLine().getErr(), tdkt.verbose);
            PrintWriter out = spec.commandLine().getOut();
            GuidanceDrafter.Draft draft;
            try {
                draft = GuidanceDrafter.draft(file, new GuidanceDrafter.Options(id, prefix, date,
                        PackLibrary.onClassPath().descriptor("national")));
            } catch (ImportException e) {
                errors.report(e.getMessage(), e, false);
                return Tdkt.BAD_INPUT;
            } catch (IllegalArgumentException e) {
                errors.report(file + ": " + e.getMessage(), e, false);
                return Tdkt.BAD_INPUT;
            } catch (RuntimeException e) {
                errors.report(file + ": internal error: " + e, e, true);
                return Tdkt.INTERNAL_ERROR;
            }
            Path folder = output.resolve(id);
            try {
                if (Files.exists(folder.resolve("pack.yaml"))) {
                    errors.report(folder.resolve("pack.yaml") + ": exists already; draft into another --output", null, false);
                    return Tdkt.BAD_INPUT;
                }
                draft.writeTo(folder);
            } catch (IOException e) {
                errors.report(folder + ": cannot write the draft: " + e.getMessage(), e, false);
                return Tdkt.BAD_INPUT;
            }
            try {
                Packs.onClassPath().withDirectory(output);
            } catch (PackException e) {
                errors.report("the draft does not load: " + e.getMessage(), e, false);
                return Tdkt.BAD_INPUT;
            }
            out.printf("%s: %d parameters read, %d rules bound, %d not found, %d relax the national baseline (left out)%n",
                    folder, draft.kept().size(), draft.rules().size(), draft.notFound().size(), draft.loosened().size());
            out.printf("Review %s against the document, then: tdkt check --packs-dir %s PLAN%n",
                    folder.resolve("README.md"), output);
            out.flush();
            return 0;
        }
    }

    @Command(name = "test",
            description = {"Runs the cases of the packs of a directory (each folder's cases/*.yaml: a base plan, "
                    + "changes, the findings they must and must not bring) on the packs as --packs-dir reads them, "
                    + "and prints each case that fails with the findings it got."},
            footer = {"", "Exit codes:", "  0   every case passes", "  1   a case fails",
                    "  2   the packs or their cases cannot be read (the message names the file)", "",
                    "  tdkt pack test packs/", "  tdkt pack test packs/ quang-ninh"})
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        PackCommand pack;

        @Parameters(index = "0", paramLabel = "DIR", description = "The directory of packs (one folder per pack).")
        Path directory;

        @Parameters(index = "1..*", paramLabel = "ID", description = "Only these packs (default: every pack with cases).")
        java.util.List<String> only = java.util.List.of();

        @Override
        public Integer call() {
            Tdkt.configureLogging(pack.tdkt.verbose);
            CheckCommand.Errors errors = new CheckCommand.Errors(spec.commandLine().getErr(), pack.tdkt.verbose);
            PrintWriter out = spec.commandLine().getOut();
            Packs packs;
            java.util.List<vn.tdkt.cases.PackCases.CaseFile> files;
            try {
                packs = Packs.onClassPath().withDirectory(directory);
                files = vn.tdkt.cases.PackCases.read(directory).stream()
                        .filter(f -> only.isEmpty() || only.contains(f.pack())).toList();
            } catch (PackException e) {
                errors.report(e.getMessage(), e, false);
                return Tdkt.BAD_INPUT;
            }
            if (files.isEmpty()) {
                errors.report(directory + ": no cases (cases/*.yaml in a pack's folder)"
                        + (only.isEmpty() ? "" : " of " + String.join(", ", only)), null, false);
                return Tdkt.BAD_INPUT;
            }
            int passed = 0;
            int failed = 0;
            for (vn.tdkt.cases.PackCases.CaseFile file : files) {
                for (vn.tdkt.cases.PackCases.Result result : vn.tdkt.cases.PackCases.run(file, packs.engine(file.pack()))) {
                    if (result.passed()) {
                        passed++;
                        continue;
                    }
                    failed++;
                    out.println("FAIL " + file.pack() + " " + file.fileName() + ": " + result.name());
                    result.failures().forEach(f -> out.println("       " + f));
                    out.println("     findings: " + (result.findings().isEmpty() ? "none" : String.join("; ",
                            result.findings().stream().map(vn.tdkt.cases.PackCases::describe).toList())));
                }
            }
            out.printf("%d cases: %d passed, %d failed%n", passed + failed, passed, failed);
            out.flush();
            return failed == 0 ? 0 : 1;
        }
    }
}
