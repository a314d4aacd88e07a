package vn.tdkt.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.engine.PackException;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;

/**
 * What a batch did: every input is counted once, as evaluated or as rejected, so {@code inputs = evaluated + rejected}.
 *
 * @param inputs             inputs taken from the stream
 * @param evaluated          inputs that became a report
 * @param rejected           inputs that became a rejection
 * @param verdicts           reports by verdict (every verdict present, possibly 0)
 * @param packs              reports by the pack that made them, by pack id
 * @param rules              per rule id, in catalogue order, how many plans it reported at each severity (a plan counts
 *                           once per rule, at the rule's worst severity in its report)
 * @param rejectedByKind     rejections by kind (every kind present, possibly 0)
 * @param rejections         the rejections one by one, in input order, except those listed in {@code rejectionGroups};
 *                           at most {@link #MAX_LISTED}
 * @param rejectionGroups    rejections that share their reason (a plan of a province no pack covers), grouped: the
 *                           reason, how many and the first few sources
 * @param packsAre           the packs a plan that no pack fits could have been checked with, as the reasons of those
 *                           plans list them ("hai-phong (Hải Phòng; 3194/QĐ-UBND), …"): said once here, not in each
 *                           group's reason; null when no reason lists them
 * @param unlisted           rejections counted but beyond the {@link #MAX_LISTED} that are listed (the NDJSON and CSV
 *                           outputs hold every one)
 * @param provincesByPack    pack id → the provinces of the plans it checked (a baseline's count says how many
 *                           provinces had no pack of their own)
 * @param interrupted        the run was stopped before its inputs ran out
 * @param elapsed            wall time of the run
 * @param threads            worker threads used
 */
public record BatchSummary(long inputs, long evaluated, long rejected, Map<Verdict, Long> verdicts,
                           Map<String, Long> packs, List<RuleTally> rules, Map<Rejection.Kind, Long> rejectedByKind, List<Rejection> rejections,
                           List<RejectionGroup> rejectionGroups, String packsAre, long unlisted, Map<String, java.util.SortedSet<String>> provincesByPack,
                           boolean interrupted, Duration elapsed, int threads) {
    /** The summary keeps at most this many rejections one by one, so that it stays small whatever the input. */
    public static final int MAX_LISTED = 1000;
    /** Sources named per group of rejections. */
    public static final int SOURCES_PER_GROUP = 3;

    /** How often one rule fired across the batch: plans by the rule's worst severity in each. */
    public record RuleTally(String ruleId, long violations, long warnings, long advice) {
        public long plans() {
            return violations + warnings + advice;
        }
    }

    /** Rejections with one reason: how many, and the first sources. */
    public record RejectionGroup(Rejection.Kind kind, String reason, long count, List<String> sources) {
        public RejectionGroup {
            sources = List.copyOf(sources);
        }
    }

    public BatchSummary {
        verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
        packs = Collections.unmodifiableMap(new java.util.TreeMap<>(packs));
        rules = List.copyOf(rules);
        rejectedByKind = Collections.unmodifiableMap(new EnumMap<>(rejectedByKind));
        rejections = List.copyOf(rejections);
        rejectionGroups = List.copyOf(rejectionGroups);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Whether every input is accounted for: inputs = evaluated + rejected. */
    public boolean balanced() {
        return inputs == evaluated + rejected;
    }

    /** Whether some plan has a violation (its verdict is REJECT). */
    public boolean hasViolations() {
        return verdicts.getOrDefault(Verdict.REJECT, 0L) > 0;
    }

    public long verdict(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0L);
    }

    /** Accumulates a summary from results in input order; not thread-safe (the batch feeds it from one thread). */
    static final class Builder {
        private long inputs;
        private long evaluated;
        private long rejected;
        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private final Map<String, Long> packs = new HashMap<>();
        private final Map<String, long[]> rules = new HashMap<>();
        private final Map<Rejection.Kind, Long> rejectedByKind = new EnumMap<>(Rejection.Kind.class);
        private final List<Rejection> rejections = new ArrayList<>();
        private final Map<String, GroupTally> groups = new LinkedHashMap<>();
        private String packsAre;
        private long unlisted;

        private static final class GroupTally {
            final Rejection.Kind kind;
            final String reason;
            long count;
            final List<String> sources = new ArrayList<>();

            GroupTally(Rejection.Kind kind, String reason) {
                this.kind = kind;
                this.reason = reason;
            }
        }

        private final Map<String, java.util.SortedSet<String>> provincesByPack = new java.util.TreeMap<>();

        Builder() {
            for (Verdict v : Verdict.values()) {
                verdicts.put(v, 0L);
            }
            for (Rejection.Kind k : Rejection.Kind.values()) {
                rejectedByKind.put(k, 0L);
            }
        }

        void add(BatchResult result) {
            inputs++;
            if (result instanceof BatchResult.Evaluated e) {
                evaluated++;
                Report report = e.report();
                verdicts.merge(report.verdict(), 1L, Long::sum);
                packs.merge(report.pack(), 1L, Long::sum);
                if (report.plan().province() != null) {
                    provincesByPack.computeIfAbsent(report.pack(), p -> new java.util.TreeSet<>())
                            .add(report.plan().province());
                }
                Map<String, Severity> worst = new HashMap<>();
                for (Finding f : report.findings()) {
                    worst.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
                worst.forEach((rule, severity) -> rules.computeIfAbsent(rule, r -> new long[3])[severity.ordinal()]++);
            } else if (result instanceof BatchResult.Rejected r) {
                rejected++;
                Rejection rejection = r.rejection();
                rejectedByKind.merge(rejection.kind(), 1L, Long::sum);
                if (rejection.kind() == Rejection.Kind.NO_PACK) {
                    // the list of packs is the run's, the same in every reason: the summary says it once
                    String reason = rejection.reason();
                    int packsAt = reason.indexOf(PackException.PACKS_ARE);
                    String listed = packsAt < 0 ? null : reason.substring(packsAt + PackException.PACKS_ARE.length());
                    if (listed != null && (packsAre == null || packsAre.equals(listed))) {
                        packsAre = listed;
                        reason = reason.substring(0, packsAt);
                    }
                    GroupTally group = groups.get(reason);
                    if (group == null && groups.size() < MAX_LISTED) {
                        group = new GroupTally(rejection.kind(), reason);
                        groups.put(reason, group);
                    }
                    if (group == null) {
                        unlisted++;
                        return;
                    }
                    group.count++;
                    if (group.sources.size() < SOURCES_PER_GROUP) {
                        group.sources.add(rejection.location());
                    }
                } else if (rejections.size() < MAX_LISTED) {
                    rejections.add(rejection);
                } else {
                    unlisted++;
                }
            }
        }

        BatchSummary build(boolean interrupted, Duration elapsed, int threads) {
            List<String> ids = new ArrayList<>(rules.keySet());
            ids.sort(RuleIds.ORDER);
            List<RuleTally> tallies = ids.stream().map(id -> {
                long[] n = rules.get(id);
                return new RuleTally(id, n[Severity.VIOLATION.ordinal()], n[Severity.WARNING.ordinal()],
                        n[Severity.ADVICE.ordinal()]);
            }).toList();
            List<RejectionGroup> grouped = groups.values().stream()
                    .map(g -> new RejectionGroup(g.kind, g.reason, g.count, g.sources)).toList();
            return new BatchSummary(inputs, evaluated, rejected, verdicts, packs, tallies, rejectedByKind, rejections, grouped,
                    packsAre, unlisted, provincesByPack, interrupted, elapsed, threads);
        }
    }
}
