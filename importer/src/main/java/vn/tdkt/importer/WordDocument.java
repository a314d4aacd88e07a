package vn.tdkt.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx, read with POI): a line per paragraph of the body (a manual line break starts a line too).
 * A table of data is read by rows and cells, a merged cell once (the cells it spans, across or down, are empty); a
 * table that lays text out side by side (the header, the signature) is read column by column.
 */
final class WordDocument {
    /** A Word document whose parts unpack to more than this is no plan: refused before POI reads it. */
    static final long MAX_INFLATED = 64L * 1024 * 1024;
    /**
     * Its XML parts (the text, the styles, the relationships) together: POI holds them as a tree of objects some ten
     * times their size: 16 MB of XML took 640 MB of memory in all, 23 MB ran out of a heap of 512 MB; this keeps a
     * document's import within 512 MB. A plan of 60,000 characters has some 1 to 3 MB of XML.
     */
    static final long MAX_XML = 12L * 1024 * 1024;

    private WordDocument() {}

    static DocumentText read(byte[] bytes, String source) throws IOException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            // An OLE2 file is a .doc (or an encrypted .docx); anything else is no Word document.
            boolean ole = bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf;
            throw (ole ? Refusal.ENCRYPTED_OR_DOC : Refusal.NOT_DOCX).exception(source, null);
        }
        check(bytes, source);
        Layout layout = new Layout();
        int[] number = {0};
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    for (String part : lines(paragraph)) {
                        layout.line(new SourceLine(++number[0], null, DocumentText.clean(part)));
                    }
                } else if (element instanceof XWPFTable table) {
                    table(table, layout, number);
                }
            }
        } catch (EncryptedDocumentException e) {
            throw Refusal.ENCRYPTED.exception(source, e);
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw Refusal.NOT_DOCX.exception(source, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // POI's and XMLBeans' own words name their classes: the reason given is the document's, not theirs.
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw Refusal.DAMAGED_DOCX.exception(source, e);
        }
        return DocumentText.tidy(source, layout);
    }

    /**
     * Reads the zip through once, before POI does, and refuses what POI should not be given: a zip cut short or
     * corrupt, parts that unpack beyond the limits (a zip bomb is refused when the limit is reached, never unpacked
     * whole), and an XML part that declares a DOCTYPE (entities that expand, or reach outside the document).
     */
    static void check(byte[] bytes, String source) {
        long inflated = 0;
        long xml = 0;
        byte[] buffer = new byte[64 * 1024];
        boolean any = false;
        try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream zip =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(bytes),
                             "UTF-8", true, true)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] prolog = new byte[0];
                long entryInflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    entryInflated += n;
                    // POI's own check, with POI's ratio (a host may have set it), said in words before POI says it.
                    if (entryInflated > 100 * 1024 && (double) zip.getCompressedCount() / entryInflated
                            < org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()) {
                        throw Refusal.ZIP_BOMB.exception(source, null);
                    }
                    if (isXml) {
                        xml += n;
                        if (prolog.length < 4096) {
                            int keep = Math.min(n, 4096 - prolog.length);
                            byte[] grown = java.util.Arrays.copyOf(prolog, prolog.length + keep);
                            System.arraycopy(buffer, 0, grown, prolog.length, keep);
                            prolog = grown;
                        }
                    }
                    if (inflated > MAX_INFLATED || xml > MAX_XML) {
                        throw Refusal.INFLATES_TOO_LARGE.exception(source, null);
                    }
                }
                if (isXml && declaresDoctype(prolog)) {
                    throw Refusal.DOCTYPE.exception(source, null);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw Refusal.DAMAGED_DOCX.exception(source, e);
        }
        if (!any) {
            throw Refusal.DAMAGED_DOCX.exception(source, null);
        }
    }

    /** Whether an XML part's first bytes hold "<!DOCTYPE", in UTF-8 or UTF-16. */
    private static boolean declaresDoctype(byte[] prolog) {
        String text = new String(prolog, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\0", "");
        return text.toUpperCase(java.util.Locale.ROOT).contains("<!DOCTYPE");
    }

    private static List<String> lines(XWPFParagraph paragraph) {
        return List.of(paragraph.getText().split("\\r\\n|\\r|\\n", -1));
    }

    private static void table(XWPFTable table, Layout layout, int[] number) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                boolean continued = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                List<String> paragraphs = new ArrayList<>();
                if (!continued) {
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        paragraphs.addAll(lines(paragraph));
                    }
                }
                cells.add(String.join("\n", paragraphs));
                int span = properties != null && properties.isSetGridSpan()
                        ? properties.getGridSpan().getVal().intValue() : 1;
                for (int s = 1; s < span; s++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        List<Integer> numbers = new ArrayList<>();
        if (Layout.isData(rows)) {
            // A cell's paragraphs make one text in its row.
            List<List<String>> joined = new ArrayList<>();
            for (List<String> row : rows) {
                joined.add(row.stream().map(c -> c.replace('\n', ' ').replaceAll("\\s+", " ").strip()).toList());
                numbers.add(++number[0]);
            }
            layout.table(joined, numbers, null);
        } else {
            // Side by side: each cell's paragraphs are lines, numbered as they are read.
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            for (int c = 0; c < columns; c++) {
                for (List<String> row : rows) {
                    if (c < row.size()) {
                        for (String part : row.get(c).split("\n", -1)) {
                            layout.line(new SourceLine(++number[0], null, DocumentText.clean(part)));
                        }
                    }
                }
            }
        }
    }
}
