package vn.tdkt.finding;

import vn.tdkt.model.Labelled;

/**
 * A share in percent, written as each language writes it: "64,0 %" in Vietnamese, "64.0%" in English.
 *
 * @param value the share in percent (64.0 for 64 %), shown rounded to a tenth
 */
public record Percent(double value) implements Labelled {

    @Override
    public String label() {
        return tenths().replace('.', ',') + " %";
    }

    @Override
    public String labelEn() {
        return tenths() + "%";
    }

    private String tenths() {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    @Override
    public String toString() {
        return labelEn();
    }
}
