package org.govweb.scoring.samples.generator;

import static org.govweb.scoring.samples.generator.ChineseNames.pick;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.govweb.scoring.samples.generator.WebsitePlan.Fault;
import org.govweb.scoring.samples.generator.WebsitePlan.Veto;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.DataRelease;
import org.govweb.scoring.website.Design;
import org.govweb.scoring.website.ErrorReport;
import org.govweb.scoring.website.Finding;
import org.govweb.scoring.website.FindingIndicator;
import org.govweb.scoring.website.FooterElement;
import org.govweb.scoring.website.GuideElement;
import org.govweb.scoring.website.Homepage;
import org.govweb.scoring.website.Incident;
import org.govweb.scoring.website.Interaction;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.InterpretationForm;
import org.govweb.scoring.website.Link;
import org.govweb.scoring.website.LiveTest;
import org.govweb.scoring.website.Message;
import org.govweb.scoring.website.PageTag;
import org.govweb.scoring.website.PageType;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.PublishedField;
import org.govweb.scoring.website.ReplyQuality;
import org.govweb.scoring.website.Search;
import org.govweb.scoring.website.SearchTest;
import org.govweb.scoring.website.ServiceGuide;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.ServiceStatistics;
import org.govweb.scoring.website.Services;
import org.govweb.scoring.website.Site;
import org.govweb.scoring.website.Submission;
import org.govweb.scoring.website.Survey;
import org.govweb.scoring.website.WebsiteIncidentKind;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * Builds one generated website inspection from a random source, a size and a plan of faults. All
 * randomness comes from the one {@link SplittableRandom}, so the same seed gives the same inspection.
 */
final class WebsiteFactory {

    private static final LocalDate FIRST_MONITORING_DATE = LocalDate.of(2020, 1, 1);
    private static final int MONITORING_DAYS = 6 * 365;
    /** Homepage items of each size (counted among the dated publications). */
    private static final int[] HOMEPAGE_ITEMS = {30, 50, 80};
    private static final int[] POLICY_DOCUMENTS = {40, 150, 600};
    private static final int[] ERROR_REPORTS = {3, 12, 40};
    private static final int[] SURVEYS = {4, 8, 16};
    private static final int PROBES_PER_DAY = 288;
    /** Column kinds whose columns receive messages. */
    private static final Set<ColumnKind> INTERACTIVE = EnumSet.of(ColumnKind.CONSULTATION, ColumnKind.INTERVIEW,
            ColumnKind.SURVEY, ColumnKind.PETITION, ColumnKind.DISCIPLINE);

    private final SplittableRandom r;
    private final SiteSize size;
    private final WebsitePlan plan;
    private final int index;
    private final LocalDate md;
    private final String place;
    private final String unit;
    private final String host;

    private WebsiteFactory(SplittableRandom r, SiteSize size, WebsitePlan plan, int index) {
        this.r = r;
        this.size = size;
        this.plan = plan;
        this.index = index;
        this.md = FIRST_MONITORING_DATE.plusDays(r.nextInt(MONITORING_DAYS));
        this.place = size == SiteSize.LARGE ? pick(r, ChineseNames.CITIES) : pick(r, ChineseNames.COUNTIES);
        if (!plan.publicService) {
            this.unit = place + pick(r, ChineseNames.NO_SERVICE_UNITS);
        } else if (size == SiteSize.SMALL && r.nextBoolean()) {
            this.unit = place + pick(r, ChineseNames.DEPARTMENTS);
        } else {
            this.unit = place + "人民政府办公室";
        }
        this.host = "www." + ChineseNames.domainLabel(r, 4 + r.nextInt(3)) + ".gov.cn";
    }

    /**
     * @param r the random source of this inspection
     * @param size the site's size
     * @param aim the outcome to aim at
     * @param publicService whether the unit has a public-service function
     * @param index the inspection's index in its stream (for ids)
     * @return the inspection
     */
    static WebsiteInspection build(SplittableRandom r, SiteSize size, OutcomeAim aim, boolean publicService, int index) {
        WebsitePlan plan = WebsitePlan.draw(r, aim, publicService);
        return new WebsiteFactory(r, size, plan, index).build();
    }

    private int sizeIndex() {
        return size.ordinal();
    }

