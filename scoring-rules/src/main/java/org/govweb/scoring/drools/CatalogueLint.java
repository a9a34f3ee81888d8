package org.govweb.scoring.drools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;

/**
 * Checks a rule set's catalogue against the checklist's structure: every indicator ID of the checklist is
 * declared; each group's points are the sum of its indicators' points; the deduction groups sum to the
 * points of Part 2 (P1) and the bonus groups to those of Part 3 (P2); no per-finding amount written in a
 * rule ({@code Line.of(drools, "2", …)}) exceeds the points of the indicator it is tagged with. The numbers
 * themselves stay in the rule files; this class only compares them with each other.
 */
final class CatalogueLint {

    /** The indicator IDs of the checklist (INDICATORS.md); the public contract of reports and rule files. */
    static final List<String> CHECKLIST_IDS = List.of(
            "VW1", "VW2", "VW3", "VW4", "VW5", "VW6", "VM1", "VM2", "VM3",
            "D1.1", "D1.2", "D1.3", "D1.4", "D1.5", "D1.6", "D1.7", "D1.8", "D1.9",
            "D2.1", "D2.2", "D2.3", "D2.4", "D2.5", "D2.6", "D3.1", "D3.2", "D3.3", "D3.4",
            "D4.1", "D4.2", "D4.3", "D4.4", "D4.5", "D4.6", "D4.7", "D4.8", "D4.9", "D4.10",
            "B1.1", "B1.2", "B2.1", "B2.2", "B2.3", "B3.1", "B3.2", "B4.1", "B4.2", "B5.1",
            "A1", "A2", "A3");

    private static final Pattern RULE_START = Pattern.compile("(?m)^[ \\t]*rule\\s");
    private static final Pattern TAG = Pattern.compile("@indicator\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern AMOUNT = Pattern.compile("Line\\.of\\(\\s*drools\\s*,\\s*\"([0-9]+(?:\\.[0-9]+)?)\"");

    private CatalogueLint() {
    }

    static List<RuleProblem> check(List<IndicatorInfo> catalogue, Map<String, String> drl,
            Map<String, RuleSetLoader.RuleLocation> locations, Map<String, List<String>> rulesByIndicator,
            boolean requireChecklist) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, IndicatorInfo> byId = new HashMap<>();
        for (IndicatorInfo i : catalogue) {
            byId.put(i.id(), i);
        }
        if (requireChecklist) {
            for (String id : CHECKLIST_IDS) {
                if (!byId.containsKey(id)) {
                    problems.add(new RuleProblem("?", 0, 0, "the checklist's indicator " + id
                            + " is not declared by any catalogue rule"));
                }
            }
        }
        BigDecimal deductionGroups = BigDecimal.ZERO;
        BigDecimal bonusGroups = BigDecimal.ZERO;
        for (IndicatorInfo g : catalogue) {
            if (g.group() != null || g.points() == null) {
                continue;
            }
            if (g.kind() == IndicatorKind.DEDUCTION) {
                deductionGroups = deductionGroups.add(g.points());
            } else if (g.kind() == IndicatorKind.BONUS) {
                bonusGroups = bonusGroups.add(g.points());
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (IndicatorInfo i : catalogue) {
                if (g.id().equals(i.group()) && i.points() != null) {
                    sum = sum.add(i.points());
                }
            }
            if (sum.compareTo(g.points()) != 0) {
                problems.add(at(locations, rulesByIndicator, g.id(), "group " + g.id() + " (" + g.nameZh()
                        + ") declares " + g.points().toPlainString() + " points but its indicators sum to "
                        + sum.toPlainString()));
            }
        }
        IndicatorInfo p1 = byId.get("P1");
        IndicatorInfo p2 = byId.get("P2");
        if (requireChecklist && p1 != null && p1.points() != null && p1.points().compareTo(deductionGroups) != 0) {
            problems.add(at(locations, rulesByIndicator, "P", "the deduction groups sum to "
                    + deductionGroups.toPlainString() + " points, Part 2 (P1) declares " + p1.points().toPlainString()));
        }
        if (requireChecklist && p2 != null && p2.points() != null && p2.points().compareTo(bonusGroups) != 0) {
            problems.add(at(locations, rulesByIndicator, "P", "the bonus groups sum to "
                    + bonusGroups.toPlainString() + " points, Part 3 (P2) declares " + p2.points().toPlainString()));
        }
        drl.forEach((file, text) -> checkAmounts(file, text, byId, problems));
        return problems;
    }

    private static void checkAmounts(String file, String text, Map<String, IndicatorInfo> byId,
            List<RuleProblem> problems) {
        Matcher starts = RULE_START.matcher(text);
        List<Integer> offsets = new ArrayList<>();
        while (starts.find()) {
            offsets.add(starts.start());
        }
        for (int r = 0; r < offsets.size(); r++) {
            int from = offsets.get(r);
            int to = r + 1 < offsets.size() ? offsets.get(r + 1) : text.length();
            String block = text.substring(from, to);
            Matcher tag = TAG.matcher(block);
            if (!tag.find()) {
                continue;
            }
            IndicatorInfo info = byId.get(tag.group(1));
            if (info == null || info.points() == null) {
                continue;
            }
            Matcher amount = AMOUNT.matcher(block);
            while (amount.find()) {
                BigDecimal a = new BigDecimal(amount.group(1));
                if (a.compareTo(info.points()) > 0) {
                    int offset = from + amount.start(1);
                    problems.add(new RuleProblem(file, line(text, offset), column(text, offset), "amount "
                            + a.toPlainString() + " exceeds the " + info.points().toPlainString() + " points of "
                            + info.id() + " (" + info.nameZh() + ")"));
                }
            }
        }
    }

    private static RuleProblem at(Map<String, RuleSetLoader.RuleLocation> locations,
            Map<String, List<String>> rulesByIndicator, String id, String message) {
        String rule = rulesByIndicator.getOrDefault(id, List.of()).stream().findFirst().orElse(null);
        RuleSetLoader.RuleLocation loc = rule == null ? null : locations.get(rule);
        return loc == null ? new RuleProblem("?", 0, 0, message) : new RuleProblem(loc.file(), loc.line(), loc.column(), message);
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - start + 1;
    }
}
