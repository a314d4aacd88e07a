package vn.tdkt.finding;

import java.time.LocalDate;

/**
 * The guidance document a pack encodes: what a plan implements, and what findings cite when a rule names no other
 * document.
 *
 * @param issuer   who issued it ("UBND thành phố Hải Phòng")
 * @param number   its number ("3194/QĐ-UBND"), which a plan names when it implements it
 * @param date     the day it was signed, the first day the pack's values hold
 * @param title    its title; may be null
 * @param citation how findings cite it ("UBND thành phố Hải Phòng, Kế hoạch ban hành kèm theo Quyết định số
 *                 3194/QĐ-UBND ngày 08/8/2025")
 */
public record GuidanceDocument(String issuer, String number, LocalDate date, String title, String citation) {
}
