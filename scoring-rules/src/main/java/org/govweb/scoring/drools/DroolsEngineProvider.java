package org.govweb.scoring.drools;

import java.nio.file.Path;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.engine.ScoringEngineProvider;

/** Registers {@link DroolsScoringEngine} for {@link ScoringEngine#builder()} (java.util.ServiceLoader). */
public final class DroolsEngineProvider implements ScoringEngineProvider {
    /** Used by ServiceLoader. */
    public DroolsEngineProvider() {
    }

    @Override
    public ScoringEngine create(Path rulesDirectory, WorkingDayCalendar calendar) {
        RuleFiles files = rulesDirectory == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(rulesDirectory);
        return DroolsScoringEngine.create(files, calendar);
    }
}
