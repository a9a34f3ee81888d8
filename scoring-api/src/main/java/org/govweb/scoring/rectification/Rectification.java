package org.govweb.scoring.rectification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.LineAnalysis;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;

/**
 * The rectification list (整改清单) of one report: what to fix, most rewarding first. When a veto holds,
 * its sub-conditions come first (until they are fixed nothing else is scored), followed by what would be
 * deducted once they are, marked NOT_SCORED. Each deduction line says how many points fixing it alone
 * regains, respecting its indicator's cap; fixing one of several findings of a capped indicator may
 * regain nothing. Arithmetic over the report's own numbers only; it judges nothing.
 *
 * <p>Order: vetoes (in the report's order), then deduction lines by points regained (most first), then
 * by the indicator's place in the report (catalogue order), the rule and the evidence.
 *
 * <pre>{@code
 * Rectification list = Rectification.of(report);
 * System.out.print(RectificationText.render(list));
 * }</pre>
 *
 * @param type {@code website} or {@code newMedia}
 * @param inspectionId the inspection's id
 * @param subjectId the site's or account's id
 * @param subjectName its name
 * @param monitoringDate the monitoring point
 * @param verdict the report's verdict
 * @param reason why unqualified; null when qualified
 * @param items what to fix, ranked
 */
@JsonPropertyOrder({"type", "inspectionId", "subjectId", "subjectName", "monitoringDate", "verdict", "reason", "items"})
public record Rectification(
        @JsonProperty(value = "type", required = true) String type,
        @JsonProperty(value = "inspectionId", required = true) String inspectionId,
        @JsonProperty(value = "subjectId", required = true) String subjectId,
        @JsonProperty(value = "subjectName", required = true) String subjectName,
        @JsonProperty(value = "monitoringDate", required = true) LocalDate monitoringDate,
        @JsonProperty(value = "verdict", required = true) Verdict verdict,
        @JsonProperty(value = "reason", required = true) VerdictReason reason,
        @JsonProperty(value = "items", required = true) List<RectificationItem> items) {

    /** Checks required components and copies lists (immutable). */
    public Rectification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(verdict, "verdict");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * @param report a website or new-media report
     * @return its rectification list
     */
    public static Rectification of(ScoreReport report) {
        Objects.requireNonNull(report, "report");
        List<RectificationItem> vetoes = new ArrayList<>();
        for (VetoAnalysis v : report.vetoes()) {
            vetoes.add(new RectificationItem(0, RectificationKind.VETO, v.indicator(), v.nameZh(), v.nameEn(), v.rule(),
                    v.conditionZh(), v.conditionEn(), v.evidenceIds(), null, null, null, null, null, null));
        }
        List<Ranked> deductions = new ArrayList<>();
        List<IndicatorAnalysis> indicators = report.indicators();
        for (int order = 0; order < indicators.size(); order++) {
            IndicatorAnalysis i = indicators.get(order);
            if (i.kind() != IndicatorKind.DEDUCTION || i.lines().isEmpty()
                    || (i.status() != IndicatorStatus.HIT && i.status() != IndicatorStatus.NOT_SCORED)) {
                continue;
            }
            BigDecimal raw = i.raw();
            BigDecimal capped = cap(raw, i.points());
            for (LineAnalysis l : i.lines()) {
                BigDecimal regained = capped.subtract(cap(raw.subtract(l.amount()), i.points()));
                deductions.add(new Ranked(order, new RectificationItem(0, RectificationKind.DEDUCTION, i.indicator(),
                        i.nameZh(), i.nameEn(), l.rule(), l.reasonZh(), l.reasonEn(), l.evidenceIds(), i.status(),
                        l.amount(), regained, i.points(), raw, capped)));
            }
        }
        deductions.sort(Comparator.comparing((Ranked r) -> r.item().regained(), Comparator.reverseOrder())
                .thenComparingInt(Ranked::order)
                .thenComparing(r -> r.item().rule())
                .thenComparing(r -> r.item().evidenceIds(), Rectification::compareEvidence));
        List<RectificationItem> items = new ArrayList<>(vetoes);
        deductions.forEach(r -> items.add(r.item()));
        for (int k = 0; k < items.size(); k++) {
            items.set(k, items.get(k).withRank(k + 1));
        }
        return new Rectification(report.type(), report.inspectionId(), report.subjectId(), report.subjectName(),
                report.monitoringDate(), report.verdict(), report.reason(), items);
    }

    /** @return whether a veto holds: the vetoes must be fixed before anything else is scored */
    public boolean vetoed() {
        return items.stream().anyMatch(i -> i.kind() == RectificationKind.VETO);
    }

    /** @return the veto items, in order */
    public List<RectificationItem> vetoItems() {
        return items.stream().filter(i -> i.kind() == RectificationKind.VETO).toList();
    }

    /** @return the deduction items, in order */
    public List<RectificationItem> deductionItems() {
        return items.stream().filter(i -> i.kind() == RectificationKind.DEDUCTION).toList();
    }

    /**
     * @return the points fixing every deduction finding regains (would regain, under a veto): the sum of
     *     each indicator's deduction after its cap. The items' regained points sum to less when a cap
     *     hides findings (each counts only what fixing it alone regains).
     */
    public BigDecimal totalRegainable() {
        return items.stream().filter(i -> i.kind() == RectificationKind.DEDUCTION)
                .collect(Collectors.toMap(RectificationItem::indicator, RectificationItem::cappedTotal,
                        (a, b) -> a))
                .values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal cap(BigDecimal amount, BigDecimal points) {
        return points == null ? amount : amount.min(points);
    }

    private static int compareEvidence(List<String> a, List<String> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int c = a.get(k).compareTo(b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A deduction item with its indicator's place in the report, for sorting. */
    private record Ranked(int order, RectificationItem item) {
    }
}
