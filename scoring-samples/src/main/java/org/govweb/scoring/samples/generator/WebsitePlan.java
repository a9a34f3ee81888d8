package org.govweb.scoring.samples.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which faults a generated website carries, chosen to aim at an {@link OutcomeAim}.
 *
 * <p>Each fault has a rough weight: about how many points it costs under the checklist, and the
 * indicator whose cap bounds it. These weights only steer the generator towards a band of Part 2;
 * they judge nothing (the rule files do). Many faults are planted as a share of a population that
 * the rules sample, so their cost is an expectation, not an exact figure.
 */
final class WebsitePlan {

    /** The faults the generator can plant, with their rough weight and the indicator that caps them. */
    enum Fault {
        NO_OVERVIEW(Group.D1_D4, "D1.1", 2, 2), FINDING_OVERVIEW(Group.D1_D4, "D1.1", 2, 1),
        NO_ORG(Group.D1_D4, "D1.2", 2, 2), FINDING_ORG(Group.D1_D4, "D1.2", 2, 1),
        NO_LEADERS(Group.D1_D4, "D1.3", 2, 2), FINDING_LEADERS(Group.D1_D4, "D1.3", 2, 1),
        NEWS_STALE(Group.D1_D4, "D1.4", 5, 5),
        POLICY_STALE(Group.D1_D4, "D1.5", 5, 5),
        INTERPRETATION_STALE(Group.D1_D4, "D1.6", 5, 5),
        UNINTERPRETED(Group.D1_D4, "D1.7", 3, 1),
        INTERPRETATION_UNLINKED(Group.D1_D4, "D1.8", 3, 1),
        OTHER_BLANK(Group.D1_D4, "D1.9", 4, 2), OTHER_STALE(Group.D1_D4, "D1.9", 4, 1),
        BAD_DOMAIN(Group.D1_D4, "D4.1", 3, 1), NOT_NAMED_AFTER_UNIT(Group.D1_D4, "D4.1", 3, 1),
        NAME_NOT_IN_HEADER(Group.D1_D4, "D4.1", 3, 1),
        FOOTER_ELEMENT_MISSING(Group.D1_D4, "D4.2", 3, 0.5),
        BROKEN_LINKS(Group.D1_D4, "D4.3", 1, 0.5),
        NO_ERROR_ENTRY(Group.D1_D4, "D4.4", 1, 1), PAGES_WITHOUT_ERROR_ENTRY(Group.D1_D4, "D4.4", 1, 0.4),
        ERROR_REPORT_LATE(Group.D1_D4, "D4.5", 3, 1), ERROR_REPORT_PERFUNCTORY(Group.D1_D4, "D4.5", 3, 1),
        SEARCH_DOWN(Group.D1_D4, "D4.6", 4, 4), SEARCH_MISS(Group.D1_D4, "D4.6", 4, 1),
        SEARCH_NOT_GROUPED(Group.D1_D4, "D4.6", 4, 1),
        NO_SINGLE_SIGN_ON(Group.D1_D4, "D4.7", 2, 2),
        PAGE_TAGS_MISSING(Group.D1_D4, "D4.8", 1, 0.5),
        BROWSER_FAILING(Group.D1_D4, "D4.9", 2, 1),
        NO_IPV6(Group.D1_D4, "D4.10", 1, 1),
        NO_CATALOGUE(Group.D2_D3, "D2.1", 3, 3),
        NO_REGISTRATION(Group.D2_D3, "D2.2", 5, 5), NO_ONLINE_APPLICATION(Group.D2_D3, "D2.2", 5, 5),
        STATISTICS_LATE(Group.D2_D3, "D2.3", 2, 1), STATISTICS_UNPUBLISHED(Group.D2_D3, "D2.3", 2, 2),
        GUIDE_ELEMENT_MISSING(Group.D2_D3, "D2.4", 8, 2.5), MATERIALS_FORMAT_UNCLEAR(Group.D2_D3, "D2.4", 8, 2),
        VAGUE_WORDING(Group.D2_D3, "D2.4", 8, 2), POLICY_NAMED_ONLY(Group.D2_D3, "D2.4", 8, 1),
        GUIDE_INACCURATE(Group.D2_D3, "D2.5", 5, 1),
        FORMS_UNOBTAINABLE(Group.D2_D3, "D2.6", 2, 1),
        LOCAL_USERS_ONLY(Group.D2_D3, "D3.1", 7, 7),
        NO_UNIFIED_LOGIN(Group.D2_D3, "D3.2", 3, 3),
        NO_MESSAGE_PUBLISHED(Group.D2_D3, "D3.3", 6, 6), PUBLISHED_FIELDS_MISSING(Group.D2_D3, "D3.3", 6, 2),
        NO_RECENT_PUBLISHED_MESSAGE(Group.D2_D3, "D3.3", 6, 3), NO_MESSAGE_STATISTICS(Group.D2_D3, "D3.3", 6, 3),
        LATE_REPLY(Group.D2_D3, "D3.4", 7, 2), PERFUNCTORY_REPLY(Group.D2_D3, "D3.4", 7, 2),
        UNREVIEWED_REPLY(Group.D2_D3, "D3.4", 7, 2);

