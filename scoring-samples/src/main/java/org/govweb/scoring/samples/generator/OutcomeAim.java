package org.govweb.scoring.samples.generator;

import java.util.SplittableRandom;

/**
 * The outcome a generated website is shaped towards. The generator only plants evidence (stale
 * columns, broken links, late replies …) in amounts that usually lead there; the rules decide, and
 * a site aimed at one band may land in the next.
 */
public enum OutcomeAim {
    /** Well kept: few faults, most bonus evidence present; usually enters the bonus stage. */
    BONUS_STAGE(30),
    /** Middling: a fair number of faults; usually qualified without the bonus stage. */
    QUALIFIED(35),
    /** Neglected: many faults; usually unqualified with Part 2 below the threshold. */
    BELOW_THRESHOLD(15),
    /** One veto condition planted on an otherwise ordinary site. */
    VETOED(20);

    private final int weight;

    OutcomeAim(int weight) {
        this.weight = weight;
    }

    /**
     * @param random the generator's random source
     * @return an aim drawn with the generator's shares (30 / 35 / 15 / 20 %)
     */
    static OutcomeAim draw(SplittableRandom random) {
        int total = 0;
        for (OutcomeAim a : values()) {
            total += a.weight;
        }
        int x = random.nextInt(total);
        for (OutcomeAim a : values()) {
            if (x < a.weight) {
                return a;
            }
            x -= a.weight;
        }
        throw new AssertionError();
    }
}