    private WebsiteInspection build() {
        String siteName = unit.endsWith("人民政府办公室") ? place + "人民政府" : unit;
        Site site = new Site("site-" + Ids.pad(index, 6), siteName, "http://" + host, unit, plan.publicService);
        List<ColumnDraft> drafts = columnDrafts();
        // a homepage that is only a navigation entry, on some well-kept sites whose news columns are current
        boolean navigationOnly = plan.veto == null && !plan.has(Fault.NEWS_STALE) && r.nextInt(20) == 0;
        int homepageItems = navigationOnly ? 0 : HOMEPAGE_ITEMS[sizeIndex()];
        allocate(drafts, size.datedPublications() - homepageItems);
        List<Column> columns = new ArrayList<>(drafts.size());
        List<Publication> titled = new ArrayList<>();
        for (ColumnDraft d : drafts) {
            Column c = column(d);
            columns.add(c);
            if (!c.publications().isEmpty()) {
                titled.add(c.publications().get(0));
            }
        }
        Homepage homepage = new Homepage(navigationOnly, homepagePublications(homepageItems));
        List<ColumnDraft> interactive = drafts.stream().filter(d -> INTERACTIVE.contains(d.kind)).toList();
        PolicyPair policy = policy();
        return WebsiteInspection.builder()
                .id("gen-web-" + Ids.pad(index, 6))
                .site(site)
                .monitoringDate(md)
                .samplingSeed(r.nextBoolean() ? null : r.nextLong())
                .incidents(incidents())
                .probes(probes())
                .homepage(homepage)
                .columns(columns)
                .findings(findings())
                .policyDocuments(policy.documents)
                .interpretations(policy.interpretations)
                .services(services())
                .interaction(interaction(interactive))
                .design(design(titled, drafts))
                .dataRelease(dataRelease())
                .userSpace(plan.exemplary() || r.nextInt(5) < 2)
                .innovationEndorsed(plan.exemplary() ? r.nextInt(5) < 2 : r.nextInt(20) == 0)
                .build();
    }

    // ------------------------------------------------------------------ columns

    /** Whether a column has recent items, only old ones, or none. */
    private enum Freshness { FRESH, STALE, OLD, BLANK }

    /** A column before its publications are drawn. */
    private static final class ColumnDraft {
        final String id;
        final String name;
        final ColumnKind kind;
        final boolean firstLevel;
        final boolean shouldUpdate;
        Freshness freshness;
        double weight;
        int dated;

