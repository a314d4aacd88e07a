package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.PriorityGroup;

/** The delegates: how many, the shares and stated counts of exemplars and guests, the groups favoured, the seats. */
final class DelegationReader {
    private static final Pattern TOTAL = Patterns.compile("\\bso luong\\b[^.;]{0,160}?\\b(\\d{1,4})\\s+(?:dai bieu|nguoi)\\b");
    private static final Pattern EXEMPLAR_SHARE =
            Patterns.compile("\\bdien hinh tien tien\\s+(?:(?:khoang|chiem|la|dat|toi thieu|it nhat)\\s+){0,2}(\\d{1,3})\\s*%"
                    + "|\\bdien hinh tien tien\\s+\\d{1,4}\\s+(?:dong chi|dai bieu|nguoi)\\s*\\(\\s*(\\d{1,3})\\s*%");
    private static final Pattern GUEST_SHARE = Patterns.compile("\\bkhach moi\\b[^%;]{0,100}?(\\d{1,3})\\s*%");
    /** "trong đó 105 đại biểu điển hình tiên tiến", "trong đó có 105 đại biểu là điển hình tiên tiến". */
    private static final Pattern EXEMPLAR_COUNT = Patterns.compile(
            "\\b(?:trong do|gom)(?: co)?(?: khoang)?\\s+(\\d{1,4})\\s+(?:dai bieu\\s+)?(?:la\\s+)?(?:cac\\s+)?dien hinh tien tien\\b"
                    + "|\\btrong do\\s+(?:dai bieu\\s+)?dien hinh tien tien\\s+(\\d{1,4})\\s+(?:dong chi|dai bieu|nguoi)\\b");
    /** "45 đại biểu khách mời", "45 đại biểu là khách mời, lãnh đạo". */
    private static final Pattern GUEST_COUNT = Patterns.compile(
            "(?<![\\d%])\\b(\\d{1,4})\\s+(?:dai bieu\\s+)?(?:la\\s+)?(?:dai bieu\\s+)?(?:khach moi|lanh dao)\\b(?!\\s*\\d)"
                    + "|\\bkhach moi(?:\\s+va\\s+lanh dao)?\\s+(\\d{1,4})\\s+(?:dong chi|dai bieu|nguoi)\\b");
    private static final Pattern VETTING = Patterns.compile("\\bbinh xet cong khai\\b");
    private static final Pattern BALANCED = Patterns.compile("\\bcan doi\\b");
    private static final Pattern PRIORITY = Patterns.compile("\\bchu trong\\s+(?:\\S+\\s+chon\\s+)?");
    private static final Pattern PRIORITY_CHOSEN = Patterns.compile("\\bchu trong\\s+\\S+\\s+chon\\b");

    private final ReadingContext context;
    private final TableReader.Allocations allocations;

    DelegationReader(ReadingContext context, TableReader.Allocations allocations) {
        this.context = context;
        this.allocations = allocations;
    }

