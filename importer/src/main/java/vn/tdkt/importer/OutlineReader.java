package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.RecipientKind;
import vn.tdkt.model.ReportPart;

/** The summary report's outline and scope, the award categories, and the plan's commitment to economy. */
final class OutlineReader {
    private static final Pattern SCOPE = Patterns.compile("^pham vi\\b");
    private static final Pattern SUMMARY_REPORT_PROSE = Patterns.compile("^bao cao tong ket\\b.*\\bcan\\b");
    private static final Pattern AWARD_COUNT = Patterns.compile(
            "\\((\\d{1,3})\\s*(?:(?:-|–|—|den)\\s*(\\d{1,3}))?\\s*([^)]*)\\)");
    private static final Pattern PROPOSER =
            Patterns.compile("\\((?:(?:giao|do)\\s+)?([^()\\d]+?)\\s+(?:chu tri|de xuat|de nghi|gioi thieu)[^()]*\\)");

    /** "thành tích / kết quả … của … trước khi sắp xếp" in one clause: the review covers the former units. */
    private static final Pattern COVERS = Patterns.compile(
            "\\b(?:thanh tich|ket qua)\\b[^.;]{0,200}?\\b(?:truoc khi sap xep|tren co so sap xep)\\b");
    private static final Pattern BALANCE = Patterns.compile("\\b(?:can doi|tinh dai dien|co cau)\\b");
    /** "tặng Giấy khen của … cho 15 tập thể và 35 cá nhân …". */
    private static final Pattern AWARDS_INLINE = Patterns.compile("\\b(?:tang|trao)\\s+(.+?)\\s+cho\\s+(\\d{1,3})\\s+tap the"
            + "\\s+va\\s+(\\d{1,3})\\s+ca nhan\\b\\s*(.*?)[\\s.;]*$");

    private final ReadingContext context;

    OutlineReader(ReadingContext context) {
        this.context = context;
    }

    /** The "+" (else "-") items after "Bố cục … báo cáo"; [] when the plan only says in prose what the report weighs. */
    List<ReportPart> reportOutline() {
        List<Paragraph> paragraphs = context.paragraphs;
        for (Paragraph p : paragraphs) {
            String f = p.foldedBody.text();
            if (!(f.contains("bo cuc") && f.contains("bao cao"))) {
                continue;
            }
            List<Paragraph> bullets = new ArrayList<>();
            for (int j = p.index + 1; j < paragraphs.size() && paragraphs.get(j).isBullet(); j++) {
                bullets.add(paragraphs.get(j));
            }
            List<Paragraph> items = bullets.stream().filter(b -> b.kind == Paragraph.Kind.PLUS).toList();
            if (items.isEmpty()) {
                items = bullets;
            }
            Set<ReportPart> parts = new LinkedHashSet<>();
            List<Paragraph> sources = new ArrayList<>();
            for (Paragraph item : items) {
                ReportPart part = Kinds.classify(Kinds.REPORT_PARTS, item.foldedBody.text());
                if (part != null) {
                    parts.add(part);
                    sources.add(item);
                }
            }
            if (!parts.isEmpty()) {
                context.source("/reportOutline", Paragraph.span(sources));
                return List.copyOf(parts);
            }
        }
        for (Paragraph p : paragraphs) {
            if (SUMMARY_REPORT_PROSE.matcher(p.foldedBody.text()).find()) {
                context.source("/reportOutline", p.span());
                return List.of();
            }
        }
        return null;
    }

