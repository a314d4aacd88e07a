package vn.tdkt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.ImportedPlan;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanJson;

/** {@code tdkt import}: reads a plan from its document and prints it as plan JSON. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = Tdkt.Version.class,
        description = {
                "Reads a plan from its document (UTF-8 text, .docx, or .pdf with a text layer; clean or OCR'd) and "
                        + "prints it as plan JSON, the input of `tdkt check`.",
                "Each fact found is quoted with the line it was read from (\"quotes\": {\"/conference/length\": "
                        + "\"line 43: ...\"}); a fact the document does not state is left out, never guessed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the plan was read",
                "2:the document cannot be read as a plan (the message says why), or bad usage",
                "3:internal error (run with --verbose for the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tdkt import examples/seeds/002-dai-son-ocr.txt",
                "  tdkt import -o dai-son.json ke-hoach.docx && tdkt check dai-son.json"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Tdkt tdkt;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the plan to FILE instead of stdout (UTF-8).")
    Path output;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The plan document: .txt (UTF-8), .docx or .pdf.")
    Path file;

    @Override
    public Integer call() {
        Tdkt.configureLogging(tdkt.verbose);
        CheckCommand.Errors errors = new CheckCommand.Errors(spec.commandLine().getErr(), tdkt.verbose);
        ImportedPlan imported;
        try {
            imported = PlanImporter.importFile(file);
        } catch (ImportException e) {
            errors.report(e.getMessage(), e, false);
            return Tdkt.BAD_INPUT;
        } catch (RuntimeException e) {
            errors.report(file + ": internal error: " + e, e, true);
            return Tdkt.INTERNAL_ERROR;
        }
        for (String note : imported.notes()) {
            errors.note(file + ": " + note);
        }
        try {
            String json = PlanJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(imported.plan());
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.println(json);
                out.flush();
            } else {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    writer.write(json);
                    writer.write(System.lineSeparator());
                }
            }
        } catch (IOException e) {
            errors.report("cannot write " + (output == null ? "the plan" : output) + ": " + e.getMessage(), e, false);
            return Tdkt.BAD_INPUT;
        }
        return Tdkt.OK;
    }
}
