package vn.tdkt.batch.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders the HTML report with its templates ({@code batch/src/main/jte}), which the build turned into the classes
 * {@code Jte*Generated} of this package: no template is read or compiled at run time, and the templates are called
 * as the methods they are, checked by the compiler (rather than found by name through a {@code TemplateEngine},
 * whose start and reflective calls would cost a short run more than its page). Every text the templates write is
 * escaped where it stands (an element's text, an attribute: {@link PageOutput}).
 *
 * <p>A plan's parts are rendered {@linkplain Ahead ahead}, as the plan arrives, and written into the page as they
 * are; or, when the grid's columns changed since, rendered again straight into the page ({@link #cells},
 * {@link #findings}).
 */
public final class ReportTemplates {
    private ReportTemplates() {}

    /** The stylesheet, written into the page so that the page is one file. */
    private static final String CSS = stylesheet();

    /** Writes the page to {@code out}; an error of the writer comes out as itself. */
    public static void page(ReportPage page, Writer out) throws IOException {
        try {
            JtepageGenerated.render(new PageOutput(new WriterOutput(out)), null, page, CSS);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A plan's row of the grid after the unit's name ({@code cells.jte}), rendered where it is written. */
    public static Content cells(PlanParts.Cells cells) {
        Objects.requireNonNull(cells, "cells");
        return out -> JtecellsGenerated.render(html(out), null, cells);
    }

    /** A plan's findings under their heading ({@code findings.jte}), rendered where they are written. */
    public static Content findings(PlanParts.Findings findings) {
        Objects.requireNonNull(findings, "findings");
        return out -> JtefindingsGenerated.render(html(out), null, findings);
    }

    /** The page's output, or a new one over another output. */
    private static HtmlTemplateOutput html(TemplateOutput out) {
        return out instanceof PageOutput page ? page : new PageOutput(out);
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
}
