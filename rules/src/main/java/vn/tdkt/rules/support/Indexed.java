package vn.tdkt.rules.support;

/**
 * An element of a plan's list with its index, so that a finding can point at it ("/awardCategories/3").
 *
 * @param index the element's place in the list, from 0 as a JSON Pointer counts
 * @param value the element
 * @param <T>   the list's element type
 */
public record Indexed<T>(int index, T value) {
    /** The element's JSON Pointer under the list's ("/awardCategories" gives "/awardCategories/3"). */
    public String pointer(String list) {
        return list + "/" + index;
    }

    /** The JSON Pointer of one field of the element ("/awardCategories/3/criteria"). */
    public String pointer(String list, String field) {
        return list + "/" + index + "/" + field;
    }
}
