package org.govweb.scoring.drools.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.govweb.scoring.website.SampledItem;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One indicator that samples N items from each of several populations (strata), e.g. D4.8's
 * 随机抽查5个内容页面 and 随机抽查5个栏目页面. The report keeps one {@link Sample} per indicator, so the
 * draws of all strata are merged into one: each stratum is sampled on its own by the rules of
 * {@link Sample#draw} (its own marks in {@code sampledFor}; else all when it has no more than N; else a
 * seeded draw of N, with a seed derived from the inspection's seed and the stratum's position), and the
 * chosen items are concatenated and ordered by id. N is written in the rule that asks.
 */
public final class StratifiedSample {
    private StratifiedSample() {
    }

    /**
     * @param drools the firing rule's context (gives the indicator)
     * @param size N, the sample size the checklist names for each stratum
     * @param seed this inspection's seed
     * @param strata the populations, in a fixed order (the order decides each stratum's seed); their items
     *        must be {@link SampledItem}s (typed loosely because DRL's {@code collectList} gives raw lists)
     * @return one sample over all strata: {@code how} lists each stratum's way joined by {@code +}
     *         (e.g. {@code ALL+DRAWN}); {@code populationSize} is the sum of the strata's sizes
     */
    public static Sample of(RuleContext drools, int size, SamplingSeed seed, List<?>... strata) {
        return draw(Rules.indicator(drools), size, seed.value(), strata);
    }

    /**
     * @param indicator the indicator sampled for
     * @param size N for each stratum
     * @param seed the seed
     * @param strata the populations, in a fixed order; their items must be {@link SampledItem}s
     * @return one sample over all strata
     */
    public static Sample draw(String indicator, int size, long seed, List<?>... strata) {
        List<SampledItem> items = new ArrayList<>();
        List<String> how = new ArrayList<>();
        int population = 0;
        for (int i = 0; i < strata.length; i++) {
            Sample part = Sample.draw(indicator, items(strata[i]), size, seed ^ Sample.seedPart("stratum:" + i));
            items.addAll(part.items());
            how.add(part.how());
            population += part.populationSize();
        }
        items.sort(Comparator.comparing(SampledItem::sampleId));
        return new Sample(indicator, items, how.stream().collect(Collectors.joining("+")), population);
    }

    private static List<SampledItem> items(List<?> stratum) {
        List<SampledItem> out = new ArrayList<>(stratum.size());
        for (Object o : stratum) {
            if (!(o instanceof SampledItem item)) {
                throw new IllegalArgumentException("not a sampled item: " + (o == null ? null : o.getClass().getName()));
            }
            out.add(item);
        }
        return out;
    }
}
