package vn.tdkt.engine;

import java.time.LocalDate;

/** The guidance document a pack encodes. */
public record GuidanceDocument(String issuer, String number, LocalDate date, String title, String citation) {
}
