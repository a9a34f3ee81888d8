package org.govweb.scoring.samples.generator;

import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The share of small, median and large sites among generated websites, as whole-number weights.
 *
 * @param name the mix's name as the command line spells it
 * @param small weight of {@link SiteSize#SMALL}
 * @param median weight of {@link SiteSize#MEDIAN}
 * @param large weight of {@link SiteSize#LARGE}
 */
public record SizeMix(String name, int small, int median, int large) {

    /** Checks that the weights are not negative and not all zero. */
    public SizeMix {
        Objects.requireNonNull(name, "name");
        if (small < 0 || median < 0 || large < 0 || small + median + large == 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero: "
                    + small + "/" + median + "/" + large);
        }
    }

    /** @return the national mix: 70 % small, 25 % median, 5 % large */
    public static SizeMix national() {
        return new SizeMix("national", 70, 25, 5);
    }

    /** @return one third of each size */
    public static SizeMix uniform() {
        return new SizeMix("uniform", 1, 1, 1);
    }

    /**
     * @param size the only size
     * @return a mix of that size only
     */
    public static SizeMix only(SiteSize size) {
        return new SizeMix(size.label(), size == SiteSize.SMALL ? 1 : 0, size == SiteSize.MEDIAN ? 1 : 0,
                size == SiteSize.LARGE ? 1 : 0);
    }

    /**
     * @param name {@code national}, {@code uniform}, {@code small}, {@code median} or {@code large}
     * @return the mix of that name
     * @throws IllegalArgumentException for any other name
     */
    public static SizeMix parse(String name) {
        String n = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "national" -> national();
            case "uniform" -> uniform();
            case "small" -> only(SiteSize.SMALL);
            case "median" -> only(SiteSize.MEDIAN);
            case "large" -> only(SiteSize.LARGE);
            default -> throw new IllegalArgumentException(
                    "unknown mix '" + name + "' (known: national, uniform, small, median, large)");
        };
    }

    /**
     * @param random the generator's random source
     * @return a size drawn with this mix's weights
     */
    public SiteSize draw(SplittableRandom random) {
        int x = random.nextInt(small + median + large);
        if (x < small) {
            return SiteSize.SMALL;
        }
        return x < small + median ? SiteSize.MEDIAN : SiteSize.LARGE;
    }
}
