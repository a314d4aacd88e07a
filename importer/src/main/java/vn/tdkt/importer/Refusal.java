package vn.tdkt.importer;

/** The reasons a document is refused, in the words of an official, in English and in Vietnamese. */
enum Refusal {
    NOT_A_DOCUMENT(ImportException.Kind.NOT_A_DOCUMENT,
            "not a plan document: the importer reads .txt (UTF-8), .docx and .pdf",
            "không phải văn bản kế hoạch đọc được: chỉ nhận tệp .txt (UTF-8), .docx hoặc .pdf"),
    NOT_FOUND(ImportException.Kind.NOT_FOUND, "no such file", "không tìm thấy tệp"),
    TOO_LARGE(ImportException.Kind.TOO_LARGE,
            "larger than " + DocumentText.MAX_BYTES / (1024 * 1024) + " MB (or " + DocumentText.MAX_CHARS / 1_000_000
                    + " million characters of text): no plan is that long",
            "tệp quá lớn (trên " + DocumentText.MAX_BYTES / (1024 * 1024) + " MB hoặc " + DocumentText.MAX_CHARS
                    / 1_000_000 + " triệu ký tự): không phải một văn bản kế hoạch"),
    NOT_UTF8(ImportException.Kind.NOT_UTF8, "not UTF-8 text; save the plan as UTF-8 (or as .docx or .pdf)",
            "văn bản không ở mã UTF-8: hãy lưu lại dưới dạng UTF-8 (hoặc .docx, .pdf)"),
    NOT_DOCX(ImportException.Kind.NOT_A_DOCUMENT, "not a Word document (.docx); a .doc must be saved as .docx first",
            "tệp không phải văn bản Word (.docx); tệp .doc cần lưu lại thành .docx"),
    ENCRYPTED_OR_DOC(ImportException.Kind.NOT_A_DOCUMENT,
            "not a .docx: an old Word document (.doc) or one protected by a password; save it as .docx without a password",
            "không phải tệp .docx: văn bản Word cũ (.doc) hoặc có mật khẩu; hãy lưu lại thành .docx không đặt mật khẩu"),
    NOT_PDF(ImportException.Kind.NOT_A_DOCUMENT, "not a PDF document", "tệp không phải văn bản PDF"),
    NO_TEXT_LAYER(ImportException.Kind.NO_TEXT_LAYER,
            "the PDF has no text layer (a scan?): run OCR on it first and import the text",
            "tệp PDF không có lớp chữ (bản quét?): cần nhận dạng chữ (OCR) trước khi nhập"),
    ENCRYPTED(ImportException.Kind.ENCRYPTED, "the document is protected by a password",
            "văn bản được bảo vệ bằng mật khẩu: cần gửi bản không đặt mật khẩu"),
    UNREADABLE(ImportException.Kind.UNREADABLE, "the file cannot be read", "không đọc được tệp"),
    DAMAGED_DOCX(ImportException.Kind.UNREADABLE,
            "the Word document is damaged (its contents are cut short or corrupt): open it in Word and save it again",
            "tệp Word bị hỏng (nội dung bị cắt cụt hoặc sai cấu trúc): hãy mở bằng Word và lưu lại"),
    DAMAGED_PDF(ImportException.Kind.UNREADABLE,
            "the PDF is damaged (its contents are cut short or corrupt): export it again from the original",
            "tệp PDF bị hỏng (nội dung bị cắt cụt hoặc sai cấu trúc): hãy xuất lại từ văn bản gốc"),
    DOCTYPE(ImportException.Kind.NOT_A_DOCUMENT,
            "the Word document declares a DOCTYPE, which no Word document has: it is refused unread",
            "tệp Word có khai báo DOCTYPE, điều mà không văn bản Word nào có: tệp bị từ chối"),
    INFLATES_TOO_LARGE(ImportException.Kind.TOO_LARGE,
            "the Word document unpacks to more than " + WordDocument.MAX_INFLATED / (1024 * 1024) + " MB (or its text to more than "
                    + WordDocument.MAX_XML / (1024 * 1024) + " MB): no plan is that long",
            "tệp Word khi giải nén lớn hơn " + WordDocument.MAX_INFLATED / (1024 * 1024) + " MB (hoặc phần chữ lớn hơn "
                    + WordDocument.MAX_XML / (1024 * 1024) + " MB): không phải một văn bản kế hoạch"),
    ZIP_BOMB(ImportException.Kind.TOO_LARGE,
            "a part of the Word document unpacks to more than a hundred times its packed size, as a zip bomb does: "
                    + "it is refused unread",
            "một phần của tệp Word khi giải nén lớn hơn trăm lần kích thước nén, như một \"bom zip\": tệp bị từ chối"),
    TOO_MANY_PAGES(ImportException.Kind.TOO_LARGE,
            "more than " + PdfDocument.MAX_PAGES + " pages: no plan is that long",
            "tệp có hơn " + PdfDocument.MAX_PAGES + " trang: không phải một văn bản kế hoạch"),
    LINE_TOO_LONG(ImportException.Kind.TOO_LARGE,
            "a line (a paragraph) longer than " + String.format(java.util.Locale.ROOT, "%,d", DocumentText.MAX_LINE_CHARS)
                    + " characters: no plan has one; break the text into its paragraphs",
            "có dòng (đoạn văn) dài hơn " + String.format(java.util.Locale.ROOT, "%,d", DocumentText.MAX_LINE_CHARS)
                    + " ký tự: không văn bản kế hoạch nào có; hãy tách văn bản thành các đoạn"),
    NO_TEXT(ImportException.Kind.NO_TEXT, "the document has no text", "văn bản không có nội dung chữ");

    private final ImportException.Kind kind;
    private final String reason;
    private final String reasonVi;

    Refusal(ImportException.Kind kind, String reason, String reasonVi) {
        this.kind = kind;
        this.reason = reason;
        this.reasonVi = reasonVi;
    }

    ImportException exception(String source, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null || this != UNREADABLE ? "" : ": " + cause.getMessage();
        return new ImportException(source, kind, reason + detail, reasonVi, cause);
    }
}
