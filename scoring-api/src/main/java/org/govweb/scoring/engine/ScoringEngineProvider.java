package org.govweb.scoring.engine;

import java.nio.file.Path;
import org.govweb.scoring.calendar.WorkingDayCalendar;

/** Service-provider interface through which {@link ScoringEngine#builder()} finds its implementation. */
public interface ScoringEngineProvider {
    /**
     * @param rulesDirectory a directory of DRL files, or null for the bundled rules
     * @param calendar the working-day calendar
     * @return a new engine
     */
    ScoringEngine create(Path rulesDirectory, WorkingDayCalendar calendar);
}
