package vn.tdkt.batch.html;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the HTML report with its templates ({@code batch/src/main/jte}), which the build compiled to classes of this
 * package: no template is read or compiled at run time. Every text is escaped by the templates for where it stands
 * (an element's text, an attribute), and a control character, which has no place in HTML, becomes a space.
 *
 * <p>A plan's parts are rendered {@linkplain #ahead ahead}, as the plan arrives, and written into the page as they
 * are; or, when the grid's columns changed since, rendered again straight into the page ({@link #cells},
 * {@link #findings}).
 */
public final class ReportTemplates {
    private ReportTemplates() {}

    /** The stylesheet, written into the page so that the page is one file. */
    private static final String CSS = stylesheet();

    private static final TemplateEngine ENGINE = engine();

    /** Writes the page to {@code out}; an error of the writer comes out as itself. */
    public static void page(ReportPage page, Writer out) throws IOException {
        try {
            ENGINE.render("page.jte", Map.of("page", page, "css", CSS), new Output(new WriterOutput(out)));
        } catch (RuntimeException e) {
            // the engine wraps what a template's writing throws: the writer's error is the one to report
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
            }
            throw e;
        }
    }

    /** A plan's row of the grid after the unit's name ({@code cells.jte}), rendered where it is written. */
    public static Content cells(PlanParts.Cells cells) {
        Objects.requireNonNull(cells, "cells");
        return out -> ENGINE.render("cells.jte", cells, out);
    }

    /** A plan's findings under their heading ({@code findings.jte}), rendered where they are written. */
    public static Content findings(PlanParts.Findings findings) {
        Objects.requireNonNull(findings, "findings");
        return out -> ENGINE.render("findings.jte", findings, out);
    }

    /** The part rendered now, to be written into the page later as it is. */
    public static Rendered ahead(Content part) {
        StringOutput text = new StringOutput(4 * 1024);
        part.writeTo(new Output(text));
        return new Rendered(text.toString());
    }

    /** A part of the page rendered ahead of it ({@link #ahead}): its markup, as the templates wrote it. */
    public static final class Rendered implements Content {
        private final String markup;

        private Rendered(String markup) {
            this.markup = markup;
        }

        @Override
        public void writeTo(TemplateOutput output) {
            output.writeContent(markup);
        }
    }

    /**
     * jte's escaping for HTML (by context: an element's text, an attribute), with control characters made spaces and
     * line breaks written as {@code &#10;}, which keeps each row of the grid, hover texts of several lines included,
     * on one line of the file.
     */
    private static final class Output extends OwaspHtmlTemplateOutput {
        private String attribute;

        Output(TemplateOutput out) {
            super(out);
        }

        @Override
        public void setContext(String tagName, String attributeName) {
            super.setContext(tagName, attributeName);
            attribute = attributeName;
        }

        @Override
        public void writeUserContent(String value) {
            if (value == null) {
                return;
            }
            String text = withoutControlCharacters(value);
            int newline = text.indexOf('\n');
            // a link is checked whole by jte (no "javascript:"): it is never cut
            if (newline < 0 || "href".equals(attribute)) {
                super.writeUserContent(text);
                return;
            }
            int from = 0;
            do {
                super.writeUserContent(text.substring(from, newline));
                writeContent("&#10;");
                from = newline + 1;
                newline = text.indexOf('\n', from);
            } while (newline >= 0);
            super.writeUserContent(text.substring(from));
        }
    }

    /** The text with each control character but tab, line feed and carriage return replaced by a space. */
    static String withoutControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] < 0x20 && chars[j] != '\t' && chars[j] != '\n' && chars[j] != '\r') {
                        chars[j] = ' ';
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    private static String stylesheet() {
        try (InputStream in = ReportTemplates.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing beside " + ReportTemplates.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateEngine engine() {
        // A precompiled engine finds the templates' classes through the context class loader of the thread that makes
        // it; in a host (a servlet container, a pool thread) that loader may not see this library, the one that loaded
        // this class does.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ReportTemplates.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, null,
                    ReportTemplates.class.getPackageName());
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
