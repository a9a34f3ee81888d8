package org.govweb.scoring.rollup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.Report;

/**
 * The county's quarterly roll-up of its website and new-media checks (季度检查结果全县通报, notice
 * 三(三)5 监督管理): per unit and county-wide, how many registered websites were checked, qualified and
 * unqualified (by veto or by score), the mean and distribution of the scores, how many new-media
 * accounts were spot-checked against how many are registered and whether that ratio exceeds the
 * required one; every registered website not checked; the annual-assessment outcomes when given; and
 * warnings about reports that do not fit the register.
 *
 * <p>Pure aggregation: verdicts, reasons and scores are copied from the reports, never recomputed.
 * The counting rules:
 * <ul>
 *   <li>A report counts for the registered subject whose id is its {@code subjectId} and whose kind
 *       matches its {@code type}; otherwise it is left out with a warning ({@code UNREGISTERED_SUBJECT},
 *       {@code KIND_MISMATCH}).</li>
 *   <li>A subject with several reports counts once, by its latest report (latest monitoring date, then
 *       greatest inspection id), with a {@code DUPLICATE_REPORT} warning naming all of them.</li>
 *   <li>A website's score is its report's final score (Part 2 when the report gives none); a vetoed
 *       website has no score. The mean and the distribution are over the scored websites.</li>
 *   <li>The new-media ratio is checked ÷ registered accounts, compared exactly with
 *       {@link RollupOptions#requiredSpotCheckRatio()} (strictly above).</li>
 *   <li>Units are grouped by their registered name and sorted by it ({@link String#compareTo}, i.e.
 *       by UTF-16 code unit); subjects within a unit and lists of subjects are sorted by id; unchecked
 *       websites by unit, then id; annual outcomes by unit, then year; warnings by code, then subject.
 *       The same input gives the same roll-up, whatever the order of the reports.</li>
 * </ul>
 *
 * @param county the county
 * @param quarter the quarter
 * @param options the reporting parameters used (spot-check ratio, score bands)
 * @param total the county-wide figures
 * @param units each unit's part, sorted by unit name
 * @param uncheckedWebsites every registered website with no report this quarter, by unit, then id
 * @param annual the annual-assessment outcomes given, by unit, then year
 * @param warnings reports that do not fit the register or were counted with a caveat
 */
@JsonPropertyOrder({"county", "quarter", "options", "total", "units", "uncheckedWebsites", "annual", "warnings"})
public record CountyRollup(
        @JsonProperty(value = "county", required = true) String county,
        @JsonProperty(value = "quarter", required = true) Quarter quarter,
        @JsonProperty(value = "options", required = true) RollupOptions options,
        @JsonProperty(value = "total", required = true) RollupFigures total,
        @JsonProperty(value = "units", required = true) List<UnitRollup> units,
        @JsonProperty(value = "uncheckedWebsites", required = true) List<RegisteredSubject> uncheckedWebsites,
        @JsonProperty(value = "annual", required = true) List<AnnualOutcome> annual,
        @JsonProperty(value = "warnings", required = true) List<RollupWarning> warnings) {

    /** Checks required components and copies lists (immutable). */
    public CountyRollup {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(total, "total");
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        uncheckedWebsites = List.copyOf(Objects.requireNonNull(uncheckedWebsites, "uncheckedWebsites"));
        annual = List.copyOf(Objects.requireNonNull(annual, "annual"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /**
     * Rolls up a quarter's reports with the default options (spot-check ratio above 50 %, default bands).
     *
     * @param register the county's register
     * @param reports the quarter's website and new-media reports; annual reports among them are taken as
     *     annual-assessment outcomes
     * @return the roll-up
     * @throws InvalidInspectionException when the register has problems ({@link Register#problems()})
     */
    public static CountyRollup of(Register register, List<? extends Report> reports) {
        return of(register, reports, List.of(), RollupOptions.defaults());
    }

    /**
     * Rolls up a quarter's reports and the units' annual assessments with the default options.
     *
     * @param register the county's register
     * @param reports the quarter's website and new-media reports
     * @param annual the units' annual reports (may be empty)
     * @return the roll-up
     * @throws InvalidInspectionException when the register has problems
     */
    public static CountyRollup of(Register register, List<? extends Report> reports, List<AnnualReport> annual) {
        return of(register, reports, annual, RollupOptions.defaults());
    }

    /**
     * Rolls up a quarter's reports and the units' annual assessments.
     *
     * @param register the county's register
     * @param reports the quarter's website and new-media reports; annual reports among them are taken as
     *     annual-assessment outcomes
     * @param annual the units' annual reports (may be empty)
     * @param options the reporting parameters
     * @return the roll-up
     * @throws InvalidInspectionException when the register has problems
     */
    public static CountyRollup of(Register register, List<? extends Report> reports, List<AnnualReport> annual,
            RollupOptions options) {
        return RollupBuilder.build(register, reports, annual, options);
    }

    /** @return every checked website, in the order of the units and, within a unit, by id */
    @JsonIgnore
    public List<SubjectResult> checkedWebsites() {
        return units.stream().flatMap(u -> u.websites().stream()).filter(SubjectResult::checked).toList();
    }
}
