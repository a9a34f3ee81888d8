package org.govweb.scoring.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;

/**
 * The tables of a roll-up, as plain strings (not escaped): what {@link RollupText} and
 * {@link RollupHtml} both show, each escaping for its own format.
 */
final class RollupTables {

    /** Shown for an absent value. */
    static final String NONE = "—";

    /**
     * One table.
     *
     * @param id a stable id (HTML anchor)
     * @param title the heading, Chinese and English
     * @param header the column headings
     * @param textColumns how many columns, from the left, hold text (left-aligned); the others hold numbers
     * @param rows the cells, row by row, unescaped
     * @param totalRow index of the county-wide row, or −1
     * @param emptyNote shown instead of the table when it has no rows
     */
    record Table(String id, String title, List<String> header, int textColumns, List<List<String>> rows,
            int totalRow, String emptyNote) {
        Table {
            Objects.requireNonNull(title, "title");
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /**
         * @param column a column's index
         * @return whether it holds numbers (right-aligned)
         */
        boolean numeric(int column) {
            return column >= textColumns;
        }
    }

    private RollupTables() {
    }

    /** @return the document's title */
    static String title(CountyRollup r) {
        return r.county() + " " + r.quarter() + " 政府网站和政务新媒体检查情况通报";
    }

    /** @return the English subtitle */
    static String subtitle(CountyRollup r) {
        return "Quarterly roll-up of the government website and new-media checks, " + r.county() + ", "
                + r.quarter();
    }

    /** @return the lines under the title: what the roll-up counts and with which parameters */
    static List<String> notes(CountyRollup r) {
        List<String> bands = r.total().websites().distribution().stream().map(BandCount::label).toList();
        return List.of(
                "检查季度 Quarter: " + r.quarter() + " (" + r.quarter().firstDay() + " – " + r.quarter().lastDay() + ")",
                "政务新媒体抽查比例要求 Required new-media spot-check ratio: > " + percent(r.options().requiredSpotCheckRatio())
                        + " %",
                "分数段 Score bands: " + String.join("; ", bands),
                "得分取各报告的最后得分,四舍五入保留两位小数显示;否决的网站无得分 / scores are the reports' final scores, "
                        + "shown rounded half-up to 2 decimals; vetoed websites have no score");
    }

    /** @return every table, in reading order */
    static List<Table> tables(CountyRollup r) {
        return List.of(websiteSummary(r), distribution(r), newMediaSummary(r), uncheckedWebsites(r), websiteResults(r),
                newMediaResults(r), annual(r), warnings(r));
    }

    static Table websiteSummary(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitRollup u : r.units()) {
            if (u.figures().websites().registered() > 0) {
                rows.add(websiteRow(u.unit(), u.figures().websites()));
            }
        }
        rows.add(websiteRow("全县 County", r.total().websites()));
        return new Table("websites", "政府网站检查情况 Websites",
                List.of("单位 Unit", "登记 Registered", "已检查 Checked", "未检查 Unchecked", "合格 Qualified",
                        "不合格 Unqualified", "单项否决 VETO", "评分不合格 BELOW_60", "平均分 Mean score",
                        "计分网站 Scored"),
                1, rows, rows.size() - 1, "");
    }

    private static List<String> websiteRow(String unit, WebsiteFigures w) {
        return List.of(unit, str(w.registered()), str(w.checked()), str(w.unchecked()), str(w.qualified()),
                str(w.unqualified()), str(w.unqualifiedVeto()), str(w.unqualifiedBelow60()), orNone(w.meanScoreDisplay()),
                str(w.scored()));
    }

    static Table distribution(CountyRollup r) {
        List<String> header = new ArrayList<>();
        header.add("单位 Unit");
        for (BandCount b : r.total().websites().distribution()) {
            header.add(b.label());
        }
        List<List<String>> rows = new ArrayList<>();
        for (UnitRollup u : r.units()) {
            if (u.figures().websites().registered() > 0) {
                rows.add(distributionRow(u.unit(), u.figures().websites()));
            }
        }
        rows.add(distributionRow("全县 County", r.total().websites()));
        return new Table("distribution", "网站得分分布 Score distribution (scored websites)", header, 1, rows,
                rows.size() - 1, "");
    }

    private static List<String> distributionRow(String unit, WebsiteFigures w) {
        List<String> row = new ArrayList<>();
        row.add(unit);
        for (BandCount b : w.distribution()) {
            row.add(str(b.count()));
        }
        return row;
    }

