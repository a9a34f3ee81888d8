package org.govweb.scoring.drools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.calendar.WorkingDayCalendar;
import org.govweb.scoring.drools.fact.Sample;
import org.govweb.scoring.drools.fact.SamplingSeed;
import org.govweb.scoring.drools.fact.WorkingDays;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.engine.ScoringException;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.RuleSetIdentity;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.validation.InspectionValidator;
import org.govweb.scoring.website.WebsiteInspection;
import org.kie.api.runtime.KieSession;

/**
 * The Drools implementation of {@link ScoringEngine}. The KieBase is built once per rule set; every
 * inspection runs in a session of its own (taken from the rule set's pool, which Drools resets when a
 * session is disposed), holding the catalogue's facts and the inspection, whose rules fire in the stages
 * {@link #STAGES}; the engine then assembles the facts the rules inserted into a report, judging nothing
 * itself. Thread-safe; reloads swap the whole rule set atomically, and each call uses the one rule set
 * it started with.
 */
public final class DroolsScoringEngine implements ScoringEngine {

    /**
     * The agenda groups of a scoring session, in the order they run. The catalogue group
     * ({@link RuleSetLoader#CATALOGUE_GROUP}) runs before them once per rule set, when it is loaded: its facts
     * go into each session with the inspection, as one {@link org.govweb.scoring.drools.fact.CatalogueEntries}.
     */
    public static final List<String> STAGES = List.of("derive", "judge", "cap", "grade", "bonus", "total");
    /** Name of the working-day calendar global in the rule files. */
    public static final String WORKING_DAYS_GLOBAL = "workingDays";
    /** Firings after which a session is deemed not to settle (a rule re-triggering itself). */
    static final int MAX_FIRINGS = 5_000_000;

    private final AtomicReference<RuleSet> ruleSet;
    private final WorkingDayCalendar calendar;

    private DroolsScoringEngine(RuleSet ruleSet, WorkingDayCalendar calendar) {
        this.ruleSet = new AtomicReference<>(ruleSet);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param files the rule files
     * @param calendar the working-day calendar
     * @return an engine serving those rules
     */
    public static DroolsScoringEngine create(RuleFiles files, WorkingDayCalendar calendar) {
        return new DroolsScoringEngine(RuleSetLoader.load(files), calendar);
    }

    /**
     * @param ruleSet an already built rule set (e.g. {@link RuleSetLoader#loadPartial})
     * @param calendar the working-day calendar
     * @return an engine serving that rule set
     */
    public static DroolsScoringEngine create(RuleSet ruleSet, WorkingDayCalendar calendar) {
        return new DroolsScoringEngine(ruleSet, calendar);
    }

    /** @return an engine with the bundled rules and calendar */
    public static DroolsScoringEngine bundled() {
        return create(RuleFiles.bundled(), WorkingDayCalendar.bundled());
    }

    @Override
    public ScoreReport score(WebsiteInspection inspection) {
        validate(inspection);
        RuleSet rs = ruleSet.get();
        long seed = inspection.samplingSeed() != null ? inspection.samplingSeed()
                : Sample.seedOf(inspection.site().id() + "|" + inspection.monitoringDate());
        Session s = run(rs, inspection, new SamplingSeed(seed));
        return ReportAssembler.website(inspection, s.facts(), rs, s.workingDays());
    }

    @Override
    public ScoreReport score(NewMediaInspection inspection) {
        validate(inspection);
        RuleSet rs = ruleSet.get();
        Session s = run(rs, inspection);
        return ReportAssembler.newMedia(inspection, s.facts(), rs, s.workingDays());
    }

    @Override
    public AnnualReport assess(AnnualAssessment assessment) {
        validate(assessment);
        RuleSet rs = ruleSet.get();
        Session s = run(rs, assessment);
        return ReportAssembler.annual(assessment, s.facts(), rs, s.workingDays());
    }

    @Override
    public RuleSetIdentity ruleSet() {
        return ruleSet.get().identity();
    }

    /** @return the rule set now serving */
    public RuleSet currentRuleSet() {
        return ruleSet.get();
    }

    @Override
    public List<IndicatorInfo> catalogue() {
        return ruleSet.get().catalogue();
    }

    @Override
    public RuleSetIdentity reload(Path rulesDirectory) {
        RuleSet next = RuleSetLoader.load(RuleFiles.fromDirectory(rulesDirectory));
        ruleSet.set(next);
        return next.identity();
    }

    /**
     * Replaces the rules with already-read rule files (e.g. the bundled ones).
     *
     * @param files the rule files
     * @return the new rule set's identity
     */
    public RuleSetIdentity reload(RuleFiles files) {
        RuleSet next = RuleSetLoader.load(files);
        ruleSet.set(next);
        return next.identity();
    }

    private Session run(RuleSet rs, Inspection inspection, Object... extra) {
        KieSession session = rs.newSession(); // disposing it resets it for the next inspection
        try {
            WorkingDays workingDays = new WorkingDays(calendar);
            if (rs.globals().contains(WORKING_DAYS_GLOBAL)) {
                session.setGlobal(WORKING_DAYS_GLOBAL, workingDays);
            }
            session.insert(rs.catalogueEntries()); // the procedure's rules insert them where they are matched
            session.insert(inspection);
            for (Object o : extra) {
                session.insert(o);
            }
            for (int i = STAGES.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(STAGES.get(i)).setFocus();
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new ScoringException("the rules did not settle after " + MAX_FIRINGS
                        + " firings: a rule probably re-triggers itself (rule set " + rs.identity().source() + ")");
            }
            return new Session(new ArrayList<>(session.getObjects()), workingDays);
        } catch (RuntimeException e) {
            if (e instanceof ScoringException) {
                throw e;
            }
            throw new ScoringException("a rule failed while scoring " + inspection.id() + ": " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
    }

    private static void validate(Inspection inspection) {
        InspectionValidator.requireValid(inspection);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private record Session(List<Object> facts, WorkingDays workingDays) {
    }
}
