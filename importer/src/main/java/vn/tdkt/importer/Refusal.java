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
