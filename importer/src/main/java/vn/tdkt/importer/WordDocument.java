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
    private WordDocument() {}

    static DocumentText read(byte[] bytes, String source) throws IOException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            // An OLE2 file is a .doc (or an encrypted .docx); anything else is no Word document.
            boolean ole = bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf;
            throw (ole ? Refusal.ENCRYPTED_OR_DOC : Refusal.NOT_DOCX).exception(source, null);
        }
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
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw Refusal.NOT_DOCX.exception(source, e);
        }
        return DocumentText.tidy(source, layout);
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
