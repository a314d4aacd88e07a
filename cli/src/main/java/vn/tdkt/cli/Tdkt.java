package vn.tdkt.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackInfo;

/**
 * {@code tdkt}: checks commune plans for their 2025 exemplar conferences against the guidance of their city or
 * province, and lists the rule packs it knows.
 *
 * <pre>
 * java -jar cli/target/tdkt.jar check examples/plans/hai-phong/
 * java -jar cli/target/tdkt.jar check --format sarif --output findings.sarif plan.json
 * java -jar cli/target/tdkt.jar packs
 * </pre>
 */
@Command(name = "tdkt",
        mixinStandardHelpOptions = true,
        versionProvider = Tdkt.Version.class,
        subcommands = {CheckCommand.class, ImportCommand.class, PacksCommand.class, PackCommand.class, BatchCommand.class,
                GenerateCommand.class,
                CommandLine.HelpCommand.class},
        description = {
                "Checks commune plans for the 2025 exemplar conferences (Kế hoạch tổ chức Hội nghị tuyên dương "
                        + "điển hình tiên tiến) against the guidance of their city or province.",
                ""},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no plan has a violation",
                "1:at least one plan has a violation",
                "2:bad input or usage: a plan that cannot be read, an unknown pack, a bad option",
                "3:internal error (run with --verbose for the stack trace)"})
public final class Tdkt {
    /** No plan has a VIOLATION. */
    public static final int OK = 0;
    /** At least one plan has a VIOLATION. */
    public static final int VIOLATIONS = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** A bug: an exception nobody expected. */
    public static final int INTERNAL_ERROR = 3;

    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log what the engine does (on stderr) and print stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        preload(args);
        System.exit(commandLine().execute(args));
    }

    /**
     * Starts reading the packs, and building the rules of the pack named by {@code --pack}, on a thread of its own
     * while the main thread parses the command line and opens the inputs: a short run spends a good part of its time
     * on these. Nothing is lost if it fails: the command meets the same error when it needs the pack and reports it.
     * Not with {@code --verbose}, which must set the log level before anything logs.
     */
    private static void preload(String[] args) {
        if (args.length == 0 || !List.of("check", "batch", "packs").contains(args[0])
                || List.of(args).contains("-v") || List.of(args).contains("--verbose")) {
            return;
        }
        String pack = null;
        for (int i = 1; i < args.length; i++) {
            if ((args[i].equals("--pack") || args[i].equals("-p")) && i + 1 < args.length) {
                pack = args[i + 1];
            } else if (args[i].startsWith("--pack=")) {
                pack = args[i].substring("--pack=".length());
            }
        }
        String packId = pack;
        Thread preload = new Thread(() -> {
            try {
                if (packId != null) {
                    ComplianceEngine.forPack(packId); // builds the rules while it reads the descriptors
                } else {
                    ComplianceEngine.packs();
                }
            } catch (RuntimeException e) {
                // the command reports it when it needs the pack
            }
        }, "tdkt-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /** The command line as {@code main} runs it: UTF-8 output whatever the platform's default charset. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Tdkt());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(Tdkt::usageError);
        return commandLine;
    }

    /** A bad option or argument: the error, a suggestion where picocli has one, and where to read more; no full usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("tdkt: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Lowers the log level for {@code --verbose}. slf4j-simple reads its level once, when the first logger is made, so
     * this runs before any engine class is touched; without {@code --verbose} simplelogger.properties keeps it at warn.
     */
    static void configureLogging(boolean verbose) {
        if (verbose && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        }
        if (verbose) {
            // The document libraries, silent otherwise (simplelogger.properties), say what they made of a document.
            for (String library : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.xmlbeans"}) {
                System.setProperty("org.slf4j.simpleLogger.log." + library, "warn");
            }
        }
    }

    /** This tool's version: the jar manifest's, or the build's when run from classes. */
    static String version() {
        String version = Tdkt.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        String built = buildProperty("version");
        return built != null ? built : "unknown";
    }

    /** The project's home page as the build knows it (the pom's {@code <url>}), or null when it names none. */
    static String informationUri() {
        String url = buildProperty("url");
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    /** A value the build wrote into version.properties, or null when it is missing or was not filled in. */
    private static String buildProperty(String name) {
        try (InputStream in = Tdkt.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(name);
            return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
        } catch (IOException e) {
            return null;
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            List<String> lines = new ArrayList<>();
            lines.add("tdkt " + version());
            lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
            try {
                for (PackInfo pack : ComplianceEngine.packs()) {
                    lines.add("pack " + pack.id() + " " + pack.version());
                }
            } catch (RuntimeException e) {
                lines.add("packs: cannot be listed (" + e.getMessage() + ")");
            }
            return lines.toArray(String[]::new);
        }
    }
}
