package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type, constructor, method and field that a host can reach in {@code core}, {@code rules} and the
 * importer has a Javadoc comment: the build fails on one without. javac's own check ({@code -Xdoclint:missing}) would
 * also demand an {@code @param} and an {@code @return} on every method, comments that only restate the names; this asks
 * for the comment alone. A public record's components are public accessors too: its comment gives each an
 * {@code @param}. The check lives here, and reads the other modules' sources by their path beside this one, because the
 * importer is built after {@code core} and {@code rules}: one checker for the three libraries a host links.
 */
class ApiDocumentationTest {
    /** The project's root: the importer's tests run in the importer's directory. */
    private static final Path PROJECT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

    /** The libraries a host links, whose {@code src/main/java} is checked. */
    private static final List<String> MODULES = List.of("core", "rules", "importer");

    /**
     * Sources not checked yet, by their path from the project's root (a folder ends with "/"): none, now that the
     * engine and the report's JSON writer have their comments. A source whose API is being reshaped may wait here
     * until it has its new shape; it is removed once it passes, and a path that no longer exists fails the build, so
     * the list cannot outlive what it names.
     */
    private static final List<String> NOT_YET_CHECKED = List.of();

    @Test
    void everyPublicTypeAndMemberHasAComment() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = PROJECT.resolve(module).resolve("src/main/java");
            assertThat(sources).as("sources of " + module).isDirectory();
            undocumented(sources).stream()
                    .map(line -> module + "/src/main/java/" + line)
                    .filter(line -> NOT_YET_CHECKED.stream().noneMatch(line::startsWith))
                    .forEach(missing::add);
        }
        assertThat(missing).as("public types and members without a Javadoc comment").isEmpty();
    }

    @Test
    void everyPathNotYetCheckedStillExists() {
        assertThat(NOT_YET_CHECKED).as("paths not yet checked, from " + PROJECT)
                .allSatisfy(path -> assertThat(PROJECT.resolve(path)).exists());
    }

    @Test
    void aMemberWithoutACommentIsFound(@TempDir Path dir) throws IOException {
        Path source = Files.createDirectories(dir.resolve("p")).resolve("Api.java");
        Files.writeString(source, String.join("\n",
                "package p;",
                "/** An API. */",
                "public final class Api {",
                "    /** Documented. */",
                "    public static int documented() { return 1; }",
                "    public static int bare() { return 2; }",
                "    public static final int BARE_FIELD = 3;",
                "    static int packagePrivate() { return 4; }",
                "    @Override public String toString() { return \"api\"; }",
                "    /** Documented. */",
                "    public enum Kind { /** Documented. */ ONE, TWO }",
                "    /**",
                "     * A pair.",
                "     *",
                "     * @param left the left one",
                "     */",
                "    public record Pair(int left, int right) {}",
                "}",
                "final class Hidden {",
                "    public void notReachable() {}",
                "    record Inner(int bare) {}",
                "}"));
        assertThat(undocumented(dir)).containsExactly("p/Api.java:6 bare", "p/Api.java:7 BARE_FIELD",
                "p/Api.java:11 TWO", "p/Api.java:17 @param right");
    }

    /** "vn/tdkt/importer/PlanImporter.java:44 importFile" for each public declaration without a comment. */
    static List<String> undocumented(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> missing = new ArrayList<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostic -> { }, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(paths));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String file = root.relativize(Path.of(unit.getSourceFile().toUri())).toString().replace('\\', '/');
                new TreePathScanner<Void, Boolean>() {
                    @Override
                    public Void visitClass(ClassTree type, Boolean reachable) {
                        boolean api = reachable && !type.getSimpleName().isEmpty() && visible(type.getModifiers());
                        check(api, type.getSimpleName().toString());
                        if (api && type.getKind() == Tree.Kind.RECORD) {
                            checkComponents(type);
                        }
                        for (Tree member : type.getMembers()) {
                            scan(member, api || interfaceOf(type) && reachable);
                        }
                        return null;
                    }

                    /** A record's components are its public accessors: each needs an {@code @param} in its comment. */
                    private void checkComponents(ClassTree record) {
                        DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
                        Set<String> described = doc == null ? Set.of() : doc.getBlockTags().stream()
                                .filter(tag -> tag instanceof ParamTree param && !param.isTypeParameter()
                                        && !param.getDescription().isEmpty())
                                .map(tag -> ((ParamTree) tag).getName().getName().toString())
                                .collect(Collectors.toSet());
                        for (Tree member : record.getMembers()) {
                            if (member instanceof VariableTree component
                                    && !component.getModifiers().getFlags().contains(Modifier.STATIC)
                                    && !described.contains(component.getName().toString())) {
                                long line = unit.getLineMap().getLineNumber(
                                        docs.getSourcePositions().getStartPosition(unit, component));
                                missing.add(file + ":" + line + " @param " + component.getName());
                            }
                        }
                    }

                    @Override
                    public Void visitMethod(MethodTree method, Boolean reachable) {
                        boolean overrides = method.getModifiers().getAnnotations().stream()
                                .anyMatch(a -> a.getAnnotationType().toString().endsWith("Override"));
                        String name = method.getName().contentEquals("<init>") ? constructorOf()
                                : method.getName().toString();
                        check(reachable && !overrides && (visible(method.getModifiers()) || inInterface()), name);
                        return scan(method.getBody(), false);
                    }

                    @Override
                    public Void visitVariable(VariableTree field, Boolean reachable) {
                        check(reachable && (visible(field.getModifiers()) || inInterface()), field.getName().toString());
                        return null;
                    }

                    private String constructorOf() {
                        return ((ClassTree) getCurrentPath().getParentPath().getLeaf()).getSimpleName() + "()";
                    }

                    private boolean inInterface() {
                        Tree parent = getCurrentPath().getParentPath().getLeaf();
                        return parent instanceof ClassTree type && interfaceOf(type);
                    }

                    private void check(boolean api, String name) {
                        DocCommentTree doc = api ? docs.getDocCommentTree(getCurrentPath()) : null;
                        if (api && (doc == null || doc.getFirstSentence().isEmpty())) {
                            long line = unit.getLineMap().getLineNumber(
                                    docs.getSourcePositions().getStartPosition(unit, getCurrentPath().getLeaf()));
                            missing.add(file + ":" + line + " " + name);
                        }
                    }
                }.scan(new TreePath(unit), true);
            }
        }
        return missing;
    }

    private static boolean visible(ModifiersTree modifiers) {
        return modifiers.getFlags().contains(Modifier.PUBLIC) || modifiers.getFlags().contains(Modifier.PROTECTED);
    }

    private static boolean interfaceOf(ClassTree type) {
        return type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
    }
}