        final Group group;
        final String indicator;
        final double cap;
        final double weight;

        Fault(Group group, String indicator, double cap, double weight) {
            this.group = group;
            this.indicator = indicator;
            this.cap = cap;
            this.weight = weight;
        }

        boolean service() {
            return indicator.startsWith("D2.");
        }
    }

    /** The groups of faults, each aimed at separately. */
    enum Group {
        /** 发布解读 and 功能设计 */
        D1_D4,
        /** 办事服务 and 互动交流 */
        D2_D3
    }

    /** How often each fault may be planted. */
    private static final Map<Fault, Integer> REPEATS = new EnumMap<>(Map.ofEntries(
            Map.entry(Fault.FINDING_OVERVIEW, 2), Map.entry(Fault.FINDING_ORG, 2), Map.entry(Fault.FINDING_LEADERS, 2),
            Map.entry(Fault.UNINTERPRETED, 3), Map.entry(Fault.INTERPRETATION_UNLINKED, 3),
            Map.entry(Fault.OTHER_BLANK, 2), Map.entry(Fault.OTHER_STALE, 3),
            Map.entry(Fault.FOOTER_ELEMENT_MISSING, 6), Map.entry(Fault.BROKEN_LINKS, 2),
            Map.entry(Fault.PAGES_WITHOUT_ERROR_ENTRY, 2), Map.entry(Fault.ERROR_REPORT_LATE, 3),
            Map.entry(Fault.ERROR_REPORT_PERFUNCTORY, 2), Map.entry(Fault.SEARCH_MISS, 3),
            Map.entry(Fault.PAGE_TAGS_MISSING, 2), Map.entry(Fault.BROWSER_FAILING, 2),
            Map.entry(Fault.GUIDE_ELEMENT_MISSING, 2), Map.entry(Fault.GUIDE_INACCURATE, 3),
            Map.entry(Fault.FORMS_UNOBTAINABLE, 2), Map.entry(Fault.PUBLISHED_FIELDS_MISSING, 2),
            Map.entry(Fault.LATE_REPLY, 3), Map.entry(Fault.PERFUNCTORY_REPLY, 2), Map.entry(Fault.UNREVIEWED_REPLY, 2)));

