package org.govweb.scoring.samples.generator;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * A deterministic generator of realistic inspections, for load tests and benchmarks.
 *
 * <p>Websites come in three sizes ({@link SiteSize}: columns, dated publications, messages, service
 * items and links of a small, median and large site; one week of probes every five minutes) and in
 * mixed outcomes: well kept sites that reach the bonus stage, middling ones, neglected ones below the
 * threshold, vetoed ones, and units without a public-service function. New-media accounts post for a
 * year; about one in five carries a veto condition. Names are Chinese as government sites write them.
 *
 * <p>Deterministic: inspection {@code i} of a stream depends only on the seed, {@code i} and the mix,
 * never on the inspections before it, so the same arguments always give the same inspections, in any
 * order and in parallel. Every inspection is valid input ({@code InspectionValidator} finds nothing).
 * Streams are lazy: one inspection is built at a time, so memory stays constant however many are
 * generated.
 */
public final class InspectionGenerator {

    /** Share of websites whose unit has no public-service function, in percent. */
    private static final int NO_SERVICE_PERCENT = 15;
    private static final long WEBSITE_SALT = 0x57E8_1A3D_C0DE_0001L;
    private static final long ACCOUNT_SALT = 0x4E3D_1A00_C0DE_0002L;
    private static final long CHOSEN_SALT = 0x3C40_5E00_C0DE_0003L;

    private InspectionGenerator() {
    }

    /**
     * Generates websites first, then accounts, lazily.
     *
     * @param seed the seed; the same seed gives the same inspections
     * @param websites how many website inspections
     * @param accounts how many new-media account inspections
     * @param mix the share of small, median and large websites
     * @return a sequential, lazy stream of {@code websites + accounts} inspections
     */
    public static Stream<Inspection> stream(long seed, int websites, int accounts, SizeMix mix) {
        if (websites < 0 || accounts < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + websites + ", " + accounts);
        }
        Objects.requireNonNull(mix, "mix");
        return IntStream.range(0, Math.addExact(websites, accounts))
                .mapToObj(i -> i < websites ? website(seed, i, mix) : account(seed, i - websites));
    }

    /**
     * @param seed the stream's seed
     * @param index the website's index in the stream
     * @param mix the share of small, median and large websites
     * @return website number {@code index} of {@code stream(seed, …, mix)}
     */
    public static WebsiteInspection website(long seed, int index, SizeMix mix) {
        Objects.requireNonNull(mix, "mix");
        SplittableRandom r = random(seed, WEBSITE_SALT, index);
        SiteSize size = mix.draw(r);
        OutcomeAim aim = OutcomeAim.draw(r);
        boolean publicService = r.nextInt(100) >= NO_SERVICE_PERCENT;
        return WebsiteFactory.build(r, size, aim, publicService, index);
    }

    /**
     * @param seed the seed
     * @param index an index, for ids and to vary the inspection
     * @param size the site's size
     * @param aim the outcome to aim at
     * @param publicService whether the unit has a public-service function
     * @return a website of exactly that size, shaped towards that outcome
     */
    public static WebsiteInspection website(long seed, int index, SiteSize size, OutcomeAim aim, boolean publicService) {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(aim, "aim");
        return WebsiteFactory.build(random(seed, CHOSEN_SALT, index), size, aim, publicService, index);
    }

    /**
     * @param seed the stream's seed
     * @param index the account's index among the accounts of the stream
     * @return account number {@code index} of {@code stream(seed, …)}
     */
    public static NewMediaInspection account(long seed, int index) {
        return AccountFactory.build(random(seed, ACCOUNT_SALT, index), index);
    }

    private static SplittableRandom random(long seed, long salt, int index) {
        return new SplittableRandom(mix64(mix64(seed ^ salt) + index));
    }

    /** The SplitMix64 finaliser: spreads neighbouring seeds and indices over all 64 bits. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
