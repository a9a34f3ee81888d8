package org.govweb.scoring.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.govweb.scoring.drools.fact.CatalogueReading;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.testing.Synthetic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building rule sets: errors name file, line and column; @indicator and catalogue checks. */
class RuleSetLoaderTest {

    static RuleFiles with(String file, String text) {
        SortedMap<String, String> files = new TreeMap<>(Synthetic.ruleFiles().files());
        files.put(file, text);
        return new RuleFiles(files, "test");
    }

    static final String HEADER = """
            package org.govweb.scoring.rules;
            import org.govweb.scoring.drools.fact.*;
            import org.govweb.scoring.website.*;
            """;

    @Test
    void theBundledRulesLoad() {
        RuleSet rs = RuleSetLoader.load(RuleFiles.bundled());
        assertThat(rs.catalogue()).extracting(i -> i.id()).contains("VW1", "VW6", "P1");
        assertThat(rs.identity().sha256()).hasSize(64);
        assertThat(rs.identity().source()).isEqualTo("bundled");
    }

    /**
     * A rule with no pattern is matched, and queued in its agenda group, in every session: each catalogue
     * rule starts with a fact only the loading session holds, so that scoring never evaluates it.
     */
    @Test
    void everyBundledCatalogueRuleStartsWithCatalogueReading() {
        RuleSet rs = RuleSetLoader.load(RuleFiles.bundled());
        List<RuleImpl> catalogueRules = rs.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(RuleImpl.class::cast)
                .filter(r -> RuleSetLoader.CATALOGUE_GROUP.equals(r.getAgendaGroup()))
                .toList();
        assertThat(catalogueRules).hasSize(15).allSatisfy(r -> {
            List<RuleConditionElement> lhs = r.getLhs().getChildren();
            assertThat(lhs).as("the patterns of %s", r.getName()).isNotEmpty();
            RuleConditionElement first = lhs.get(0);
            assertThat(first).as(r.getName()).isInstanceOf(Pattern.class);
            assertThat(((ClassObjectType) ((Pattern) first).getObjectType()).getClassType())
                    .as(r.getName()).isEqualTo(CatalogueReading.class);
        });
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() {
        String broken = HEADER + """
                rule "broken" @indicator("D1.1") agenda-group "judge"
                when
                    WebsiteInspection(id ==)
                then
                end
                """;
        assertThatThrownBy(() -> RuleSetLoader.loadPartial(with("zz-broken.drl", broken)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> {
                    RuleProblem p = ((RuleSetException) e).problems().get(0);
                    assertThat(p.file()).isEqualTo("zz-broken.drl");
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.toString()).startsWith("zz-broken.drl:6:");
                });
    }

    @Test
    void aRuleWithoutIndicatorMetadataIsRefused() {
        String drl = HEADER + """

                rule "no tag" agenda-group "judge"
                when
                    WebsiteInspection()
                then
                end
                """;
        assertThatThrownBy(() -> RuleSetLoader.loadPartial(with("zz-untagged.drl", drl)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("zz-untagged.drl:5:1")
                .hasMessageContaining("rule \"no tag\" has no @indicator");
    }

    @Test
    void aRuleNamingAnUnknownIndicatorIsRefused() {
        String drl = HEADER + """
                rule "typo" @indicator("D9.9") agenda-group "judge"
                when
                    WebsiteInspection()
                then
                end
                """;
        assertThatThrownBy(() -> RuleSetLoader.loadPartial(with("zz-typo.drl", drl)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("zz-typo.drl:4:")
                .hasMessageContaining("D9.9");
    }

    @Test
    void aCatalogueIndicatorWithoutRuleIsRefused() {
        String drl = HEADER + """
                import org.govweb.scoring.report.*;
                rule "catalogue X" @indicator("X") agenda-group "catalogue"
                when
                then
                    IndicatorInfo g = Catalogue.group("X", "组", "group", IndicatorKind.DEDUCTION, "1", false);
                    insert(g);
                    insert(Catalogue.indicator("X.1", g, "无规则", "no rule", "1"));
                end
                """;
        assertThatThrownBy(() -> RuleSetLoader.loadPartial(with("zz-x.drl", drl)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("indicator X.1 (无规则) is in the catalogue but no rule is tagged");
    }

    @Test
    void anEmptyDirectoryIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleFiles.fromDirectory(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("no .drl rule file");
    }

    @Test
    void bundledRulesCopiedToADirectoryHaveTheSameIdentityButTheirSource(@TempDir Path dir) throws Exception {
        RuleFiles.bundled().copyTo(dir);
        RuleFiles copy = RuleFiles.fromDirectory(dir);
        assertThat(copy.identity().sha256()).isEqualTo(RuleFiles.bundled().identity().sha256());
        Files.writeString(dir.resolve("P-procedure.drl"), Files.readString(dir.resolve("P-procedure.drl")) + "\n");
        assertThat(RuleFiles.fromDirectory(dir).identity().sha256()).isNotEqualTo(copy.identity().sha256());
    }
}
