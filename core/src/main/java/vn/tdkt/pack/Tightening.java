package vn.tdkt.pack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.tdkt.pack.ParameterDefinition.Direction;

/**
 * Checks that a pack only tightens its baseline: for every parameter that the pack and one of its ancestors
 * ({@link PackDescriptor#parent()}, its parent, …) both define, the pack's value never relaxes the ancestor's in the
 * {@link Direction} that the ancestor declares. A province may cap delegates at 120 where the baseline caps them at
 * 150, never at 200; it may bring a deadline forward, never put it back.
 *
 * <p>Values are dated, so they are compared on every day on which a value of either side starts to hold (from the
 * later of the two first days on): between two such days neither side changes.
 *
 * <p>A pack read from the class path or a directory is checked when read; the guidance drafter checks a draft with it
 * before it writes one, leaving out what relaxes the national baseline.
 */
public final class Tightening {
    private Tightening() {}

    /**
     * One parameter of a pack that relaxes (or cannot be compared with) an ancestor's.
     *
     * @param pack        the pack
     * @param parent      the ancestor it relaxes
     * @param parameter   the parameter's name
     * @param direction   the direction the ancestor declares; null when it declares none
     * @param day         a day on which both values hold
     * @param value       the pack's value on that day
     * @param parentValue the ancestor's value on that day
     * @param reason      why the pack's value is not allowed
     */
    public record Relaxation(String pack, String parent, String parameter, Direction direction, LocalDate day,
                             ParameterValue value, ParameterValue parentValue, String reason) {
        /**
         * Names the pack, the parameter and both values: "pack hai-phong, parameter delegates.max: 200 (from
         * 2025-08-08) against national's 150 (from 2025-07-05): the parent allows at most 150".
         */
        public String message() {
            return "pack " + pack + ", parameter " + parameter + ": " + value.json() + " (from " + value.from()
                    + ") against " + parent + "'s " + parentValue.json() + " (from " + parentValue.from() + "): "
                    + reason;
        }

        @Override
        public String toString() {
            return message();
        }
    }

    /** What the pack relaxes of its ancestors; empty when it only tightens them or has no parent. */
    public static List<Relaxation> check(PackDescriptor pack) {
        Objects.requireNonNull(pack, "pack");
        List<Relaxation> found = new ArrayList<>();
        for (PackDescriptor ancestor = pack.parent(); ancestor != null; ancestor = ancestor.parent()) {
            for (ParameterDefinition own : sorted(pack)) {
                ParameterDefinition bound = ancestor.parameters().get(own.name());
                // a parameter the ancestor gives no direction is its own (a tolerance its text leaves open)
                if (bound != null && bound.direction() != null) {
                    found.addAll(compare(pack.id(), ancestor.id(), own, bound));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The ancestors' parameters that the pack does not define, by name: nothing bounds the pack there. */
    public static SortedSet<String> notCarried(PackDescriptor pack) {
        SortedSet<String> names = new TreeSet<>();
        for (PackDescriptor ancestor = pack.parent(); ancestor != null; ancestor = ancestor.parent()) {
            ancestor.parameters().keySet().stream().filter(n -> !pack.parameters().containsKey(n)).forEach(names::add);
        }
        return names;
    }

    /** Compares one parameter of a pack with the same parameter of an ancestor, on every day either changes. */
    public static List<Relaxation> compare(String pack, String parent, ParameterDefinition own, ParameterDefinition bound) {
        LocalDate start = later(own.boundaries().get(0), bound.boundaries().get(0));
        SortedSet<LocalDate> days = new TreeSet<>();
        days.add(start);
        own.boundaries().stream().filter(d -> d.isAfter(start)).forEach(days::add);
        bound.boundaries().stream().filter(d -> d.isAfter(start)).forEach(days::add);
        List<Relaxation> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LocalDate day : days) {
            ParameterValue value = own.valueOn(day);
            ParameterValue parentValue = bound.valueOn(day);
            String reason = bound.direction() == null
                    ? "the parent declares no direction for " + own.name() + " (max, min, no-later, same or superset)"
                    : relaxes(bound.direction(), value, parentValue);
            // The same pair of values on several days is one relaxation.
            if (reason != null && seen.add(value.from() + "|" + parentValue.from())) {
                found.add(new Relaxation(pack, parent, own.name(), bound.direction(), day, value, parentValue, reason));
            }
        }
        return found;
    }

    /** Why the child's value relaxes the parent's in the direction, or null when it does not. */
    static String relaxes(Direction direction, ParameterValue child, ParameterValue parent) {
        switch (direction) {
            case MAX, MIN -> {
                if (!child.isNumber() || !parent.isNumber()) {
                    return "a " + direction + " bound compares numbers";
                }
                int c = child.decimal().compareTo(parent.decimal());
                if (direction == Direction.MAX && c > 0) {
                    return "the parent allows at most " + parent.json();
                }
                if (direction == Direction.MIN && c < 0) {
                    return "the parent requires at least " + parent.json();
                }
                return null;
            }
            case NO_LATER -> {
                LocalDate c = date(child);
                LocalDate p = date(parent);
                if (c == null || p == null) {
                    return "a no-later bound compares dates (yyyy-mm-dd)";
                }
                return c.isAfter(p) ? "the parent's day is " + p + ", and a child may bring it forward, never put it back"
                        : null;
            }
            case SAME -> {
                boolean same = child.isNumber() && parent.isNumber()
                        ? child.decimal().compareTo(parent.decimal()) == 0
                        : child.value().equals(parent.value());
                return same ? null : "the parent requires exactly " + parent.json();
            }
            case SUPERSET -> {
                if (!(child.value() instanceof List<?> have) || !(parent.value() instanceof List<?> wanted)) {
                    return "a superset bound compares lists";
                }
                Set<String> missing = texts(wanted);
                missing.removeAll(texts(have));
                return missing.isEmpty() ? null : "it leaves out " + missing + " of the parent's list";
            }
            default -> throw new IllegalStateException("direction " + direction);
        }
    }

    private static Set<String> texts(List<?> list) {
        Set<String> texts = new LinkedHashSet<>();
        list.forEach(e -> texts.add(String.valueOf(e)));
        return texts;
    }

    private static LocalDate date(ParameterValue value) {
        if (!(value.value() instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<ParameterDefinition> sorted(PackDescriptor pack) {
        return pack.parameters().values().stream()
                .sorted(java.util.Comparator.comparing(ParameterDefinition::name)).toList();
    }
}
