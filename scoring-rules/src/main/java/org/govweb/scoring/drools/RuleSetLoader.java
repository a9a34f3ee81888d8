package org.govweb.scoring.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.govweb.scoring.drools.fact.CatalogueEntries;
import org.govweb.scoring.drools.fact.CatalogueReading;
import org.govweb.scoring.engine.RuleProblem;
import org.govweb.scoring.engine.RuleSetException;
import org.govweb.scoring.report.IndicatorInfo;
import org.govweb.scoring.report.RuleSetIdentity;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Builds a {@link RuleSet} from rule files and checks it: every DRL file is written under its own path
 * so that build errors name file, line and column; each build has its own ReleaseId; every rule must
 * carry {@code @indicator("ID")} naming an entry of the catalogue, and every indicator of the
 * catalogue must have a rule.
 */
public final class RuleSetLoader {

    /**
     * The agenda group of the catalogue rules. They run once per rule set, when it is loaded, in a session
     * holding a {@link CatalogueReading} (each starts with {@code CatalogueReading()}, so that no scoring
     * session evaluates it); what they insert goes into every scoring session as one fact
     * ({@link RuleSet#catalogueEntries()}), which a procedure rule unpacks where rules match the entries.
     */
    public static final String CATALOGUE_GROUP = "catalogue";
    /** Sessions the pool of a rule set starts with (it grows with the threads that score at once). */
    static final int SESSION_POOL_SIZE = 2;
    private static final String PREFIX = "src/main/resources/rules/";
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^([ \\t]*)rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");

    private RuleSetLoader() {
    }

    /**
     * @param files the rule files
     * @return the built and checked rule set
     * @throws RuleSetException naming file, line and column of every problem
     */
    public static RuleSet load(RuleFiles files) {
        return load(files, true, true);
    }

    /**
     * Builds a rule set that need not declare every indicator of the checklist (for experiments and tests
     * of the procedure alone); every other check still applies.
     *
     * @param files the rule files
     * @return the built and checked rule set
     * @throws RuleSetException naming file, line and column of every problem
     */
    public static RuleSet loadPartial(RuleFiles files) {
        return load(files, false, true);
    }

    /**
     * Like {@link #load(RuleFiles)}, always compiling the DRL (never the precompiled bundled rules): for tests
     * that compare the two.
     */
    static RuleSet loadCompiled(RuleFiles files) {
        return load(files, true, false);
    }