    static Table newMediaSummary(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitRollup u : r.units()) {
            if (u.figures().newMedia().registered() > 0) {
                rows.add(newMediaRow(u.unit(), u.figures().newMedia()));
            }
        }
        rows.add(newMediaRow("全县 County", r.total().newMedia()));
        return new Table("new-media", "政务新媒体抽查情况 New media (spot checks)",
                List.of("单位 Unit", "登记 Registered", "抽查 Checked", "抽查比例 Ratio",
                        "大于要求 Above " + percent(r.options().requiredSpotCheckRatio()) + " %", "合格 Qualified",
                        "不合格 Unqualified", "单项否决 VETO"),
                1, rows, rows.size() - 1, "");
    }

    private static List<String> newMediaRow(String unit, NewMediaFigures n) {
        String above = n.aboveRequiredRatio() == null ? NONE : n.aboveRequiredRatio() ? "是 yes" : "否 no";
        return List.of(unit, str(n.registered()), str(n.checked()),
                n.spotCheckPercent() == null ? NONE : n.spotCheckPercent() + " %", above, str(n.qualified()),
                str(n.unqualified()), str(n.unqualifiedVeto()));
    }

    static Table uncheckedWebsites(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (RegisteredSubject s : r.uncheckedWebsites()) {
            rows.add(List.of(s.unit(), s.name(), s.id()));
        }
        return new Table("unchecked", "本季度未检查的网站 Registered websites not checked this quarter",
                List.of("单位 Unit", "网站 Website", "ID"), 3, rows, -1, "无 none");
    }

    static Table websiteResults(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitRollup u : r.units()) {
            for (SubjectResult s : u.websites()) {
                if (s.checked()) {
                    rows.add(List.of(u.unit(), s.name(), s.id(), s.inspectionId(), date(s), verdict(s.verdict()),
                            reason(s.reason()), orNone(s.scoreDisplay()), orNone(s.band())));
                }
            }
        }
        return new Table("website-results", "网站检查结果 Website results",
                List.of("单位 Unit", "网站 Website", "ID", "检查 Inspection", "监测日期 Date", "结论 Verdict",
                        "原因 Reason", "得分 Score", "分数段 Band"),
                7, rows, -1, "无 none");
    }

    static Table newMediaResults(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitRollup u : r.units()) {
            for (SubjectResult s : u.newMedia()) {
                rows.add(List.of(u.unit(), s.name(), s.id(), s.checked() ? "是 yes" : "否 no", orNone(s.inspectionId()),
                        date(s), s.checked() ? verdict(s.verdict()) : NONE, reason(s.reason())));
            }
        }
        return new Table("new-media-results", "政务新媒体账号 New-media accounts",
                List.of("单位 Unit", "账号 Account", "ID", "抽查 Checked", "检查 Inspection", "监测日期 Date",
                        "结论 Verdict", "原因 Reason"),
                8, rows, -1, "无 none");
    }

    static Table annual(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (AnnualOutcome a : r.annual()) {
            rows.add(List.of(a.unit(), str(a.year()), verdict(a.verdict()),
                    a.rules().isEmpty() ? NONE : String.join(", ", a.rules()), a.unitRegistered() ? "是 yes" : "否 no"));
        }
        return new Table("annual", "年度考核结果 Annual assessments",
                List.of("单位 Unit", "年度 Year", "结论 Verdict", "规则 Rules", "名录内单位 Registered unit"), 5, rows, -1,
                "未提供 none given");
    }

    static Table warnings(CountyRollup r) {
        List<List<String>> rows = new ArrayList<>();
        for (RollupWarning w : r.warnings()) {
            rows.add(List.of(w.code().name(), w.subject(),
                    w.inspectionIds().isEmpty() ? NONE : String.join(", ", w.inspectionIds()),
                    w.messageZh() + " / " + w.messageEn()));
        }
        return new Table("warnings", "提示 Warnings", List.of("代码 Code", "对象 Subject", "检查 Inspections",
                "说明 Note"), 4, rows, -1, "无 none");
    }

    // ------------------------------------------------------------------ cells

    static String verdict(Verdict v) {
        if (v == null) {
            return NONE;
        }
        return v == Verdict.QUALIFIED ? "合格 QUALIFIED" : "不合格 UNQUALIFIED";
    }

    static String reason(VerdictReason r) {
        if (r == null) {
            return NONE;
        }
        return switch (r) {
            case VETO -> "单项否决 VETO";
            case BELOW_60 -> "评分不合格 BELOW_60";
            case ANNUAL_RULE -> "年度考核 ANNUAL_RULE";
        };
    }

    private static String date(SubjectResult s) {
        return s.monitoringDate() == null ? NONE : s.monitoringDate().toString();
    }

    /** @return a ratio 0–1 in per cent, without trailing zeros, e.g. {@code 50} */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String str(int n) {
        return Integer.toString(n);
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }
}
