package vn.tdkt.rules.support;

import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Plan;
import vn.tdkt.model.UnitLevel;

/**
 * To whom a plan sends a step the guidance addresses (IV.1: "báo cáo Hội đồng Thi đua - Khen thưởng thành phố (gửi
 * qua Ban Thi đua - Khen thưởng thành phố)"), and how far that may differ.
 *
 * <ul>
 *   <li>The council, or its standing body the Ban Thi đua - Khen thưởng (or the Sở Nội vụ that houses it), is right:
 *       the guidance itself says the report goes through the Ban.</li>
 *   <li>The city's or province's People's Committee is arguable: it chairs the council, and a report to it may reach
 *       the council, but it is not the body the clause names (a warning).</li>
 *   <li>The unit itself (UBND xã, its own council, its Party committee, its offices; an agency's own leadership) is
 *       not the council: the step does not reach the city at all (a violation, when no step of the same kind goes
 *       higher).</li>
 *   <li>Any other body is not the one named (a warning).</li>
 * </ul>
 */
public final class Recipients {
    /** How a recipient stands against the body the guidance names. */
    public enum Standing {
        /** The council the guidance names, or its standing body: the step reaches where it must. */
        COUNCIL,
        /** The city's or province's People's Committee, which chairs the council: arguable, a warning. */
        PEOPLES_COMMITTEE,
        /** Another body than the one named: a warning. */
        OTHER,
        /** A body of the unit itself: the step never leaves the unit, a violation when no step goes higher. */
        OWN_UNIT
    }

    private static final String[] OWN_LEVELS = {"xa", "phuong", "dac khu"};
    private static final String[] OWN_BODIES = {"dang uy", "van phong hdnd", "van phong ubnd", "phong van hoa",
        "ban chi dao", "ban to chuc hoi nghi", "ban giam hieu", "ban giam doc", "giam doc", "hieu truong",
        "thu truong", "lanh dao don vi", "lanh dao co quan", "chi bo", "cong doan co so"};
    private static final String[] HIGHER_LEVEL_WORDS = {"thanh pho", "tinh", "tp", "cap tren", "trung uong"};

    private Recipients() {}

    /** How the recipient stands; null when none is named. */
    public static Standing standing(String recipient, Plan plan) {
        if (recipient == null) {
            return null;
        }
        Words words = words(recipient);
        if (ownUnit(words, plan) && !(words.council && words.higherLevel)) {
            // "Hội đồng Thi đua - Khen thưởng xã" is the commune's own council; a higher one names its level
            return Standing.OWN_UNIT;
        }
        if (words.council) {
            return Standing.COUNCIL;
        }
        return words.peoplesCommittee && words.higherLevel ? Standing.PEOPLES_COMMITTEE : Standing.OTHER;
    }

    /**
     * What a recipient's words say, apart from the plan: the same few recipients recur in every plan of a batch, so
     * each is read once.
     */
    private record Words(String folded, boolean council, boolean peoplesCommittee, boolean higherLevel,
                         boolean ownBody, boolean ownLevel) {
        static Words of(String recipient) {
            String w = " " + Texts.fold(recipient).replace('-', ' ').replace('.', ' ') + " ";
            boolean council = w.contains("hoi dong thi dua") || w.contains(" hdtdkt") || w.contains(" hd tdkt")
                    || w.contains("ban thi dua") || w.contains(" btdkt") || w.contains("so noi vu");
            boolean higher = containsWord(w, HIGHER_LEVEL_WORDS);
            boolean ownBody = !higher && containsWord(w, OWN_BODIES);
            boolean ownLevel = false;
            for (String level : OWN_LEVELS) {
                ownLevel |= levelWord(w, level);
            }
            return new Words(w, council, w.contains("uy ban nhan dan") || w.contains("ubnd"), higher, ownBody, ownLevel);
        }
    }

    private static final int WORDS_MAX = 10_000;
    private static final java.util.Map<String, Words> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Words words(String recipient) {
        Words words = WORDS.get(recipient);
        if (words == null) {
            words = Words.of(recipient);
            if (WORDS.size() < WORDS_MAX) {
                WORDS.put(recipient, words);
            }
        }
        return words;
    }

    /**
     * A step of the plan that does not reach the council: which step, how its recipient stands, how serious.
     *
     * @param step     the plan's step that comes closest to the council, with its place among the deadlines
     * @param standing how its recipient stands against the council
     * @param severity a violation for the unit itself, when every step of the kind names its recipient; else a warning
     */
    public record Miss(Indexed<Deadline> step, Standing standing, vn.tdkt.finding.Severity severity) {
        /** The step's recipient in the plan, which the finding points at. */
        public String pointer() {
            return step.pointer("/deadlines", "recipient");
        }

        /** The recipient as the plan writes it, quoted in the finding. */
        public String recipient() {
            return step.value().recipient();
        }

        /** The name of the check's message for this standing, as checks.yaml and a pack's messages key it. */
        public String outcome() {
            return switch (standing) {
                case PEOPLES_COMMITTEE -> "recipient-arguable";
                case OWN_UNIT -> "recipient-own-unit";
                default -> "recipient-other";
            };
        }
    }

    /**
     * How the steps of one kind miss the council, judged by the one that comes closest to it; null when one reaches
     * it (the others may be the unit's internal steps) or none names a recipient. Only the unit itself is a
     * violation, and only when every step of the kind names its recipient: a step that names none may go higher.
     */
    public static Miss miss(Plan plan, DeadlineKind kind) {
        if (plan.deadlines() == null) {
            return null;
        }
        Indexed<Deadline> closest = null;
        Standing closestStanding = null;
        boolean allNamed = true;
        for (int i = 0; i < plan.deadlines().size(); i++) {
            Deadline step = plan.deadlines().get(i);
            if (step.kind() != kind) {
                continue;
            }
            Standing standing = standing(step.recipient(), plan);
            if (standing == null) {
                allNamed = false;
            } else if (closestStanding == null || standing.ordinal() < closestStanding.ordinal()) {
                closest = new Indexed<>(i, step);
                closestStanding = standing;
            }
        }
        if (closest == null || closestStanding == Standing.COUNCIL) {
            return null;
        }
        boolean violation = closestStanding == Standing.OWN_UNIT && allNamed;
        return new Miss(closest, closestStanding,
                violation ? vn.tdkt.finding.Severity.VIOLATION : vn.tdkt.finding.Severity.WARNING);
    }

    private static boolean ownUnit(Words words, Plan plan) {
        String name = plan.unit().name() == null ? null : Texts.fold(plan.unit().name());
        if (name != null && name.length() > 2 && words.folded.contains(" " + name + " ")) {
            return true;
        }
        // "UBND xã" is the unit's own only for a commune-level unit; for an agency, or a unit of unknown level, only
        // its own name says so
        boolean communeLevel = plan.unit().level() != null && plan.unit().level() != UnitLevel.AGENCY;
        return (communeLevel && words.ownLevel) || words.ownBody;
    }

    private static boolean containsWord(String words, String[] candidates) {
        for (String word : candidates) {
            if (words.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the level word stands as a word ("xã" in "UBND xã", not inside "xã hội"). */
    private static boolean levelWord(String words, String level) {
        int at = words.indexOf(" " + level + " ");
        while (at >= 0) {
            String after = words.substring(at + level.length() + 2);
            if (!after.startsWith("hoi ")) {
                return true;
            }
            at = words.indexOf(" " + level + " ", at + 1);
        }
        return false;
    }
}
