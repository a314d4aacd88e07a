package vn.tdkt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * The plan files named on the command line: files as given, directories as their {@code *.json} files, sorted, and
 * {@code -} for a plan (JSON) on standard input.
 */
final class PlanFiles {
    /** Standard input, as the command line names it. */
    static final Path STDIN = Path.of("-");

    private PlanFiles() {}

    /**
     * Reads a plan: a .txt, .docx or .pdf document through the importer (each fact quoting its line), anything else as
     * plan JSON. A document that cannot be imported is reported as a plan that cannot be read.
     */
    static Plan read(Path file) {
        if (STDIN.equals(file)) {
            return PlanJson.read(System.in, STDIN.toString());
        }
        if (!PlanImporter.supports(file)) {
            return PlanJson.read(file);
        }
        try {
            return PlanImporter.read(file);
        } catch (ImportException e) {
            String reason = e.reasonVi().equals(e.reason()) ? e.reason() : e.reason() + " (" + e.reasonVi() + ")";
            throw new PlanFormatException(file.toString(), null, 0, 0, reason, e);
        }
    }

    /**
     * Expands the arguments in order. A name that is neither a file nor a directory, and a directory without
     * {@code *.json} files, are reported to {@code problems} and skipped. A directory stands for
     * the {@code *.json} files anywhere under it, in path order.
     */
    static List<Path> expand(List<Path> arguments, Consumer<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (STDIN.equals(argument)) {
                files.add(STDIN);
            } else if (Files.isDirectory(argument)) {
                List<Path> plans = new ArrayList<>();
                try (java.util.stream.Stream<Path> entries = Files.walk(argument)) {
                    entries.filter(entry -> entry.getFileName().toString().endsWith(".json"))
                            .filter(Files::isRegularFile)
                            .forEach(plans::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(argument + ": cannot list the directory: " + e.getMessage());
                    continue;
                }
                if (plans.isEmpty()) {
                    problems.accept(argument + ": the directory has no *.json plan files");
                }
                plans.sort(null);
                files.addAll(plans);
            } else if (Files.exists(argument)) {
                files.add(argument);
            } else {
                problems.accept(argument + ": no such file or directory");
            }
        }
        return files;
    }
}
