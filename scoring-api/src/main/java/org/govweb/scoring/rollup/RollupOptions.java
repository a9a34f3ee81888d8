package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The reporting parameters of a roll-up. Neither changes a verdict or a score: verdicts, reasons and
 * final scores are taken from the reports as they are.
 *
 * <ul>
 *   <li>{@code requiredSpotCheckRatio}: the share of registered new-media accounts the county must
 *       check each quarter, as a fraction. The county notice (三(三)5 监督管理) asks for a spot-check ratio
 *       <em>above</em> 50 % (抽查比例大于50%), so the default is {@code 0.5} and the roll-up reports
 *       whether checked ÷ registered is strictly greater (exactly 50 % is not enough). Compared exactly,
 *       on the counts.</li>
 *   <li>{@code scoreBands}: the boundaries of the score distribution, ascending. The default draws the
 *       bands at the same places as the checklist's procedure, so the table reads like it:
 *       {@code < 60} (unqualified by score), {@code [60, 80]} (qualified, no bonus stage: exactly 60
 *       and exactly 80 fall here), {@code (80, 100)} and {@code ≥ 100} (exactly 100 falls here). The
 *       HTML chart draws a line at each boundary.</li>
 * </ul>
 *
 * @param requiredSpotCheckRatio the ratio checked ÷ registered that new media must exceed, 0–1
 * @param scoreBands the band boundaries, strictly ascending, at least one
 */
@JsonPropertyOrder({"requiredSpotCheckRatio", "scoreBands"})
public record RollupOptions(
        @JsonProperty(value = "requiredSpotCheckRatio", required = true) BigDecimal requiredSpotCheckRatio,
        @JsonProperty(value = "scoreBands", required = true) List<BandBoundary> scoreBands) {

    /** The notice's spot-check ratio for new media (抽查比例大于50%), as a fraction. */
    public static final BigDecimal NOTICE_SPOT_CHECK_RATIO = new BigDecimal("0.5");

    /**
     * The default bands: {@code < 60}, {@code [60, 80]}, {@code (80, 100)}, {@code ≥ 100}. Reporting
     * bands only, mirroring the procedure's thresholds for the reader; no verdict is derived from them.
     */
    public static final List<BandBoundary> DEFAULT_SCORE_BANDS = List.of(
            new BandBoundary(new BigDecimal("60"), true),
            new BandBoundary(new BigDecimal("80"), false),
            new BandBoundary(new BigDecimal("100"), true));

    /** Checks the ranges and copies the list (immutable). */
    public RollupOptions {
        Objects.requireNonNull(requiredSpotCheckRatio, "requiredSpotCheckRatio");
        if (requiredSpotCheckRatio.signum() < 0 || requiredSpotCheckRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("requiredSpotCheckRatio must be between 0 and 1, got "
                    + requiredSpotCheckRatio.toPlainString());
        }
        scoreBands = List.copyOf(Objects.requireNonNull(scoreBands, "scoreBands"));
        if (scoreBands.isEmpty()) {
            throw new IllegalArgumentException("scoreBands needs at least one boundary");
        }
        for (int i = 1; i < scoreBands.size(); i++) {
            if (scoreBands.get(i).value().compareTo(scoreBands.get(i - 1).value()) <= 0) {
                throw new IllegalArgumentException("scoreBands must be strictly ascending");
            }
        }
    }

    /** @return the notice's spot-check ratio (above 50 %) and the default bands */
    public static RollupOptions defaults() {
        return new RollupOptions(NOTICE_SPOT_CHECK_RATIO, DEFAULT_SCORE_BANDS);
    }

    /**
     * @param ratio another required spot-check ratio, 0–1
     * @return these options with that ratio
     */
    public RollupOptions withRequiredSpotCheckRatio(BigDecimal ratio) {
        return new RollupOptions(ratio, scoreBands);
    }

    /**
     * @param bands other band boundaries, strictly ascending
     * @return these options with those bands
     */
    public RollupOptions withScoreBands(List<BandBoundary> bands) {
        return new RollupOptions(requiredSpotCheckRatio, bands);
    }
}
