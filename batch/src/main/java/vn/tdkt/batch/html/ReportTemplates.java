package vn.tdkt.batch.html;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
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
 * package: no template is read or compiled at run time. Every text the templates write is escaped where it stands (an
 * element's text, an attribute: {@link PageOutput}).
 *
 * <p>A plan's parts are rendered {@linkplain Ahead ahead}, as the plan arrives, and written into the page as they
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
            ENGINE.render("page.jte", Map.of("page", page, "css", CSS), new PageOutput(new WriterOutput(out)));
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

    /**
     * Renders parts now, to be written into the page later as they are ({@link Rendered}). One buffer serves every
     * part, for a page renders thousands; not for several threads at once.
     */
    public static final class Ahead {
        private final StringOutput buffer = new StringOutput(16 * 1024);
        private final PageOutput output = new PageOutput(buffer);

        /** The part, rendered. */
        public Rendered render(Content part) {
            buffer.reset();
            part.writeTo(output);
            return new Rendered(buffer.toString());
        }
    }

    /** A part of the page rendered ahead of it ({@link Ahead}): its markup, as the templates wrote it. */
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
