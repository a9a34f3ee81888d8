package org.govweb.scoring.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govweb.scoring.drools.RuleFiles;

/**
 * A synthetic rule set for testing the procedure alone: the bundled procedure and website vetoes, plus one
 * indicator per group carrying the group's points, whose lines are read from the inspection's id
 * ({@code "D1.1=5,B1.1=2"}). Lets grading edges be tested without depending on any indicator's rules.
 */
public final class Synthetic {
    private Synthetic() {
    }

    /**
     * @param inspectionId an id like {@code "D1.1=5,D3.1=9.9"}
     * @param indicator an indicator ID
     * @return the amounts the id names for that indicator
     */
    public static List<BigDecimal> amounts(String inspectionId, String indicator) {
        List<BigDecimal> out = new ArrayList<>();
        for (String part : inspectionId.split(",")) {
            String[] kv = part.split("=");
            if (kv.length == 2 && kv[0].trim().equals(indicator)) {
                out.add(new BigDecimal(kv[1].trim()));
            }
        }
        return out;
    }

    /** @return the rule files: bundled procedure and website vetoes, plus the synthetic groups */
    public static RuleFiles ruleFiles() {
        SortedMap<String, String> files = new TreeMap<>();
        RuleFiles.bundled().files().forEach((k, v) -> {
            if (k.equals("P-procedure.drl") || k.equals("VW-website-vetoes.drl") || k.equals(RuleFiles.PROPERTIES)) {
                files.put(k, v);
            }
        });
        StringBuilder drl = new StringBuilder("""
                package org.govweb.scoring.rules;
                import java.math.BigDecimal;
                import org.govweb.scoring.drools.fact.*;
                import org.govweb.scoring.report.IndicatorInfo;
                import org.govweb.scoring.report.IndicatorKind;
                import org.govweb.scoring.website.*;
                import org.govweb.scoring.testing.Synthetic;
                """);
        String[][] groups = {
            {"D1", "DEDUCTION", "31", "false"}, {"D2", "DEDUCTION", "25", "true"}, {"D3", "DEDUCTION", "23", "false"},
            {"D4", "DEDUCTION", "21", "false"}, {"B1", "BONUS", "7", "false"}, {"B2", "BONUS", "6", "true"},
            {"B3", "BONUS", "8", "false"}, {"B4", "BONUS", "6", "false"}, {"B5", "BONUS", "3", "false"}};
        for (String[] g : groups) {
            String id = g[0] + ".1";
            drl.append("rule \"catalogue ").append(g[0]).append("\" @indicator(\"").append(g[0])
                    .append("\") agenda-group \"catalogue\"\nwhen\nthen\n")
                    .append("    IndicatorInfo g = Catalogue.group(\"").append(g[0]).append("\", \"组").append(g[0])
                    .append("\", \"group ").append(g[0]).append("\", IndicatorKind.").append(g[1]).append(", \"")
                    .append(g[2]).append("\", ").append(g[3]).append(");\n    insert(g);\n")
                    .append("    insert(Catalogue.indicator(\"").append(id).append("\", g, \"指标").append(id)
                    .append("\", \"indicator ").append(id).append("\", \"").append(g[2]).append("\"));\nend\n");
            drl.append("rule \"synthetic ").append(id).append("\" @indicator(\"").append(id)
                    .append("\") agenda-group \"judge\"\nwhen\n")
                    .append("    WebsiteInspection($id : id)\n")
                    .append("    $a : BigDecimal() from Synthetic.amounts($id, \"").append(id).append("\")\n")
                    .append("then\n    insert(new Line(\"").append(id).append("\", drools.getRule().getName(), $a, \"合成\", \"synthetic\", java.util.List.of(\"x\")));\nend\n");
        }
        files.put("synthetic.drl", drl.toString());
        return new RuleFiles(files, "synthetic");
    }
}