    Delegation read() {
        Integer total = null;
        Integer exemplar = null;
        Integer guest = null;
        Integer exemplarCount = null;
        Integer guestCount = null;
        List<PriorityGroup> groups = null;
        for (Paragraph p : context.paragraphs) {
            String f = p.foldedBody.text();
            if (total == null && f.contains("so luong")) {
                Matcher m = TOTAL.matcher(f);
                if (m.find()) {
                    total = Integer.valueOf(m.group(1));
                    context.source("/delegation/total", p.span());
                }
            }
            if (exemplar == null && f.indexOf('%') >= 0) {
                Matcher m = EXEMPLAR_SHARE.matcher(f);
                String share = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
                if (share != null && Integer.parseInt(share) <= 100) {
                    exemplar = Integer.valueOf(share);
                    context.source("/delegation/exemplarPercent", p.span());
                }
            }
            if (guest == null && f.indexOf('%') >= 0) {
                Matcher m = GUEST_SHARE.matcher(f);
                if (m.find() && Integer.parseInt(m.group(1)) <= 100) {
                    guest = Integer.valueOf(m.group(1));
                    context.source("/delegation/guestPercent", p.span());
                }
            }
            if (exemplarCount == null && (f.contains("trong do") || f.contains("gom"))) {
                Matcher m = EXEMPLAR_COUNT.matcher(f);
                if (m.find()) {
                    exemplarCount = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
                    context.source("/delegation/exemplarCount", p.span());
                }
            }
            if (guestCount == null && f.contains("dai bieu")) {
                Matcher m = GUEST_COUNT.matcher(f);
                if (m.find()) {
                    guestCount = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
                    context.source("/delegation/guestCount", p.span());
                }
            }
            if (groups == null && f.contains("chu trong")) {
                groups = groups(p, f);
            }
        }
        if (total == null && allocations.total() != null) {
            total = allocations.total();
            context.source("/delegation/total", allocations.where());
        }
        Boolean vetting = context.flag(VETTING, "binh xet cong khai", "/delegation/publicVetting");
        Boolean balanced = context.flag(BALANCED, "can doi", "/delegation/balanced");
        return new Delegation(total, exemplar, guest, groups, vetting, balanced, allocations.seats(), null, exemplarCount,
                guestCount);
    }

    /**
     * The groups of "chú trọng (lựa chọn) …", up to the clause's end. Without "lựa chọn" the words may be about
     * anything ("chú trọng tuyên truyền"), so the clause counts only when it names a group.
     */
    /**
     * The words of the clause that starts at {@code from}: up to the first parenthesis, semicolon or full stop (the
     * groups to favour are named before "(đại biểu … khoảng 70%)" and before the next sentence).
     */
    static String clauseFrom(String text, int from) {
        int stop = text.length();
        for (char c : new char[] {'(', ';', '.'}) {
            int at = text.indexOf(c, from);
            if (at >= 0) {
                stop = Math.min(stop, at);
            }
        }
        return text.substring(from, stop);
    }

    private List<PriorityGroup> groups(Paragraph p, String f) {
        Matcher m = PRIORITY.matcher(f);
        while (m.find()) {
            boolean chosen = PRIORITY_CHOSEN.matcher(f).region(m.start(), f.length()).lookingAt();
            List<PriorityGroup> groups = groupsIn(clauseFrom(f, m.end()));
            if (chosen || !groups.isEmpty()) {
                context.source("/delegation/priorityGroups", p.span());
                return groups;
            }
            context.leaveOut("/delegation/priorityGroups", p, "\"chú trọng\" names no group of delegates");
        }
        return null;
    }

    /**
     * The groups of delegates a folded clause names after "chú trọng (lựa chọn)", in the guidance's order: direct
     * workers, women, ethnic minorities, the economic sectors.
     */
    static List<PriorityGroup> groupsIn(String clause) {
        List<PriorityGroup> groups = new ArrayList<>();
        if (clause.matches("(?s).*\\btruc tiep (?:san xuat|lao dong|cong tac|hoc tap|chien dau|giang day|huan luyen"
                + "|kinh doanh|phuc vu|kham|cham soc).*")) {
            groups.add(PriorityGroup.DIRECT_WORKERS);
        }
        if (clause.matches("(?s).*\\b(?:dai bieu nu|phu nu|nu)\\b.*")) {
            groups.add(PriorityGroup.WOMEN);
        }
        if (clause.matches("(?s).*\\b(?:dan toc|dtts)\\b.*")) {
            groups.add(PriorityGroup.ETHNIC_MINORITIES);
        }
        if (clause.matches("(?s).*\\b(?:thanh ph\\w*n kinh te|doanh nghiep|hop tac xa)\\b.*")) {
            groups.add(PriorityGroup.ECONOMIC_SECTORS);
        }
        return groups;
    }
}
