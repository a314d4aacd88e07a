package vn.tdkt.model;

/**
 * A share of the delegate seats given to a body (phân bổ đại biểu).
 *
 * @param to    the body ("Thôn Đông", "Khối đoàn thể")
 * @param count the seats
 * @param scope which seats the allocation gives out; null when the plan does not say
 */
public record Allocation(String to, int count, AllocationScope scope) {
    /** Blank bodies are taken for none; a negative count of seats is refused. */
    public Allocation {
        to = Checks.blankToNull(to);
        Checks.nonNegative(count, "allocation count");
    }

    /** An allocation that does not say which seats it gives out. */
    public Allocation(String to, int count) {
        this(to, count, null);
    }
}
