package org.govweb.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.testing.TestEngine.countyPortal;
import static org.govweb.scoring.testing.TestEngine.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govweb.scoring.report.GroupSubtotal;
import org.govweb.scoring.report.IndicatorAnalysis;
import org.govweb.scoring.report.IndicatorKind;
import org.govweb.scoring.report.IndicatorStatus;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.report.Verdict;
import org.govweb.scoring.website.DataRelease;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.InterpretationForm;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.Search;
import org.govweb.scoring.website.SearchTest;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The bonus indicators in the bonus stage (Part 2 above 80): capped values, statuses, group subtotals and
 * Part 3 on the spec's county portal. Needs the deduction groups D1–D4 to reach Part 2 = 92.30.
 */

class BonusStageTest {

    static final WebsiteInspection BASE = countyPortal();

    static IndicatorAnalysis bonus(ScoreReport r, String id) {
        return r.indicator(id).orElseThrow();
    }

    /** The example with every award at once, B1.2 and B4.1 past their caps. */
    static WebsiteInspection everyAward() {
        List<Interpretation> interpretations = new ArrayList<>();
        for (Interpretation i : BASE.interpretations()) {
            List<InterpretationForm> forms = i.id().equals("int3")
                    ? List.of(InterpretationForm.TEXT, InterpretationForm.AUDIO_VIDEO) : i.forms();
            interpretations.add(new Interpretation(i.id(), i.title(), i.publishedOn(), i.documentId(), i.linksToDocument(),
                    forms, List.of("B1.2")));
        }
        interpretations.add(new Interpretation("int4", "动漫解读", BASE.monitoringDate(), "doc1", true,
                List.of(InterpretationForm.ANIMATION), List.of("B1.2")));
        List<PolicyDocument> documents = new ArrayList<>();
        for (PolicyDocument d : BASE.policyDocuments()) {
            documents.add(d.id().equals("doc1") ? new PolicyDocument(d.id(), d.title(), d.publishedOn(), d.issuedBySelf(),
                    d.broadImpact(), List.of("int1", "int4"), d.sampledFor()) : d);
        }
        Search s = BASE.design().search();
        List<SearchTest> tests = new ArrayList<>(s.tests().stream().filter(t -> !t.fromSubordinateSite()).toList());
        for (String id : List.of("u1", "u2", "u3")) {
            tests.add(new SearchTest(id, "下级网站标题" + id, true, true, List.of("B4.1")));
        }
        return BASE.toBuilder()
                .dataRelease(new DataRelease(BASE.dataRelease().visualisedOn(), true))
                .interpretations(interpretations)
                .policyDocuments(documents)
                .services(BASE.services().toBuilder().evaluationResultsPublished(true)
                        .thematicServices(List.of("企业开办一件事", "不动产登记一件事", "工程建设项目审批")).build())
                .interaction(BASE.interaction().toBuilder().smartQaAccurate(true).build())
                .design(BASE.design().toBuilder()
                        .search(new Search(s.available(), s.resultsGrouped(), s.fuzzy(), true, tests)).build())
                .innovationEndorsed(true)
                .build();
    }

    static WebsiteInspection withoutPublicService(WebsiteInspection w) {
        Site site = w.site();
        return w.toBuilder().site(new Site(site.id(), site.name(), site.url(), site.unit(), false)).build();
    }