    private static RuleSet load(RuleFiles files, boolean requireChecklist, boolean precompiled) {
        Map<String, String> drl = files.drlFiles();
        RuleSetIdentity identity = files.identity();
        KieBase kieBase = (precompiled ? PrecompiledRules.read(identity.sha256()) : Optional.<KieBase>empty())
                .orElseGet(() -> compile(files));
        List<RuleProblem> problems = new ArrayList<>();

        Map<String, RuleLocation> locations = locate(drl);
        Map<String, List<String>> rulesByIndicator = new TreeMap<>(IndicatorOrder.INSTANCE);
        Set<String> catalogueRules = new HashSet<>();
        Set<String> globals = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Global g : pkg.getGlobalVariables()) {
                globals.add(g.getName());
            }
            for (Rule rule : pkg.getRules()) {
                Object id = rule.getMetaData().get("indicator");
                if (id == null || id.toString().isBlank()) {
                    problems.add(problem(locations, rule.getName(), "rule \"" + rule.getName()
                            + "\" has no @indicator(\"ID\") metadata"));
                    continue;
                }
                rulesByIndicator.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(rule.getName());
                if (rule instanceof RuleImpl impl && CATALOGUE_GROUP.equals(impl.getAgendaGroup())) {
                    catalogueRules.add(rule.getName());
                }
            }
        }
        List<Object> catalogueFacts = new ArrayList<>();
        List<IndicatorInfo> catalogue = catalogue(kieBase, globals, catalogueFacts, problems);
        Set<String> ids = new HashSet<>();
        for (IndicatorInfo i : catalogue) {
            ids.add(i.id());
        }
        for (Map.Entry<String, List<String>> e : rulesByIndicator.entrySet()) {
            if (!ids.contains(e.getKey())) {
                for (String rule : e.getValue()) {
                    problems.add(problem(locations, rule, "rule \"" + rule + "\" names indicator \"" + e.getKey()
                            + "\", which the catalogue does not declare"));
                }
            }
        }
        for (IndicatorInfo i : catalogue) {
            if (i.group() == null) {
                continue;
            }
            boolean hasRule = rulesByIndicator.getOrDefault(i.id(), List.of()).stream()
                    .anyMatch(r -> !catalogueRules.contains(r));
            if (!hasRule) {
                String where = rulesByIndicator.getOrDefault(i.group(), List.of()).stream().findFirst().orElse(null);
                RuleLocation loc = where == null ? null : locations.get(where);
                problems.add(new RuleProblem(loc == null ? "?" : loc.file(), loc == null ? 0 : loc.line(),
                        loc == null ? 0 : loc.column(), "indicator " + i.id() + " (" + i.nameZh()
                        + ") is in the catalogue but no rule is tagged @indicator(\"" + i.id() + "\")"));
            }
        }
        problems.addAll(CatalogueLint.check(catalogue, drl, locations, rulesByIndicator, requireChecklist));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleSetException(problems);
        }
        // each indicator's rules in the order the files declare them, however the KieBase lists them
        Comparator<String> declared = Comparator.comparing((String r) -> locations.containsKey(r)
                ? locations.get(r).file() : "")
                .thenComparingInt(r -> locations.containsKey(r) ? locations.get(r).line() : 0)
                .thenComparing(Comparator.naturalOrder());
        Map<String, List<String>> byIndicator = new LinkedHashMap<>();
        rulesByIndicator.forEach((k, v) -> byIndicator.put(k, v.stream().sorted(declared).toList()));
        KieSessionsPool sessions = ((InternalKnowledgeBase) kieBase).newKieSessionsPool(SESSION_POOL_SIZE);
        return new RuleSet(kieBase, sessions, catalogue, new CatalogueEntries(catalogueFacts), identity, byIndicator,
                globals);
    }

    /**
     * Compiles rule files into a KieBase: every DRL file is written under its own path so that build errors
     * name file, line and column; each build has its own ReleaseId.
     *
     * @param files the rule files
     * @return the KieBase
     * @throws RuleSetException naming file, line and column of every build error
     */
    static KieBase compile(RuleFiles files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.govweb.scoring.rules", "ruleset-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        files.drlFiles().forEach((path, text) -> kfs.write(PREFIX + path, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "?" : m.getPath();
            if (path.startsWith(PREFIX)) {
                path = path.substring(PREFIX.length());
            } else if (path.startsWith("rules/")) {
                path = path.substring("rules/".length());
            }
            problems.add(new RuleProblem(path, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0),
                    m.getText().replace('\n', ' ').trim()));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(problems);
        }
        try {
            KieContainer container = ks.newKieContainer(releaseId);
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Runs the catalogue rules once, in a session of their own: what they insert (in insertion order) is
     * handed as-is to every scoring session, instead of firing them again for every inspection.
     */
    private static List<IndicatorInfo> catalogue(KieBase kieBase, Set<String> globals, List<Object> inserted,
            List<RuleProblem> problems) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(new CatalogueReading()); // before the listener: not an entry
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    inserted.add(event.getObject());
                }
            });
            if (globals.contains(DroolsScoringEngine.WORKING_DAYS_GLOBAL)) {
                session.setGlobal(DroolsScoringEngine.WORKING_DAYS_GLOBAL, null);
            }
            session.getAgenda().getAgendaGroup(CATALOGUE_GROUP).setFocus();
            session.fireAllRules();
            Map<String, IndicatorInfo> byId = new HashMap<>();
            for (Object o : session.getObjects(o -> o instanceof IndicatorInfo)) {
                IndicatorInfo i = (IndicatorInfo) o;
                if (byId.putIfAbsent(i.id(), i) != null) {
                    problems.add(new RuleProblem("?", 0, 0, "the catalogue declares " + i.id() + " twice"));
                }
            }
            List<IndicatorInfo> list = new ArrayList<>(byId.values());
            list.sort(Comparator.comparing(IndicatorInfo::id, IndicatorOrder.INSTANCE));
            return list;
        } finally {
            session.dispose();
        }
    }

    private static RuleProblem problem(Map<String, RuleLocation> locations, String rule, String message) {
        RuleLocation loc = locations.get(rule);
        return loc == null ? new RuleProblem("?", 0, 0, message)
                : new RuleProblem(loc.file(), loc.line(), loc.column(), message);
    }

    /** Where each rule is declared, found in the source text. */
    static Map<String, RuleLocation> locate(Map<String, String> drl) {
        Map<String, RuleLocation> out = new HashMap<>();
        drl.forEach((file, text) -> {
            Matcher m = RULE_DECL.matcher(text);
            while (m.find()) {
                String name = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                int offset = m.start() + m.group(1).length();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < offset; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                out.putIfAbsent(name, new RuleLocation(file, line, offset - lineStart + 1));
            }
        });
        return out;
    }

    /** A rule's declaration in its file. */
    record RuleLocation(String file, int line, int column) {
    }
}
