package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
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
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type, constructor, method and field of the importer that a host can reach has a Javadoc comment: the
 * build fails on one without. javac's own check ({@code -Xdoclint:missing}) would also demand an {@code @param} and an
 * {@code @return} on every method, comments that only restate the names; this asks for the comment alone.
 */
class ApiDocumentationTest {
    private static final Path SOURCES = Path.of(System.getProperty("user.dir"), "src", "main", "java");

    @Test
    void everyPublicTypeAndMemberHasAComment() throws IOException {
        assertThat(undocumented(SOURCES)).as("public types and members without a Javadoc comment").isEmpty();
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
                "}",
                "final class Hidden {",
                "    public void notReachable() {}",
                "}"));
        assertThat(undocumented(dir)).containsExactly("p/Api.java:6 bare", "p/Api.java:7 BARE_FIELD",
                "p/Api.java:11 TWO");
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
                        for (Tree member : type.getMembers()) {
                            scan(member, api || interfaceOf(type) && reachable);
                        }
                        return null;
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
