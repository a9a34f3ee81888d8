package org.govweb.scoring.cli;

import org.govweb.scoring.render.TextColumns;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.RuleSetIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code catalogue}: the catalogue of groups, indicators and procedure steps as the rule files declare it. */
@Command(name = "catalogue",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the catalogue as loaded from the rule files: every group, indicator and procedure "
                    + "step with its ID, Chinese and English names, group, kind and points."},
        footer = {"", "Examples:", "  scoring catalogue", "  scoring catalogue --rules my-rules --format json"})
final class CatalogueCommand implements Callable<Integer> {

    @ParentCommand
    ScoringCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    OutputFormat format;

    @Override
    public Integer call() {
        ScoringEngine engine = Engines.engine(cli.environment(), rules.directory);
        RuleSetIdentity id = engine.ruleSet();
        List<IndicatorInfo> catalogue = engine.catalogue();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.print(ScoringJson.writePretty(new CatalogueDocument(id, catalogue)));
            out.print('\n');
        } else {
            out.println("规则集 Rules: " + id.name() + " v" + id.version() + " sha256:" + id.sha256().substring(0, 12)
                    + " (" + catalogue.size() + " entries)");
            out.println();
            out.print(table(catalogue));
        }
        out.flush();
        return ScoringCli.OK;
    }

    private static String table(List<IndicatorInfo> catalogue) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "组 group", "类 kind", "分值 points", "名称", "name", "注 notes"));
        for (IndicatorInfo i : catalogue) {
            List<String> notes = new ArrayList<>();
            if (i.service()) {
                notes.add("service");
            }
            if (i.nameInferred()) {
                notes.add("name inferred");
            }
            rows.add(List.of(i.group() == null ? i.id() : "  " + i.id(), i.group() == null ? "-" : i.group(),
                    i.kind().name(), points(i.points()), i.nameZh(), i.nameEn(), String.join(", ", notes)));
        }
        return TextColumns.align(rows, 3);
    }

    private static String points(BigDecimal points) {
        return points == null ? "-" : points.stripTrailingZeros().toPlainString();
    }

    /**
     * The catalogue as JSON.
     *
     * @param ruleSet the rule files it comes from
     * @param catalogue its entries, in checklist order
     */
    @JsonPropertyOrder({"ruleSet", "catalogue"})
    record CatalogueDocument(@JsonProperty("ruleSet") RuleSetIdentity ruleSet,
            @JsonProperty("catalogue") List<IndicatorInfo> catalogue) {
    }
}