    /** The veto conditions the generator can plant. */
    enum Veto {
        /** VW1: a serious incident */
        INCIDENT,
        /** VW2: an outage in the probe week */
        OUTAGE,
        /** VW3: the homepage not updated */
        HOMEPAGE_STALE,
        /** VW4.1: news and first-level notice/policy columns not updated */
        KEY_COLUMNS_STALE,
        /** VW4.2: many columns that should be updated not updated */
        MANY_COLUMNS_STALE,
        /** VW4.3: many blank columns */
        MANY_BLANK_COLUMNS,
        /** VW5.1: no consultation channel */
        NO_CHANNEL,
        /** VW5.2: a consultation message left unanswered for months */
        UNANSWERED_MESSAGE,
        /** VW6: services not practical (units with a public-service function only) */
        SERVICES
    }

    final OutcomeAim aim;
    final boolean publicService;
    final Veto veto;
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);

    private WebsitePlan(OutcomeAim aim, boolean publicService, Veto veto) {
        this.aim = aim;
        this.publicService = publicService;
        this.veto = veto;
    }

    /**
     * @param r random source
     * @param aim the outcome to aim at
     * @param publicService whether the unit has a public-service function
     * @return a plan of faults
     */
    static WebsitePlan draw(SplittableRandom r, OutcomeAim aim, boolean publicService) {
        Veto veto = null;
        if (aim == OutcomeAim.VETOED) {
            Veto[] all = Veto.values();
            veto = all[r.nextInt(publicService ? all.length : all.length - 1)];
        }
        WebsitePlan plan = new WebsitePlan(aim, publicService, veto);
        // targets on the scale of Part 2 (points out of 100 after any 4/3 scaling)
        double[] d1d4;
        double[] d2d3;
        switch (aim) {
            case BONUS_STAGE -> {
                d1d4 = new double[] {0, 4};
                d2d3 = new double[] {0, 4};
            }
            case QUALIFIED -> {
                d1d4 = new double[] {22, 27};
                d2d3 = new double[] {2, 7};
            }
            case BELOW_THRESHOLD -> {
                d1d4 = new double[] {42, 50};
                d2d3 = new double[] {15, 30};
            }
            default -> {
                double hi = 4 + r.nextInt(16);
                d1d4 = new double[] {0, hi};
                d2d3 = new double[] {0, 4 + r.nextInt(6)};
            }
        }
        double scale = publicService ? 1.0 : 4.0 / 3.0;
        plan.choose(r, Group.D1_D4, d1d4[0], d1d4[1], scale);
        plan.choose(r, Group.D2_D3, d2d3[0], d2d3[1], scale);
        return plan;
    }

    private void choose(SplittableRandom r, Group group, double lo, double hi, double scale) {
        List<Fault> candidates = new ArrayList<>();
        for (Fault f : Fault.values()) {
            if (f.group == group && (publicService || !f.service())) {
                for (int i = 0; i < REPEATS.getOrDefault(f, 1); i++) {
                    candidates.add(f);
                }
            }
        }
        // Fisher–Yates with the generator's own random source: the same seed, the same plan
        for (int i = candidates.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Fault t = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, t);
        }
        Map<String, Double> used = new java.util.HashMap<>();
        double sum = 0;
        for (Fault f : candidates) {
            if (sum >= lo && r.nextInt(3) != 0) {
                break;
            }
            double left = f.cap - used.getOrDefault(f.indicator, 0.0);
            double cost = Math.min(f.weight, left) * scale;
            if (cost <= 0 || sum + cost > hi) {
                continue;
            }
            used.merge(f.indicator, f.weight, Double::sum);
            faults.merge(f, 1, Integer::sum);
            sum += cost;
        }
    }

    /** @return how many times the fault is planted (0 = not at all) */
    int count(Fault f) {
        return faults.getOrDefault(f, 0);
    }

    /** @return whether the fault is planted */
    boolean has(Fault f) {
        return count(f) > 0;
    }

    /** @return whether the veto is planted */
    boolean vetoed(Veto v) {
        return veto == v;
    }

    /** @return whether the site is well kept enough to show the bonus evidence */
    boolean exemplary() {
        return aim == OutcomeAim.BONUS_STAGE;
    }
}
