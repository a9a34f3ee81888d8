package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.govweb.scoring.engine.InvalidInspectionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.annualUnit;
import static org.govweb.scoring.testing.TestEngine.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.annual.AnnualFalsification;
import org.govweb.scoring.annual.CheckLevel;
import org.govweb.scoring.annual.CheckOutcome;
import org.govweb.scoring.annual.CheckSubject;
import org.govweb.scoring.annual.CheckTarget;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.report.VerdictReason;
import org.govweb.scoring.report.VetoAnalysis;
import org.govweb.scoring.testing.TestEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A1–A3 and the annual verdict, on the spec's unit (one unqualified county check, c2). */
class AnnualTest {

    static final AnnualAssessment BASE = annualUnit();

    static CheckOutcome check(String id, CheckLevel level, boolean qualified, boolean misstatement) {
        return new CheckOutcome(id, level, CheckSubject.OWN, CheckTarget.WEBSITE, "site-" + id, LocalDate.of(2019, 10, 1),
                qualified, misstatement);
    }

    static AnnualAssessment withChecks(CheckOutcome... extra) {
        List<CheckOutcome> checks = new ArrayList<>(BASE.checks());
        checks.addAll(List.of(extra));
        return new AnnualAssessment(BASE.unit(), BASE.year(), checks, BASE.falsification());
    }

    static List<String> ruleIds(AnnualReport r) {
        return r.rules().stream().map(VetoAnalysis::indicator).distinct().toList();
    }

