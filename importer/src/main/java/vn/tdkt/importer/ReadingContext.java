package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the readers of a plan's parts share: the document, its paragraphs, where the preamble ends, and what they have
 * found so far (the source of each fact, the paragraphs a fact has claimed, notes about the document).
 */
final class ReadingContext {
    private static final Logger LOG = LoggerFactory.getLogger(ReadingContext.class);

    final DocumentText document;
    final List<Paragraph> paragraphs;
    /** The index of the first paragraph of the body (the first roman heading): before it, the header and grounds. */
    final int preambleEnd;
    private final Map<String, SourceSpan> provenance = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<Paragraph> claimed = new HashSet<>();
    private Map<SourceLine, Paragraph> byLine;

    ReadingContext(DocumentText document) {
        this.document = document;
        this.paragraphs = Paragraphs.of(document);
        this.preambleEnd = paragraphs.stream().filter(p -> p.kind == Paragraph.Kind.ROMAN).mapToInt(p -> p.index)
                .findFirst().orElse(Math.min(paragraphs.size(), 12));
    }

    /** The paragraph a line belongs to. */
    Paragraph paragraphOf(SourceLine line) {
        if (byLine == null) {
            byLine = new java.util.HashMap<>();
            for (Paragraph p : paragraphs) {
                for (SourceLine l : p.lines) {
                    byLine.putIfAbsent(l, p);
                }
            }
        }
        return byLine.get(line);
    }

    /** Records where a fact was read. */
    void source(String pointer, SourceSpan span) {
        provenance.put(pointer, span);
    }

    SourceSpan source(String pointer) {
        return provenance.get(pointer);
    }

    Map<String, SourceSpan> provenance() {
        return Collections.unmodifiableMap(provenance);
    }

    /** A paragraph that states a fact of its own (the conference's time, a reference), not a dated step. */
    void claim(Paragraph paragraph) {
        claimed.add(paragraph);
    }

    void claimAll(List<Paragraph> paragraphs) {
        claimed.addAll(paragraphs);
    }

    boolean claimed(Paragraph paragraph) {
        return claimed.contains(paragraph);
    }

    void note(String note) {
        notes.add(note);
    }

    List<String> notes() {
        return notes;
    }

    /** A cue found but not trusted: the fact stays unknown, and why is logged for whoever tunes the reader. */
    void leaveOut(String pointer, Paragraph where, String why) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} left out ({}): {}", document.source(), pointer, why, where == null ? "" : where.span().quote());
        }
    }

    /**
     * TRUE when a paragraph says it (its words hold the phrase, and the cue matches), with that paragraph as the
     * source; null (not stated) otherwise.
     */
    Boolean flag(Pattern cue, String phrase, String pointer) {
        for (Paragraph p : paragraphs) {
            if (p.folded.text().contains(phrase) && cue.matcher(p.folded.text()).find()) {
                source(pointer, p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    /** The list items right under a heading: those of the first item's level, up to the next heading as high. */
    List<Paragraph> items(Paragraph heading) {
        List<Paragraph> items = new ArrayList<>();
        int itemLevel = -1;
        for (int j = heading.index + 1; j < paragraphs.size(); j++) {
            Paragraph p = paragraphs.get(j);
            if (p.kind == Paragraph.Kind.NONE) {
                if (items.isEmpty()) {
                    return items;
                }
                break;
            }
            if (p.level <= heading.level) {
                break;
            }
            if (itemLevel < 0) {
                itemLevel = p.level;
            }
            if (p.level < itemLevel) {
                break;
            }
            if (p.level == itemLevel) {
                items.add(p);
            }
        }
        return items;
    }
}