    @Test
    void theExample_part3Is19() {
        ScoreReport r = score(BASE);
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.part2()).isEqualByComparingTo("92.30");
        assertThat(r.part3()).isEqualByComparingTo("19");
        assertThat(r.finalScore()).isEqualByComparingTo("111.30");
        Map<String, String> expected = Map.of("B1.1", "3", "B1.2", "2", "B2.1", "1", "B2.2", "1", "B2.3", "2",
                "B3.1", "3", "B3.2", "3", "B4.1", "2", "B4.2", "2", "B5.1", "0");
        expected.forEach((id, counted) -> {
            IndicatorAnalysis a = bonus(r, id);
            assertThat(a.counted()).as(id).isEqualByComparingTo(counted);
            assertThat(a.raw()).as(id).isEqualByComparingTo(counted);
            assertThat(a.score()).as(id).isEqualByComparingTo(counted);
            assertThat(a.capped()).as(id).isFalse();
            assertThat(a.status()).as(id).isEqualTo(id.equals("B5.1") ? IndicatorStatus.CLEAN : IndicatorStatus.HIT);
        });
        Map<String, String> groups = Map.of("B1", "5", "B2", "4", "B3", "6", "B4", "4", "B5", "0");
        groups.forEach((id, counted) -> {
            GroupSubtotal g = r.group(id).orElseThrow();
            assertThat(g.counted()).as(id).isEqualByComparingTo(counted);
            assertThat(g.status()).as(id).isEqualTo(id.equals("B5") ? IndicatorStatus.CLEAN : IndicatorStatus.HIT);
        });
    }

    @Test
    void everyAwardAtOnce_part3IsExactly30_theCapsCutB12AndB41() {
        ScoreReport r = score(everyAward());
        assertThat(r.part2()).isGreaterThan(new BigDecimal("80"));
        assertThat(r.part3()).isEqualByComparingTo("30");
        assertThat(bonus(r, "B1.2").raw()).isEqualByComparingTo("4");
        assertThat(bonus(r, "B1.2").counted()).isEqualByComparingTo("3");
        assertThat(bonus(r, "B1.2").capped()).isTrue();
        assertThat(bonus(r, "B4.1").raw()).isEqualByComparingTo("5");
        assertThat(bonus(r, "B4.1").counted()).isEqualByComparingTo("4");
        assertThat(bonus(r, "B4.1").capped()).isTrue();
        for (IndicatorAnalysis a : r.indicators()) {
            if (a.kind() == IndicatorKind.BONUS) {
                assertThat(a.counted()).as(a.indicator()).isEqualByComparingTo(a.points());
                assertThat(a.status()).as(a.indicator()).isEqualTo(IndicatorStatus.HIT);
            }
        }
        Map<String, String> groups = Map.of("B1", "7", "B2", "6", "B3", "8", "B4", "6", "B5", "3");
        groups.forEach((id, counted) -> assertThat(r.group(id).orElseThrow().counted()).as(id)
                .isEqualByComparingTo(counted));
        assertThat(r.finalScore()).isEqualByComparingTo(r.part2().add(r.part3()));
    }

    @Test
    void part3NeverExceeds30() {
        for (WebsiteInspection w : List.of(BASE, everyAward())) {
            assertThat(score(w).part3()).isLessThanOrEqualTo(new BigDecimal("30"));
        }
    }

    @Test
    void noPublicServiceFunction_theServiceBonusesAreNotApplicable_part3AtMost24() {
        ScoreReport r = score(withoutPublicService(everyAward()));
        assertThat(r.part2()).isGreaterThan(new BigDecimal("80"));
        for (String id : List.of("B2.1", "B2.2", "B2.3")) {
            IndicatorAnalysis a = bonus(r, id);
            assertThat(a.status()).as(id).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertThat(a.counted()).as(id).isEqualByComparingTo("0");
            assertThat(a.score()).as(id).isNull();
            assertThat(a.lines()).as(id).isEmpty();
        }
        assertThat(r.group("B2").orElseThrow().status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(r.part3()).isEqualByComparingTo("24");
        assertThat(score(withoutPublicService(BASE)).part3()).isLessThanOrEqualTo(new BigDecimal("24"))
                .isEqualByComparingTo("15");
    }

    @Test
    void part2Of80OrLess_theBonusIndicatorsAreNotScored() {
        // −3 (D2.1) −10 (D2.2) −3 (D3.2) −2 (D4.7) −1 (D4.10) on top of the example's 7.70: Part 2 = 73.30
        WebsiteInspection w = everyAward().toBuilder()
                .services(everyAward().services().toBuilder().categorisedCatalogue(false).registrationWorks(false)
                        .registeredUsersCanApply(false).build())
                .interaction(everyAward().interaction().toBuilder().unifiedLogin(false).build())
                .design(everyAward().design().toBuilder().singleSignOn(false).ipv6(false).build())
                .build();
        ScoreReport r = score(w);
        assertThat(r.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(r.part2()).isLessThanOrEqualTo(new BigDecimal("80"));
        assertThat(r.part3()).isNull();
        assertThat(r.finalScore()).isEqualByComparingTo(r.part2());
        for (IndicatorAnalysis a : r.indicators()) {
            if (a.kind() == IndicatorKind.BONUS) {
                assertThat(a.status()).as(a.indicator()).isEqualTo(IndicatorStatus.NOT_SCORED);
                assertThat(a.counted()).as(a.indicator()).isEqualByComparingTo("0");
            }
        }
        assertThat(bonus(r, "B4.1").raw()).isEqualByComparingTo("5");
    }
}
