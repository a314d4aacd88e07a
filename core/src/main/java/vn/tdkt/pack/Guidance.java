package vn.tdkt.pack;

import java.time.LocalDate;

/**
 * The guidance document a pack encodes, as its {@code guidance:} names it. Its date is the first day the pack's values
 * and titles hold: a plan dated earlier is judged as of that day.
 *
 * @param issuer   who issued it ("UBND thành phố Hải Phòng")
 * @param number   its number ("3194/QĐ-UBND"), which a plan names when it implements it
 * @param date     the day it was signed
 * @param title    its title; may be null
 * @param citation how findings cite it when a rule names no other document
 */
public record Guidance(String issuer, String number, LocalDate date, String title, String citation) {
}
