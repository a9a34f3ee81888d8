package org.govweb.scoring.drools.fact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.govweb.scoring.website.SampledItem;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The items checked for one sampled indicator (随机抽查 N, Decision 6): the items the inspector marked
 * for it in {@code sampledFor} if any are marked; else all items when there are no more than N; else N
 * items drawn with a seeded generator from the population ordered by id, so the same input always
 * draws the same sample whatever the order of its items. N is written in the rule that asks.
 *
 * @param indicator the rule's {@code @indicator}
 * @param items the items checked, ordered by id
 * @param how {@code MARKED}, {@code ALL} or {@code DRAWN}
 * @param populationSize how many items the population had
 */
public record Sample(String indicator, List<SampledItem> items, String how, int populationSize) {
    /** The parts of seeds ({@code "indicator:D2.4"}, {@code "stratum:0"} …), each hashed once. */
    private static final Map<String, Long> SEED_PARTS = new ConcurrentHashMap<>();

    /** Copies the items. */
    public Sample {
        items = List.copyOf(items);
    }

    /** @return the ids of the items checked */
    public List<String> ids() {
        return items.stream().map(SampledItem::sampleId).toList();
    }

    /**
     * @param drools the firing rule's context (gives the indicator)
     * @param population the items to sample from
     * @param size N, the sample size the checklist names
     * @param seed this inspection's seed
     * @return the sample
     */
    public static Sample of(RuleContext drools, List<? extends SampledItem> population, int size, SamplingSeed seed) {
        return draw(Rules.indicator(drools), population, size, seed.value());
    }

    /**
     * @param indicator the indicator sampled for
     * @param population the items to sample from
     * @param size N
     * @param seed the seed
     * @return the sample
     */
    public static Sample draw(String indicator, List<? extends SampledItem> population, int size, long seed) {
        List<SampledItem> sorted = new ArrayList<>(population);
        sorted.sort(Comparator.comparing(SampledItem::sampleId));
        List<SampledItem> marked = sorted.stream().filter(i -> i.sampledFor().contains(indicator)).toList();
        if (!marked.isEmpty()) {
            return new Sample(indicator, marked, "MARKED", sorted.size());
        }
        if (sorted.size() <= size) {
            return new Sample(indicator, sorted, "ALL", sorted.size());
        }
        SplittableRandom random = new SplittableRandom(mix(seed, indicator));
        // partial Fisher–Yates over the ordered population
        List<SampledItem> pool = new ArrayList<>(sorted);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.size() - i);
            SampledItem t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        List<SampledItem> chosen = new ArrayList<>(pool.subList(0, size));
        chosen.sort(Comparator.comparing(SampledItem::sampleId));
        return new Sample(indicator, chosen, "DRAWN", sorted.size());
    }

    /**
     * @param text any text (site id and monitoring date)
     * @return a seed derived from it, stable across JVMs
     */
    public static long seedOf(String text) {
        byte[] h = sha256(text);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return v;
    }

    private static long mix(long seed, String indicator) {
        return seed ^ seedPart("indicator:" + indicator);
    }

    /**
     * @param name a part of a seed: an indicator's, a stratum's (a handful of names)
     * @return {@link #seedOf(String)} of it, hashed once and remembered
     */
    static long seedPart(String name) {
        return SEED_PARTS.computeIfAbsent(name, Sample::seedOf);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