        ColumnDraft(String id, String name, ColumnKind kind, boolean firstLevel, boolean shouldUpdate) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.firstLevel = firstLevel;
            this.shouldUpdate = shouldUpdate;
        }
    }

    private List<ColumnDraft> columnDrafts() {
        int s = sizeIndex();
        int overview = plan.has(Fault.NO_OVERVIEW) ? 0 : new int[] {2, 3, 5}[s];
        int org = plan.has(Fault.NO_ORG) ? 0 : new int[] {1, 2, 4}[s];
        int leaders = plan.has(Fault.NO_LEADERS) ? 0 : new int[] {1, 1, 2}[s];
        int news = plan.has(Fault.NEWS_STALE) ? 2 : new int[] {3, 6, 14}[s];
        int notices = new int[] {1, 2, 4}[s];
        int policy = plan.has(Fault.POLICY_STALE) ? 2 : new int[] {3, 5, 10}[s];
        int interpretation = plan.has(Fault.INTERPRETATION_STALE) ? 2 : new int[] {1, 2, 4}[s];
        int data = new int[] {1, 2, 3}[s];
        boolean noConsultationColumn = plan.vetoed(Veto.NO_CHANNEL) && r.nextBoolean();
        int consultation = noConsultationColumn ? 0 : new int[] {1, 3, 6}[s];
        int survey = new int[] {1, 1, 2}[s];
        int fixed = overview + org + leaders + news + notices + policy + interpretation + data + consultation + survey + 3;
        int other = size.columns() - fixed;

        List<ColumnDraft> drafts = new ArrayList<>(size.columns());
        int[] next = {1};
        add(drafts, next, ColumnKind.OVERVIEW, overview, ChineseNames.OVERVIEW, false, null);
        add(drafts, next, ColumnKind.ORG_FUNCTIONS, org, ChineseNames.ORG_FUNCTIONS, false, null);
        add(drafts, next, ColumnKind.LEADERS, leaders, ChineseNames.LEADERS, false, null);
        add(drafts, next, ColumnKind.NEWS, news, ChineseNames.NEWS, true, ChineseNames.TOWNS);
        add(drafts, next, ColumnKind.NOTICES, notices, ChineseNames.NOTICES, true, null);
        add(drafts, next, ColumnKind.POLICY_DOCS, policy, ChineseNames.POLICY_DOCS, true, ChineseNames.DEPARTMENTS);
        add(drafts, next, ColumnKind.POLICY_INTERPRETATION, interpretation, ChineseNames.POLICY_INTERPRETATION, true, null);
        add(drafts, next, ColumnKind.DATA_RELEASE, data, ChineseNames.DATA_RELEASE, true, null);
        add(drafts, next, ColumnKind.CONSULTATION, consultation, ChineseNames.CONSULTATION, true, ChineseNames.DEPARTMENTS);
        add(drafts, next, ColumnKind.INTERVIEW, 1, ChineseNames.INTERVIEW, true, null);
        add(drafts, next, ColumnKind.SURVEY, survey, ChineseNames.SURVEY, true, null);
        add(drafts, next, ColumnKind.PETITION, 1, ChineseNames.PETITION, true, null);
        add(drafts, next, ColumnKind.DISCIPLINE, 1, ChineseNames.DISCIPLINE, true, null);
        addOther(drafts, next, other);

        for (ColumnDraft d : drafts) {
            d.freshness = d.shouldUpdate ? Freshness.FRESH : Freshness.OLD;
            d.weight = baseWeight(d) * (0.5 + r.nextDouble());
        }
        if (plan.has(Fault.NEWS_STALE) || plan.vetoed(Veto.KEY_COLUMNS_STALE)) {
            markStale(drafts, d -> d.kind == ColumnKind.NEWS);
        }
        if (plan.has(Fault.POLICY_STALE)) {
            markStale(drafts, d -> d.kind == ColumnKind.POLICY_DOCS);
        }
        if (plan.has(Fault.INTERPRETATION_STALE)) {
            markStale(drafts, d -> d.kind == ColumnKind.POLICY_INTERPRETATION);
        }
        if (plan.vetoed(Veto.KEY_COLUMNS_STALE)) {
            markStale(drafts, d -> d.firstLevel && (d.kind == ColumnKind.NOTICES || d.kind == ColumnKind.POLICY_DOCS));
        }
        List<ColumnDraft> others = new ArrayList<>(drafts.stream()
                .filter(d -> d.kind == ColumnKind.OTHER && d.shouldUpdate).toList());
        shuffle(others);
        int o = 0;
        int blank = plan.count(Fault.OTHER_BLANK) + (plan.vetoed(Veto.MANY_BLANK_COLUMNS) ? 5 + r.nextInt(3) : 0);
        for (int i = 0; i < blank && o < others.size(); i++) {
            others.get(o++).freshness = Freshness.BLANK;
        }
        int stale = plan.count(Fault.OTHER_STALE) + (plan.vetoed(Veto.MANY_COLUMNS_STALE) ? 10 + r.nextInt(4) : 0);
        for (int i = 0; i < stale && o < others.size(); i++) {
            others.get(o++).freshness = Freshness.STALE;
        }
        return drafts;
    }

    private void add(List<ColumnDraft> drafts, int[] next, ColumnKind kind, int count, List<String> names,
            boolean shouldUpdate, List<String> prefixes) {
        for (int i = 0; i < count; i++) {
            String name;
            if (i < names.size()) {
                name = names.get(i);
            } else if (prefixes != null) {
                name = prefixes.get((i - names.size()) % prefixes.size()) + names.get(i % names.size());
            } else {
                name = names.get(i % names.size()) + (i / names.size() + 1);
            }
            drafts.add(new ColumnDraft("c" + Ids.pad(next[0]++, 3), name, kind, i == 0, shouldUpdate));
        }
    }

    private void addOther(List<ColumnDraft> drafts, int[] next, int count) {
        List<String> updated = ChineseNames.OTHER_UPDATED;
        List<String> fixed = ChineseNames.OTHER_STATIC;
        String[] suffixes = {"信息公开", "工作动态", "政策法规", "办事指南"};
        int u = 0;
        int f = 0;
        int generated = 0;
        for (int i = 0; i < count; i++) {
            String name;
            boolean shouldUpdate = true;
            if (i % 4 == 3 && f < fixed.size()) {
                name = fixed.get(f++);
                shouldUpdate = false;
            } else if (u < updated.size()) {
                name = updated.get(u++);
            } else {
                int k = generated++;
                List<String> owners = k % 2 == 0 ? ChineseNames.DEPARTMENTS : ChineseNames.TOWNS;
                int j = k / 2;
                name = owners.get(j % owners.size()) + suffixes[(j / owners.size()) % suffixes.length];
            }
            drafts.add(new ColumnDraft("c" + Ids.pad(next[0]++, 3), name, ColumnKind.OTHER, i < 5, shouldUpdate));
        }
    }

    private static double baseWeight(ColumnDraft d) {
        return switch (d.kind) {
            case NEWS -> 40;
            case NOTICES -> 10;
            case POLICY_DOCS -> d.firstLevel ? 8 : 4;
            case POLICY_INTERPRETATION, CONSULTATION -> 4;
            case DATA_RELEASE -> 3;
            case INTERVIEW, SURVEY, PETITION -> 2;
            case DISCIPLINE -> 1;
            case OTHER -> d.shouldUpdate ? 3 : 0.5;
            default -> 0.3;
        };
    }

    private static void markStale(List<ColumnDraft> drafts, java.util.function.Predicate<ColumnDraft> which) {
        for (ColumnDraft d : drafts) {
            if (which.test(d)) {
                d.freshness = Freshness.STALE;
            }
        }
    }

    /** Shares the dated publications among the non-blank columns by weight, at least one each. */
    private static void allocate(List<ColumnDraft> drafts, int total) {
        List<ColumnDraft> holding = drafts.stream().filter(d -> d.freshness != Freshness.BLANK).toList();
        double sum = holding.stream().mapToDouble(d -> d.weight).sum();
        int left = total - holding.size();
        int given = 0;
        for (ColumnDraft d : holding) {
            d.dated = 1 + (int) Math.floor(left * d.weight / sum);
            given += d.dated;
        }
        List<ColumnDraft> byWeight = new ArrayList<>(holding);
        byWeight.sort(Comparator.comparingDouble((ColumnDraft d) -> -d.weight).thenComparing(d -> d.id));
        for (int i = 0; given < total; i = (i + 1) % byWeight.size()) {
            byWeight.get(i).dated++;
            given++;
        }
    }

    private Column column(ColumnDraft d) {
        List<Publication> pubs = new ArrayList<>(d.dated + 3);
        if (d.freshness != Freshness.BLANK) {
            LocalDate latest = switch (d.freshness) {
                case FRESH -> md.minusDays(r.nextInt(freshWithin(d.kind) + 1));
                case STALE -> md.minusDays(staleFrom(d.kind) + r.nextInt(staleFrom(d.kind) * 2 + 1));
                default -> md.minusDays(30 + r.nextInt(900));
            };
            double meanGap = (d.kind == ColumnKind.NEWS ? 900.0 : 1800.0) / Math.max(1, d.dated);
            LocalDate date = latest;
            String kind = d.kind.name();
            for (int i = 0; i < d.dated; i++) {
                pubs.add(new Publication(d.id + "-" + Ids.pad(i + 1, 5),
                        ChineseNames.title(r, place, unit, kind, date), date));
                date = date.minusDays((long) Math.floor(-meanGap * Math.log(1 - r.nextDouble())));
            }
            int undated = !d.shouldUpdate ? r.nextInt(3) : 0;
            for (int i = 0; i < undated; i++) {
                pubs.add(new Publication(d.id + "-u" + (i + 1), ChineseNames.title(r, place, unit, kind, null), null));
            }
        }
        return new Column(d.id, d.name, d.kind, d.firstLevel, d.shouldUpdate, pubs);
    }

    /** Days before the monitoring date within which a kept column's latest item falls. */
    private int freshWithin(ColumnKind kind) {
        return switch (kind) {
            case NEWS -> 5;
            case CONSULTATION -> 30;
            case NOTICES, POLICY_DOCS, POLICY_INTERPRETATION -> 75;
            case DATA_RELEASE -> plan.exemplary() ? 60 : 200;
            default -> 250;
        };
    }

    /** Days before the monitoring date, at least, of a neglected column's latest item. */
    private static int staleFrom(ColumnKind kind) {
        return switch (kind) {
            case NEWS -> 20;
            case NOTICES, POLICY_DOCS, POLICY_INTERPRETATION -> 200;
            default -> 380;
        };
    }

    private List<Publication> homepagePublications(int count) {
        List<Publication> pubs = new ArrayList<>(count);
        LocalDate date = plan.vetoed(Veto.HOMEPAGE_STALE) ? md.minusDays(16 + r.nextInt(45)) : md.minusDays(r.nextInt(2));
        for (int i = 0; i < count; i++) {
            pubs.add(new Publication("h-" + Ids.pad(i + 1, 4), ChineseNames.title(r, place, unit, "HOME", date), date));
            date = date.minusDays(r.nextInt(3));
        }
        return pubs;
    }

    // ------------------------------------------------------------------ vetoes: incidents and probes

    private List<Incident> incidents() {
        if (!plan.vetoed(Veto.INCIDENT)) {
            return List.of();
        }
        WebsiteIncidentKind kind = WebsiteIncidentKind.values()[r.nextInt(WebsiteIncidentKind.values().length)];
        return List.of(new Incident("inc-1", kind, "http://" + host + "/art/" + md.getYear() + "/" + r.nextInt(100_000) + ".html",
                md.minusDays(r.nextInt(60)), null));
    }

    private List<Probe> probes() {
        int total = 7 * PROBES_PER_DAY;
        LocalDateTime start = md.minusDays(6).atStartOfDay();
        double failureRate = plan.exemplary() ? r.nextDouble() * 0.004 : r.nextDouble() * 0.015;
        int outageFrom = -1;
        int outageTo = -1;
        if (plan.vetoed(Veto.OUTAGE)) {
            int length = (int) Math.ceil(total * (0.06 + r.nextDouble() * 0.06));
            outageFrom = r.nextInt(total - length);
            outageTo = outageFrom + length;
        }
        List<Probe> probes = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            LocalDateTime at = start.plusSeconds(i * 300L + r.nextInt(60));
            Integer millis;
            if ((i >= outageFrom && i < outageTo) || r.nextDouble() < failureRate) {
                millis = r.nextInt(10) < 7 ? null : 15_000 + r.nextInt(15_000);
            } else {
                millis = Math.max(60, (int) Math.round(400 * Math.exp(0.6 * gaussian())));
            }
            probes.add(new Probe(at, millis));
        }
        return probes;
    }

    private double gaussian() {
        // Box–Muller from the generator's own source (SplittableRandom has no nextGaussian in Java 17)
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    // ------------------------------------------------------------------ findings, policy documents

    private List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        addFindings(findings, FindingIndicator.D1_1, plan.count(Fault.FINDING_OVERVIEW), "gk");
        addFindings(findings, FindingIndicator.D1_2, plan.count(Fault.FINDING_ORG), "jgzn");
        addFindings(findings, FindingIndicator.D1_3, plan.count(Fault.FINDING_LEADERS), "ldxx");
        return findings;
    }

    private void addFindings(List<Finding> findings, FindingIndicator indicator, int count, String path) {
        for (int i = 0; i < count; i++) {
            findings.add(new Finding("f-" + (findings.size() + 1), indicator,
                    "http://" + host + "/" + path + "/" + (1000 + r.nextInt(9000)) + ".html", null));
        }
    }

    private record PolicyPair(List<PolicyDocument> documents, List<Interpretation> interpretations) {
    }

    private PolicyPair policy() {
        int n = POLICY_DOCUMENTS[sizeIndex()];
        double lacking = plan.count(Fault.UNINTERPRETED) / 3.0;
        double unlinked = plan.count(Fault.INTERPRETATION_UNLINKED) / 3.0;
        List<PolicyDocument> documents = new ArrayList<>(n);
        List<Interpretation> interpretations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String docId = "doc-" + Ids.pad(i + 1, 4);
            LocalDate published = md.minusDays(r.nextInt(1500));
            boolean self = i < 3 || r.nextBoolean();
            boolean broad = i < 3 || r.nextInt(10) < 3;
            boolean interpreted = self && broad ? r.nextDouble() >= lacking : r.nextInt(5) == 0;
            List<String> back = new ArrayList<>(1);
            if (interpreted) {
                String intId = "int-" + Ids.pad(interpretations.size() + 1, 4);
                boolean linked = r.nextDouble() >= unlinked;
                if (linked) {
                    back.add(intId);
                }
                LocalDate on = published.plusDays(r.nextInt(10));
                interpretations.add(new Interpretation(intId, "《" + place + pick(r, ChineseNames.TOPICS)
                        + pick(r, ChineseNames.PLANS) + "》政策解读", on.isAfter(md) ? md : on, docId, linked,
                        forms(), null));
            }
            documents.add(new PolicyDocument(docId, ChineseNames.title(r, place, unit, "POLICY_DOCS", published),
                    published, self, broad, back, null));
        }
        return new PolicyPair(documents, interpretations);
    }

    private List<InterpretationForm> forms() {
        int rich = plan.exemplary() ? 6 : 2;
        if (r.nextInt(10) < rich) {
            InterpretationForm[] all = {InterpretationForm.CHART, InterpretationForm.PRESS_CONFERENCE,
                InterpretationForm.AUDIO_VIDEO, InterpretationForm.ANIMATION};
            return List.of(InterpretationForm.TEXT, all[r.nextInt(all.length)]);
        }
        return List.of(InterpretationForm.TEXT);
    }

    // ------------------------------------------------------------------ services

    private Services services() {
        if (!plan.publicService) {
            return Services.builder().items(List.of()).statistics(new ServiceStatistics(false, null))
                    .thematicServices(List.of()).build();
        }
        boolean none = plan.vetoed(Veto.SERVICES) && r.nextInt(10) < 3;
        int n = none ? 0 : size.serviceItems();
        int impractical = plan.vetoed(Veto.SERVICES) ? 5 + r.nextInt(4) : 0;
        int missing = plan.count(Fault.GUIDE_ELEMENT_MISSING);
        List<ServiceItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "svc-" + Ids.pad(i + 1, 5);
            String name = pick(r, ChineseNames.SERVICE_ITEMS);
            ServiceGuide guide;
            if (i < impractical && r.nextBoolean()) {
                guide = null;
            } else {
                int lack = i < impractical ? 4 + r.nextInt(3) : missing + (missing == 0 && r.nextInt(30) == 0 ? 1 : 0);
                guide = guide(lack);
            }
            items.add(new ServiceItem(id, name, guide, null));
        }
        ServiceStatistics statistics;
        if (plan.has(Fault.STATISTICS_UNPUBLISHED)) {
            statistics = new ServiceStatistics(false, null);
        } else if (plan.has(Fault.STATISTICS_LATE)) {
            statistics = new ServiceStatistics(true, md.minusDays(40 + r.nextInt(40)));
        } else {
            statistics = new ServiceStatistics(true, md.minusDays(r.nextInt(20)));
        }
        int thematic = plan.exemplary() ? 3 + r.nextInt(4) : r.nextInt(3);
        List<String> themes = new ArrayList<>(ChineseNames.THEMATIC_SERVICES);
        shuffle(themes);
        return Services.builder()
                .items(items)
                .categorisedCatalogue(!plan.has(Fault.NO_CATALOGUE))
                .registrationWorks(!plan.has(Fault.NO_REGISTRATION))
                .registeredUsersCanApply(!plan.has(Fault.NO_ONLINE_APPLICATION))
                .statistics(statistics)
                .evaluationOffered(plan.exemplary() || r.nextBoolean())
                .evaluationResultsPublished(plan.exemplary() || r.nextInt(10) < 3)
                .thematicServices(List.copyOf(themes.subList(0, thematic)))
                .build();
    }

    private ServiceGuide guide(int lack) {
        List<GuideElement> elements = new ArrayList<>(Arrays.asList(GuideElement.values()));
        for (int k = 0; k < lack; k++) {
            elements.remove(r.nextInt(elements.size()));
        }
        boolean requiresForms = r.nextInt(10) < 6;
        int inaccurate = plan.count(Fault.GUIDE_INACCURATE);
        int unobtainable = plan.count(Fault.FORMS_UNOBTAINABLE);
        return ServiceGuide.builder()
                .elements(elements)
                .materialsFormatClear(!(plan.has(Fault.MATERIALS_FORMAT_UNCLEAR) && r.nextInt(10) < 4))
                .vagueWording(plan.has(Fault.VAGUE_WORDING) && r.nextInt(10) < 2)
                .policyNamedOnly(plan.has(Fault.POLICY_NAMED_ONLY) && r.nextInt(10) < 4)
                .requiresForms(requiresForms)
                .formsObtainable(!(requiresForms && r.nextDouble() < unobtainable / 1.2))
                .accuracyErrors(r.nextDouble() < inaccurate * 0.2 ? List.of(pick(r, ChineseNames.ERROR_TYPES)) : List.of())
                .policyBasisLinked(plan.exemplary() || r.nextBoolean())
                .build();
    }

    // ------------------------------------------------------------------ interaction

    /** A message before it becomes a record. */
    private static final class MessageDraft {
        String columnId;
        boolean consultationColumn;
        LocalDate submittedOn;
        boolean valid;
        boolean consultation;
        LocalDate repliedOn;
        ReplyQuality quality = ReplyQuality.OK;
        boolean reviewFollowed;
        boolean published;
        LocalDate publishedOn;
        List<PublishedField> fields = List.of();
    }

    private Interaction interaction(List<ColumnDraft> interactive) {
        List<ColumnDraft> consultation = interactive.stream().filter(d -> d.kind == ColumnKind.CONSULTATION).toList();
        List<ColumnDraft> elsewhere = interactive.stream().filter(d -> d.kind != ColumnKind.CONSULTATION).toList();
        int total = size.messages();
        int planted = plan.count(Fault.LATE_REPLY) + plan.count(Fault.PERFUNCTORY_REPLY)
                + plan.count(Fault.UNREVIEWED_REPLY) + (plan.vetoed(Veto.UNANSWERED_MESSAGE) ? 1 : 0);
        if (consultation.isEmpty()) {
            planted = 0;
        }
        List<MessageDraft> drafts = new ArrayList<>(total);
        for (int i = 0; i < total - planted; i++) {
            ColumnDraft column;
            boolean inConsultation;
            int age;
            if (i < consultation.size()) {
                // every consultation column has a recent message
                column = consultation.get(i);
                inConsultation = true;
                age = 3 + r.nextInt(20);
            } else {
                inConsultation = !consultation.isEmpty() && r.nextInt(4) != 0;
                column = inConsultation ? consultation.get(r.nextInt(consultation.size()))
                        : elsewhere.get(r.nextInt(elsewhere.size()));
                age = r.nextInt(540);
            }
            drafts.add(message(column, inConsultation, md.minusDays(age), inConsultation ? r.nextInt(5) : r.nextInt(31)));
        }
        for (int k = 0; k < planted; k++) {
            ColumnDraft column = consultation.get(r.nextInt(consultation.size()));
            int lateness = k < plan.count(Fault.LATE_REPLY) ? 20 + r.nextInt(40) : r.nextInt(5);
            MessageDraft m = message(column, true, md.minusDays(45 + r.nextInt(286)), lateness);
            m.valid = true;
            m.consultation = true;
            int j = k - plan.count(Fault.LATE_REPLY);
            if (j >= 0 && j < plan.count(Fault.PERFUNCTORY_REPLY)) {
                m.quality = ReplyQuality.PERFUNCTORY;
            } else if (j >= plan.count(Fault.PERFUNCTORY_REPLY)
                    && j < plan.count(Fault.PERFUNCTORY_REPLY) + plan.count(Fault.UNREVIEWED_REPLY)) {
                m.reviewFollowed = false;
            } else if (k == planted - 1 && plan.vetoed(Veto.UNANSWERED_MESSAGE)) {
                m.submittedOn = md.minusDays(120 + r.nextInt(180));
                m.repliedOn = r.nextInt(4) == 0 ? null : m.submittedOn.plusDays(100 + r.nextInt(16));
                m.reviewFollowed = m.repliedOn != null;
                publish(m, true);
            }
            drafts.add(m);
        }
        drafts.sort(Comparator.comparing((MessageDraft m) -> m.submittedOn).reversed());
        List<Message> messages = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            MessageDraft m = drafts.get(i);
            messages.add(Message.builder()
                    .id("msg-" + Ids.pad(i + 1, 5))
                    .columnId(m.columnId)
                    .submittedOn(m.submittedOn)
                    .valid(m.valid)
                    .consultation(m.consultation)
                    .repliedOn(m.repliedOn)
                    .replyQuality(m.quality)
                    .reviewFollowed(m.reviewFollowed)
                    .published(m.published)
                    .publishedFields(m.fields)
                    .publishedOn(m.publishedOn)
                    .build());
        }
        boolean works = !(plan.vetoed(Veto.NO_CHANNEL) && !consultation.isEmpty());
        return Interaction.builder()
                .submission(new Submission(works, !plan.has(Fault.LOCAL_USERS_ONLY)))
                .unifiedLogin(!plan.has(Fault.NO_UNIFIED_LOGIN))
                .messageStatisticsPublished(!plan.has(Fault.NO_MESSAGE_STATISTICS))
                .messages(messages)
                .errorReports(errorReports())
                .liveTest(liveTest())
                .smartQaAccurate(plan.exemplary() || r.nextInt(4) == 0)
                .surveys(surveys())
                .build();
    }

    private MessageDraft message(ColumnDraft column, boolean inConsultation, LocalDate submittedOn, int delay) {
        MessageDraft m = new MessageDraft();
        m.columnId = column.id;
        m.consultationColumn = inConsultation;
        m.submittedOn = submittedOn;
        m.valid = r.nextInt(20) != 0;
        m.consultation = inConsultation ? r.nextInt(10) < 7 : r.nextInt(5) == 0;
        LocalDate replied = submittedOn.plusDays(delay);
        m.repliedOn = replied.isAfter(md) ? null : replied;
        m.reviewFollowed = m.repliedOn != null;
        publish(m, inConsultation);
        return m;
    }

    private void publish(MessageDraft m, boolean inConsultation) {
        m.published = false;
        m.publishedOn = null;
        m.fields = List.of();
        if (m.repliedOn == null) {
            return;
        }
        if (inConsultation && plan.has(Fault.NO_MESSAGE_PUBLISHED)) {
            return;
        }
        if (r.nextInt(100) >= (inConsultation ? 85 : 50)) {
            return;
        }
        LocalDate on = m.repliedOn.plusDays(r.nextInt(3));
        if (on.isAfter(md)) {
            on = md;
        }
        if (inConsultation && plan.has(Fault.NO_RECENT_PUBLISHED_MESSAGE) && !on.isBefore(md.minusDays(75))) {
            return;
        }
        m.published = true;
        m.publishedOn = on;
        List<PublishedField> fields = new ArrayList<>(List.of(PublishedField.values()));
        if (r.nextInt(10) < 4 * plan.count(Fault.PUBLISHED_FIELDS_MISSING)) {
            fields.remove(r.nextInt(fields.size()));
        }
        m.fields = List.copyOf(fields);
    }

    private List<ErrorReport> errorReports() {
        int n = ERROR_REPORTS[sizeIndex()];
        int late = plan.count(Fault.ERROR_REPORT_LATE);
        int perfunctory = plan.count(Fault.ERROR_REPORT_PERFUNCTORY);
        List<LocalDate[]> drafts = new ArrayList<>();
        List<ReplyQuality> qualities = new ArrayList<>();
        for (int i = 0; i < n + late + perfunctory; i++) {
            boolean isLate = i >= n && i < n + late;
            LocalDate submitted = i >= n ? md.minusDays(25 + r.nextInt(146)) : md.minusDays(r.nextInt(240));
            LocalDate replied = submitted.plusDays(isLate ? 15 + r.nextInt(20) : r.nextInt(4));
            drafts.add(new LocalDate[] {submitted, replied.isAfter(md) ? null : replied});
            qualities.add(i >= n + late ? ReplyQuality.PERFUNCTORY : ReplyQuality.OK);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> drafts.get(i)[0]).reversed().thenComparing(i -> i));
        List<ErrorReport> reports = new ArrayList<>(drafts.size());
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            LocalDate[] d = drafts.get(i);
            // a perfunctory reply is still a reply
            LocalDate replied = d[1] == null && qualities.get(i) == ReplyQuality.PERFUNCTORY ? d[0] : d[1];
            reports.add(new ErrorReport("err-" + Ids.pad(k + 1, 4), d[0], replied, qualities.get(i)));
        }
        return reports;
    }

    private LiveTest liveTest() {
        LocalDate asked = md.minusDays(3 + r.nextInt(28));
        if (plan.exemplary()) {
            return new LiveTest(asked, asked, true);
        }
        if (r.nextBoolean()) {
            return null;
        }
        LocalDate answered = r.nextInt(5) == 0 ? null : asked.plusDays(r.nextInt(3));
        return new LiveTest(asked, answered, r.nextInt(10) < 7);
    }

    private List<Survey> surveys() {
        int n = SURVEYS[sizeIndex()];
        List<Survey> surveys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean recent = plan.exemplary() && i < 6;
            LocalDate started = recent ? md.minusDays(45 + r.nextInt(285)) : md.minusDays(r.nextInt(700));
            LocalDate ended = started.plusDays(15 + r.nextInt(16));
            if (ended.isAfter(md)) {
                ended = null;
            }
            LocalDate feedback = null;
            if (ended != null && (plan.exemplary() || r.nextInt(10) < 6)) {
                LocalDate on = ended.plusDays(plan.exemplary() ? 3 + r.nextInt(18) : 5 + r.nextInt(56));
                feedback = on.isAfter(md) ? null : on;
            }
            surveys.add(new Survey("sv-" + Ids.pad(i + 1, 3), plan.exemplary() || r.nextInt(20) < 17,
                    started, ended, feedback));
        }
        return surveys;
    }

    // ------------------------------------------------------------------ design, data release

    private Design design(List<Publication> titled, List<ColumnDraft> drafts) {
        List<FooterElement> footer = new ArrayList<>(List.of(FooterElement.values()));
        for (int i = 0; i < plan.count(Fault.FOOTER_ELEMENT_MISSING) && !footer.isEmpty(); i++) {
            footer.remove(r.nextInt(footer.size()));
        }
        List<ColumnDraft> pages = new ArrayList<>(drafts);
        shuffle(pages);
        List<String> pagesMissing = new ArrayList<>();
        for (int i = 0; i < 2 * plan.count(Fault.PAGES_WITHOUT_ERROR_ENTRY); i++) {
            pagesMissing.add(columnPage(pages.get(i)));
        }
        int misses = plan.count(Fault.SEARCH_MISS);
        List<SearchTest> tests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String title = titled.isEmpty() ? place + "政务要闻" : titled.get(r.nextInt(titled.size())).title();
            tests.add(new SearchTest("st-" + (i + 1), title, false, i >= misses, null));
        }
        boolean subordinateFound = plan.exemplary();
        for (int i = 0; i < 2; i++) {
            tests.add(new SearchTest("st-sub-" + (i + 1), pick(r, ChineseNames.TOWNS) + pick(r, ChineseNames.TOPICS)
                    + "工作简报", true, subordinateFound || r.nextBoolean(), null));
        }
        int missingTags = 5 * plan.count(Fault.PAGE_TAGS_MISSING);
        List<PageTag> tags = new ArrayList<>(10);
        for (int i = 0; i < 10; i++) {
            boolean content = i % 2 == 0;
            String url = content ? "http://" + host + "/art/" + md.getYear() + "/" + (10_000 + i) + ".html"
                    : columnPage(pages.get(pages.size() - 1 - i));
            boolean lacking = i < missingTags;
            tags.add(new PageTag(url, content ? PageType.CONTENT : PageType.COLUMN, !lacking || r.nextBoolean(), !lacking,
                    null));
        }
        return Design.builder()
                .domainCompliant(!plan.has(Fault.BAD_DOMAIN))
                .namedAfterUnit(!plan.has(Fault.NOT_NAMED_AFTER_UNIT))
                .nameInHeaderOnAllPages(!plan.has(Fault.NAME_NOT_IN_HEADER))
                .footerElements(footer)
                .links(links(drafts))
                .errorReportEntryOnHomepage(!plan.has(Fault.NO_ERROR_ENTRY))
                .pagesMissingErrorReportEntry(pagesMissing)
                .search(new Search(!plan.has(Fault.SEARCH_DOWN), !plan.has(Fault.SEARCH_NOT_GROUPED),
                        plan.exemplary() || r.nextInt(10) < 4, plan.exemplary() || r.nextInt(10) < 3, tests))
                .singleSignOn(!plan.has(Fault.NO_SINGLE_SIGN_ON))
                .pageTags(tags)
                .browsersFailing(List.copyOf(ChineseNames.BROWSERS.subList(0, plan.count(Fault.BROWSER_FAILING))))
                .ipv6(!plan.has(Fault.NO_IPV6))
                .build();
    }

    private String columnPage(ColumnDraft d) {
        return "http://" + host + "/col/" + d.id + "/index.html";
    }

    private List<Link> links(List<ColumnDraft> drafts) {
        int n = size.links();
        int broken = plan.count(Fault.BROKEN_LINKS);
        int brokenHome = broken == 0 ? 0 : broken == 1 ? 1 : 3;
        int brokenOther = broken == 0 ? (plan.exemplary() ? 0 : r.nextInt(2)) : broken == 1 ? 3 : 5;
        String home = "http://" + host + "/";
        List<Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean onHomepage = i < n / 12 || i < brokenHome;
            String onPage = onHomepage ? home : columnPage(drafts.get(r.nextInt(drafts.size())));
            String url = r.nextInt(5) == 0
                    ? "https://www.gov.cn/zhengce/" + (2015 + r.nextInt(10)) + "-" + (10_000 + r.nextInt(90_000)) + ".htm"
                    : home + "art/" + (2015 + r.nextInt(10)) + "/" + i + ".html";
            boolean works = !(i < brokenHome || (!onHomepage && i < n / 12 + brokenOther));
            links.add(new Link(url, onPage, onHomepage, works));
        }
        return links;
    }

    private DataRelease dataRelease() {
        int count = plan.exemplary() ? 2 + r.nextInt(3) : r.nextInt(3);
        Set<LocalDate> dates = new java.util.TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < count; i++) {
            dates.add(md.minusDays(plan.exemplary() ? r.nextInt(150) : r.nextInt(700)));
        }
        return new DataRelease(List.copyOf(dates), plan.exemplary() || r.nextInt(10) < 3);
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

}
