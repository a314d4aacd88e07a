package vn.tdkt.rules.support;

/** An element of a plan's list with its index, so that a finding can point at it ("/awardCategories/3"). */
public record Indexed<T>(int index, T value) {
    public String pointer(String list) {
        return list + "/" + index;
    }

    public String pointer(String list, String field) {
        return list + "/" + index + "/" + field;
    }
}
