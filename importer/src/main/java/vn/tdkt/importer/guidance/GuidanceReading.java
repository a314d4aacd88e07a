package vn.tdkt.importer.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a guidance document states, as read: its header, its parameters and the clauses whose words a check needs no
 * parameter for, each with its clause, words and line; and what the reader saw but could not encode.
 *
 * @param issuer     the issuing body ("Ủy ban nhân dân tỉnh Quảng Ninh"), or null
 * @param province   the province as the vocabulary writes it, or null
 * @param number     the decision's or plan's number, or null when the text leaves it blank
 * @param date       the day it was signed, or null when the text leaves it blank
 * @param month      the first day of the month the header names when its day is blank ("ngày   tháng 8 năm 2025"),
 *                   or null
 * @param title      "Kế hoạch tổ chức Hội nghị …", or null
 * @param header     facts of the header: "guidance.issuer", "guidance.number", "guidance.date", "guidance.title"
 * @param facts      the parameters read, by name, in the order of the pack
 * @param presences  the clauses read for checks that read no parameter of their own, by check id
 * @param notes      what was read and could not be encoded, in words for the README
 */
public record GuidanceReading(String issuer, String province, String number, LocalDate date, LocalDate month,
                              String title, Map<String, Fact> header, Map<String, Fact> facts,
                              Map<String, Fact> presences, List<String> notes) {
}