    /** "Phạm vi: … trước khi sắp xếp": the review covers the pre-merger units' achievements. */
    Boolean covers() {
        for (Paragraph p : context.paragraphs) {
            if (SCOPE.matcher(p.foldedBody.text()).find() && p.foldedBody.text().contains("truoc khi sap xep")) {
                context.source("/coversPreMergerAchievements", p.span());
                return Boolean.TRUE;
            }
        }
        // "Đánh giá kết quả … của xã và các xã A, B trước khi sắp xếp"; not the balance of delegates ("cân đối …
        // giữa các xã trước khi sắp xếp").
        for (Paragraph p : context.paragraphs) {
            if (!p.foldedBody.text().contains("sap xep")) {
                continue;
            }
            Matcher m = COVERS.matcher(p.foldedBody.text());
            if (m.find() && !BALANCE.matcher(m.group()).find()) {
                context.source("/coversPreMergerAchievements", p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    Boolean solemn() {
        for (Paragraph p : context.paragraphs) {
            String f = p.folded.text();
            if (f.contains("trang trong") && f.contains("tiet kiem")) {
                context.source("/solemnAndEconomical", p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    /** The sub-headings under a heading naming "khen thưởng" with "số lượng" or "tiêu chí". */
    List<AwardCategory> awardCategories() {
        List<Paragraph> paragraphs = context.paragraphs;
        for (Paragraph heading : paragraphs) {
            String f = heading.foldedBody.text();
            if (!heading.isHeading() || !f.contains("khen thuong")) {
                continue;
            }
            // A heading of its own ("Số lượng, tiêu chí khen thưởng"), or one whose items give counts ("1. Tập thể
            // (05 tập thể): …").
            boolean counted = f.contains("so luong") || f.contains("tieu chi");
            List<AwardCategory> categories = new ArrayList<>();
            java.util.Map<String, SourceSpan> pending = new java.util.LinkedHashMap<>();
            int index = 0;
            // The categories are the numbered sub-headings, or the first bullets when the heading lists them so.
            Paragraph.Kind itemKind = heading.index + 1 < paragraphs.size() && paragraphs.get(heading.index + 1).isBullet()
                    ? paragraphs.get(heading.index + 1).kind : null;
            for (int j = heading.index + 1; j < paragraphs.size(); j++) {
                Paragraph sub = paragraphs.get(j);
                if (sub.kind == Paragraph.Kind.NONE || sub.level <= heading.level) {
                    break;
                }
                if (itemKind == null ? !sub.isHeading() : sub.kind != itemKind) {
                    continue;
                }
                List<Paragraph> details = new ArrayList<>();
                for (int k = j + 1; k < paragraphs.size() && paragraphs.get(k).isBullet()
                        && paragraphs.get(k).level > sub.level; k++) {
                    details.add(paragraphs.get(k));
                }
                categories.add(award(sub, details));
                List<Paragraph> sources = new ArrayList<>();
                sources.add(sub);
                sources.addAll(details);
                pending.put("/awardCategories/" + index++, Paragraph.span(sources));
            }
            if (!categories.isEmpty() && (counted || categories.stream().allMatch(c -> c.countMin() != null))) {
                pending.forEach(context::source);
                return categories;
            }
        }
        return awardsInline();
    }

    /** Awards given in one sentence: "tặng Giấy khen của Giám đốc Sở cho 15 tập thể và 35 cá nhân có thành tích …". */
    private List<AwardCategory> awardsInline() {
        for (Paragraph p : context.paragraphs) {
            Folded folded = p.foldedBody;
            Matcher m = AWARDS_INLINE.matcher(folded.text());
            if (!m.find()) {
                continue;
            }
            String form = folded.original(m.start(1), m.end(1)).strip();
            form = Character.toUpperCase(form.charAt(0)) + form.substring(1);
            String criteria = m.group(4).isBlank() ? null : folded.original(m.start(4), m.end(4)).strip();
            String proposer = null;
            Matcher by = criteria == null ? null : PROPOSER.matcher(Folded.of(criteria).text());
            if (by != null && by.find()) {
                Folded words = Folded.of(criteria);
                proposer = words.original(by.start(1), by.end(1)).strip();
                criteria = (words.original(0, by.start()) + words.original(by.end(), words.text().length())).strip();
            }
            int collectives = Integer.parseInt(m.group(2));
            int individuals = Integer.parseInt(m.group(3));
            context.source("/awardCategories/0", p.span());
            context.source("/awardCategories/1", p.span());
            return List.of(
                    new AwardCategory(null, RecipientKind.COLLECTIVE, collectives, collectives, criteria, proposer, form),
                    new AwardCategory(null, RecipientKind.INDIVIDUAL, individuals, individuals, criteria, proposer, form));
        }
        return null;
    }

    private static AwardCategory award(Paragraph sub, List<Paragraph> details) {
        Folded body = sub.foldedBody;
        String f = body.text();
        Matcher count = AWARD_COUNT.matcher(f);
        Integer min = null;
        Integer max = null;
        RecipientKind recipients = null;
        String field;
        int afterCount;
        if (count.find()) {
            min = Integer.valueOf(count.group(1));
            max = count.group(2) == null ? min : Integer.valueOf(count.group(2));
            field = body.original(0, count.start()).strip();
            recipients = recipients(count.group(3), Folded.key(field));
            afterCount = count.end();
        } else {
            int colon = f.indexOf(':');
            field = body.original(0, colon < 0 ? f.length() : colon).strip();
            afterCount = colon < 0 ? f.length() : colon;
        }
        String proposer = null;
        String rest = f.substring(afterCount);
        Matcher by = PROPOSER.matcher(rest);
        String criteria = body.original(afterCount, f.length());
        if (by.find()) {
            proposer = body.original(afterCount + by.start(1), afterCount + by.end(1)).strip();
            criteria = body.original(afterCount, afterCount + by.start()) + body.original(afterCount + by.end(), f.length());
        }
        criteria = criteria.replaceFirst("^\\s*:\\s*", "").strip().replaceAll("[\\s;.]+$", "").strip();
        if (criteria.isEmpty() && !details.isEmpty()) {
            criteria = String.join("\n", details.stream().map(d -> d.body).toList());
        }
        return new AwardCategory(field.replaceAll("[\\s:]+$", ""), recipients, min, max, criteria, proposer, null);
    }

    private static RecipientKind recipients(String foldedUnit, String foldedField) {
        String u = foldedUnit.strip();
        if (u.contains("ca nhan") || u.contains("nguoi")) {
            return RecipientKind.INDIVIDUAL;
        }
        if (u.contains("ho gia dinh") || u.startsWith("ho")) {
            return RecipientKind.HOUSEHOLD;
        }
        if (u.contains("doanh nghiep") || u.contains("cong ty")) {
            return RecipientKind.ENTERPRISE;
        }
        if (u.contains("tap the")) {
            return RecipientKind.COLLECTIVE;
        }
        if (u.contains("don vi") || u.contains("co quan") || u.contains("truong") || u.contains("chi hoi")
                || u.contains("co so") || u.contains("thon") || u.contains("to dan pho") || u.contains("khoa")) {
            // "(03-05 đơn vị)" counts whatever the field names: enterprises, households, or collectives.
            if (foldedField.contains("doanh nghiep") || foldedField.contains("cong ty")) {
                return RecipientKind.ENTERPRISE;
            }
            if (foldedField.contains("ho gia dinh")) {
                return RecipientKind.HOUSEHOLD;
            }
            return RecipientKind.COLLECTIVE;
        }
        return null;
    }
}
