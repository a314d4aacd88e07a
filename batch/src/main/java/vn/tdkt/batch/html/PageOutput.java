package vn.tdkt.batch.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.runtime.StringUtils;

/**
 * Where the report's templates write: their own markup as it is, and every text ({@code ${...}}) escaped in one pass,
 * the same way in an element's text and in a quoted attribute: {@code & < > " '} as references, a line break as
 * {@code &#10;} (which keeps each row of the grid, hover texts of several lines included, on one line of the file),
 * any other control character but tab and carriage return as a space, for it has no place in HTML. That is stricter
 * than jte's default escaping for these two places, and one pass over texts that make most of a page of megabytes.
 *
 * <p>The page has no script and no event handler: a template that writes a text into one fails rather than get the
 * wrong escaping. A link that would run script ({@code javascript:}) is left out, as jte's own output does.
 */
final class PageOutput implements HtmlTemplateOutput {

    /** What each character below '@' becomes, when it is not itself; no character from '@' on needs escaping. */
    private static final String[] ESCAPES = new String['@'];

    static {
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\r') {
                ESCAPES[c] = " ";
            }
        }
        ESCAPES['\n'] = "&#10;";
        ESCAPES['&'] = "&amp;";
        ESCAPES['<'] = "&lt;";
        ESCAPES['>'] = "&gt;";
        ESCAPES['"'] = "&quot;";
        ESCAPES['\''] = "&#39;";
    }

    private final TemplateOutput out;
    private String tag;
    private String attribute;
    /** Whether the text goes into a script or an event handler, which the page never has. */
    private boolean script;
    /** Whether the text goes into a link ({@code <a href>}). */
    private boolean link;

    PageOutput(TemplateOutput out) {
        this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        // the templates name the same few contexts over and over (string constants): work them out when one changes
        if (tagName != tag || attributeName != attribute) {
            tag = tagName;
            attribute = attributeName;
            script = attributeName == null ? "script".equals(tagName) : attributeName.startsWith("on");
            link = "href".equals(attributeName) && "a".equals(tagName);
        }
    }

    @Override
    public void writeContent(String value) {
        out.writeContent(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        out.writeContent(value, beginIndex, endIndex);
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (script) {
            throw new IllegalStateException("the report writes no text into a script (<" + tag + " " + attribute + ">)");
        }
        if (link && StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "javascript:")) {
            return;
        }
        int from = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String escaped = c < '@' ? ESCAPES[c] : null;
            if (escaped != null) {
                if (i > from) {
                    out.writeContent(value, from, i);
                }
                out.writeContent(escaped);
                from = i + 1;
            }
        }
        if (from == 0) {
            out.writeContent(value);
        } else if (from < length) {
            out.writeContent(value, from, length);
        }
    }

    @Override
    public void writeUserContent(Content content) {
        if (content == null) {
            return;
        }
        if (attribute != null) {
            throw new IllegalStateException("the report writes no markup into an attribute (" + attribute + ")");
        }
        content.writeTo(this); // markup of the templates: a plan's part, rendered ahead or now
    }

    @Override
    public void writeUserContent(int value) {
        out.writeUserContent(value);
    }

    @Override
    public void writeUserContent(long value) {
        out.writeUserContent(value);
    }
}