    static void assertQualified(AnnualReport r) {
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.reason()).isNull();
        assertThat(r.rules()).isEmpty();
    }

    static void assertUnqualified(AnnualReport r) {
        assertThat(r.verdict()).isEqualTo(Verdict.UNQUALIFIED);
        assertThat(r.reason()).isEqualTo(VerdictReason.ANNUAL_RULE);
    }

    @Test
    void theExampleIsQualified() {
        AnnualReport r = assess(BASE);
        assertThat(r.type()).isEqualTo("annualAssessment");
        assertThat(r.unit()).isEqualTo("丰都县发展和改革委员会");
        assertThat(r.year()).isEqualTo(2019);
        assertQualified(r);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void theCatalogueDeclaresTheAnnualRules() {
        List<IndicatorInfo> a = TestEngine.engine().catalogue().stream()
                .filter(i -> i.id().equals("A") || "A".equals(i.group())).toList();
        assertThat(a).extracting(IndicatorInfo::id).containsExactly("A", "A1", "A2", "A3");
        assertThat(a).extracting(IndicatorInfo::kind).containsOnly(IndicatorKind.ANNUAL);
        assertThat(a.get(0).nameZh()).isEqualTo("年度考核");
    }

    @Nested
    class A1 {
        @Test
        void municipalMisstatementHoldsWithTheCheckIdAsEvidence() {
            AnnualReport r = assess(withChecks(check("m1", CheckLevel.MUNICIPAL, false, true)));
            assertUnqualified(r);
            // a misstatement check is also an unqualified municipal check: A1 and A2 both hold
            assertThat(ruleIds(r)).containsExactly("A1", "A2");
            assertThat(r.rules().get(0)).satisfies(v -> {
                assertThat(v.indicator()).isEqualTo("A1");
                assertThat(v.conditionZh()).contains("严重表述错误");
                assertThat(v.evidenceIds()).containsExactly("m1");
            });
            assertThat(r.rules().get(1).evidenceIds()).containsExactly("m1");
        }

        @Test
        void stateCouncilMisstatementHolds() {
            AnnualReport r = assess(withChecks(check("s1", CheckLevel.STATE_COUNCIL, false, true)));
            assertThat(r.rules().stream().filter(v -> v.indicator().equals("A1")).toList())
                    .singleElement().satisfies(v -> assertThat(v.evidenceIds()).containsExactly("s1"));
        }

        @Test
        void countyMisstatementIsNotA1() {
            AnnualReport r = assess(withChecks(check("k1", CheckLevel.COUNTY, false, true)));
            // c2 and k1: two unqualified county checks → A2 only
            assertThat(ruleIds(r)).containsExactly("A2");
        }

        @Test
        void aQualifiedCheckFlaggedWithAMisstatementIsContradictoryInput() {
            assertThatThrownBy(() -> assess(withChecks(check("m1", CheckLevel.MUNICIPAL, true, true))))
                    .isInstanceOf(InvalidInspectionException.class)
                    .hasMessageContaining("seriousMisstatement");
        }

        @Test
        void unqualifiedWithoutMisstatementIsA2Only() {
            AnnualReport r = assess(withChecks(check("m1", CheckLevel.MUNICIPAL, false, false)));
            assertThat(ruleIds(r)).containsExactly("A2");
        }
    }

    @Nested
    class A2 {
        @Test
        void oneUnqualifiedCountyCheckIsFine() {
            assertThat(BASE.checks()).filteredOn(c -> !c.qualified()).extracting(CheckOutcome::id).containsExactly("c2");
            assertQualified(assess(BASE));
        }

        @Test
        void twoUnqualifiedCountyChecksFail() {
            AnnualReport r = assess(withChecks(check("k1", CheckLevel.COUNTY, false, false)));
            assertUnqualified(r);
            assertThat(r.rules()).singleElement().satisfies(v -> {
                assertThat(v.indicator()).isEqualTo("A2");
                assertThat(v.rule()).isEqualTo("A2.2 县政府办公室抽查不合格超过(含)2个");
                assertThat(v.evidenceIds()).containsExactly("c2", "k1");
            });
        }

        @Test
        void threeUnqualifiedCountyChecksListAllThree() {
            AnnualReport r = assess(withChecks(check("k1", CheckLevel.COUNTY, false, false),
                    check("k2", CheckLevel.COUNTY, false, false)));
            assertThat(r.rules()).singleElement()
                    .satisfies(v -> assertThat(v.evidenceIds()).containsExactly("c2", "k1", "k2"));
        }

        @Test
        void zeroUnqualifiedMunicipalChecksIsFine() {
            AnnualReport r = assess(withChecks(check("m1", CheckLevel.MUNICIPAL, true, false),
                    check("s1", CheckLevel.STATE_COUNCIL, true, false)));
            assertQualified(r);
        }

        @Test
        void oneUnqualifiedMunicipalCheckFails() {
            AnnualReport r = assess(withChecks(check("m1", CheckLevel.MUNICIPAL, false, false)));
            assertUnqualified(r);
            assertThat(r.rules()).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo("A2.1 国务院办公厅、市政府办公厅抽查不合格超过(含)1个");
                assertThat(v.evidenceIds()).containsExactly("m1");
            });
        }

        @Test
        void oneUnqualifiedStateCouncilCheckFails() {
            AnnualReport r = assess(withChecks(check("s1", CheckLevel.STATE_COUNCIL, false, false)));
            assertUnqualified(r);
            assertThat(r.rules()).singleElement().satisfies(v -> {
                assertThat(v.rule()).startsWith("A2.1 ");
                assertThat(v.evidenceIds()).containsExactly("s1");
            });
        }

        @Test
        void bothSubConditionsAreListed() {
            AnnualReport r = assess(withChecks(check("s1", CheckLevel.STATE_COUNCIL, false, false),
                    check("k1", CheckLevel.COUNTY, false, false)));
            assertThat(r.rules()).extracting(VetoAnalysis::rule).containsExactly(
                    "A2.1 国务院办公厅、市政府办公厅抽查不合格超过(含)1个", "A2.2 县政府办公室抽查不合格超过(含)2个");
        }
    }

    @Nested
    class A3 {
        @Test
        void anyFalsificationFails() {
            AnnualReport r = assess(new AnnualAssessment(BASE.unit(), BASE.year(), BASE.checks(),
                    List.of(new AnnualFalsification("x2", "note"), new AnnualFalsification("x1", null))));
            assertUnqualified(r);
            assertThat(r.rules()).singleElement().satisfies(v -> {
                assertThat(v.indicator()).isEqualTo("A3");
                assertThat(v.evidenceIds()).containsExactly("x1", "x2");
            });
        }

        @Test
        void noFalsificationNoA3() {
            assertThat(BASE.falsification()).isEmpty();
            assertThat(ruleIds(assess(BASE))).doesNotContain("A3");
        }
    }
}
