package vn.tdkt.model;

/** A share of the delegate seats given to a body (phân bổ đại biểu). */
public record Allocation(String to, int count) {
    public Allocation {
        to = Checks.blankToNull(to);
        Checks.nonNegative(count, "allocation count");
    }
}
