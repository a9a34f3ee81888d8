package org.govweb.scoring.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * Scores inspections with one rule set. Thread-safe: one instance serves any number of threads;
 * each call runs in a session of its own. Every input is validated first; an invalid one raises
 * {@link InvalidInspectionException} naming each problem's field path, and nothing is scored.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.bundled();
 * ScoreReport report = engine.score(ScoringJson.readWebsite(Path.of("site.json")));
 * }</pre>
 */
public interface ScoringEngine {

    /**
     * @param inspection the evidence of one website inspection
     * @return its itemised score
     * @throws InvalidInspectionException when the evidence is missing, contradictory or out of range
     */
    ScoreReport score(WebsiteInspection inspection);

    /**
     * @param inspection the evidence of one new-media account inspection
     * @return its verdict with every veto that holds
     * @throws InvalidInspectionException when the evidence is invalid
     */
    ScoreReport score(NewMediaInspection inspection);

    /**
     * @param assessment every check outcome of a unit's year
     * @return the annual verdict with every rule that holds
     * @throws InvalidInspectionException when the evidence is invalid
     */
    AnnualReport assess(AnnualAssessment assessment);

    /**
     * Scores any document of the interchange format.
     *
     * @param inspection a website or new-media inspection, or an annual assessment
     * @return its report
     */
    default Report score(Inspection inspection) {
        if (inspection instanceof WebsiteInspection w) {
            return score(w);
        }
        if (inspection instanceof NewMediaInspection n) {
            return score(n);
        }
        if (inspection instanceof AnnualAssessment a) {
            return assess(a);
        }
        throw new IllegalArgumentException("unknown inspection type: " + inspection.getClass().getName());
    }

    /** @return the identity of the rule set now serving */
    RuleSetIdentity ruleSet();

    /** @return the catalogue as loaded from the rule files: groups, indicators and procedure steps */
    List<IndicatorInfo> catalogue();

    /**
     * Loads the rules of a directory and, when they build and pass the catalogue checks, swaps them in
     * atomically; a report never mixes two rule sets. On failure the old rules keep serving.
     *
     * @param rulesDirectory a trusted directory of DRL files (rule files are code)
     * @return the new rule set's identity
     * @throws RuleSetException naming file, line and column of every problem
     */
    RuleSetIdentity reload(Path rulesDirectory);

    /** @return an engine with the bundled rule files and the bundled working-day calendar */
    static ScoringEngine bundled() {
        return builder().build();
    }

    /**
     * @param rulesDirectory a trusted directory of DRL files
     * @return an engine with those rule files
     * @throws RuleSetException when the rule files do not build or fail the catalogue checks
     */
    static ScoringEngine fromRules(Path rulesDirectory) {
        return builder().rulesDirectory(rulesDirectory).build();
    }

    /** @return a builder to choose the rule files and the working-day calendar */
    static Builder builder() {
        return new Builder();
    }

    /** Chooses the rule files and calendar of a new engine; finds the implementation on the class path. */
    final class Builder {
        private Path rulesDirectory;
        private WorkingDayCalendar calendar;

        private Builder() {
        }

        /**
         * @param rulesDirectory a trusted directory of DRL files; null = the bundled rules
         * @return this builder
         */
        public Builder rulesDirectory(Path rulesDirectory) {
            this.rulesDirectory = rulesDirectory;
            return this;
        }

        /**
         * @param calendar the working-day calendar; null = the bundled official schedule
         * @return this builder
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        /**
         * @return the engine
         * @throws RuleSetException when the rule files do not build
         * @throws IllegalStateException when no implementation is on the class path
         */
        public ScoringEngine build() {
            WorkingDayCalendar cal = calendar != null ? calendar : WorkingDayCalendar.bundled();
            for (ScoringEngineProvider provider : ServiceLoader.load(ScoringEngineProvider.class,
                    ScoringEngine.class.getClassLoader())) {
                return provider.create(rulesDirectory, cal);
            }
            throw new IllegalStateException("no ScoringEngineProvider on the class path: add scoring-rules");
        }
    }
}
