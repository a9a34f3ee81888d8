package org.govweb.scoring.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.annual.AnnualFalsification;
import org.govweb.scoring.annual.CheckOutcome;
import org.govweb.scoring.engine.InputProblem;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.newmedia.Falsification;
import org.govweb.scoring.newmedia.NewMediaIncident;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.newmedia.Platform;
import org.govweb.scoring.newmedia.Post;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ErrorReport;
import org.govweb.scoring.website.Finding;
import org.govweb.scoring.website.Incident;
import org.govweb.scoring.website.Interaction;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.LiveTest;
import org.govweb.scoring.website.Message;
import org.govweb.scoring.website.PageTag;
import org.govweb.scoring.website.PolicyDocument;
import org.govweb.scoring.website.Probe;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.SearchTest;
import org.govweb.scoring.website.ServiceItem;
import org.govweb.scoring.website.Survey;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * The semantic checks of an inspection, run before any rule: ids unique within each list, references
 * resolving, no date after the monitoring date (for an annual assessment: every check within its
 * year), replies and publications not before what they answer, no negative response time, no
 * contradictory evidence, and {@code sampledFor} naming only indicators that sample that
 * population. Every problem names the field's JSON path, as the input format spells it.
 *
 * <p>Stateless and thread-safe; one pass over each list with hash lookups, so it costs little next to
 * scoring. Problems come sorted by path (list indices compared as numbers).
 */
public final class InspectionValidator {

    /** Indicators that sample policy documents (Decision 6). */
    private static final List<String> POLICY_DOCUMENT_SAMPLES = List.of("D1.7");
    /** Indicators that sample interpretations. */
    private static final List<String> INTERPRETATION_SAMPLES = List.of("D1.8", "B1.2");
    /** Indicators that sample service items. */
    private static final List<String> SERVICE_ITEM_SAMPLES = List.of("D2.4", "D2.5", "D2.6", "B2.3");
    /** Indicators that sample messages. */
    private static final List<String> MESSAGE_SAMPLES = List.of("D3.3");
    /** Indicators that sample search tests. */
    private static final List<String> SEARCH_TEST_SAMPLES = List.of("D4.6", "B4.1");
    /** Indicators that sample page tags. */
    private static final List<String> PAGE_TAG_SAMPLES = List.of("D4.8");

    /** Stands for the homepage where a column index is expected. */
    private static final int HOMEPAGE = -1;

    private InspectionValidator() {
    }

    /**
     * Checks an inspection of any type and throws when it has problems.
     *
     * @param inspection a website or new-media inspection, or an annual assessment
     * @throws InvalidInspectionException with every problem, sorted by path
     */
    public static void requireValid(Inspection inspection) {
        List<InputProblem> problems = validate(inspection);
        if (!problems.isEmpty()) {
            throw new InvalidInspectionException(problems);
        }
    }

    /**
     * @param inspection a website or new-media inspection, or an annual assessment
     * @return every problem, sorted by path; empty when it is valid
     */
    public static List<InputProblem> validate(Inspection inspection) {
        Objects.requireNonNull(inspection, "inspection");
        if (inspection instanceof WebsiteInspection w) {
            return validate(w);
        }
        if (inspection instanceof NewMediaInspection n) {
            return validate(n);
        }
        if (inspection instanceof AnnualAssessment a) {
            return validate(a);
        }
        throw new IllegalArgumentException("unknown inspection type: " + inspection.getClass().getSimpleName());
    }

    /**
     * @param w a website inspection
     * @return every problem, sorted by path; empty when it is valid
     */
    public static List<InputProblem> validate(WebsiteInspection w) {
        Objects.requireNonNull(w, "inspection");
        Problems p = new Problems();
        LocalDate md = w.monitoringDate();
        // one method per part of the format: each stays small enough for the JIT to compile on its own
        site(w, p);
        incidents(w.incidents(), md, p);
        probes(w.probes(), md, p);
        IdIndex columnIds = publications(w, md, p);
        uniqueIds(w.findings(), Finding::id, i -> "$.findings[" + i + "].id", p);
        policy(w.policyDocuments(), w.interpretations(), md, p);
        services(w, md, p);
        interaction(w.interaction(), columnIds, md, p);
        design(w, p);
        List<LocalDate> visualised = w.dataRelease().visualisedOn();
        for (int i = 0; i < visualised.size(); i++) {
            notAfter(visualised.get(i), md, i, "$.dataRelease.visualisedOn[", "]", p);
        }
        return p.sorted();
    }

    /**
     * @param n a new-media account inspection
     * @return every problem, sorted by path; empty when it is valid
     */
    public static List<InputProblem> validate(NewMediaInspection n) {
        Objects.requireNonNull(n, "inspection");
        Problems p = new Problems();
        LocalDate md = n.monitoringDate();
        singleLine(n.id(), "$.id", p);
        singleLine(n.account().id(), "$.account.id", p);
        singleLine(n.account().name(), "$.account.name", p);
        singleLine(n.account().unit(), "$.account.unit", p);
        uniqueIds(n.incidents(), NewMediaIncident::id, i -> "$.incidents[" + i + "].id", p);
        for (int i = 0; i < n.incidents().size(); i++) {
            notAfter(n.incidents().get(i).foundOn(), md, i, "$.incidents[", "].foundOn", p);
        }
        uniqueIds(n.posts(), Post::id, i -> "$.posts[" + i + "].id", p);
        for (int i = 0; i < n.posts().size(); i++) {
            notAfter(n.posts().get(i).publishedOn(), md, i, "$.posts[", "].publishedOn", p);
        }
        uniqueIds(n.falsification(), Falsification::id, i -> "$.falsification[" + i + "].id", p);
        if (n.account().platform() == Platform.APP && n.appUsable() == null) {
            p.add("$.appUsable", "must be true or false for an APP");
        }
        return p.sorted();
    }

    /**
     * @param a a unit's annual assessment
     * @return every problem, sorted by path; empty when it is valid
     */
    public static List<InputProblem> validate(AnnualAssessment a) {
        Objects.requireNonNull(a, "assessment");
        Problems p = new Problems();
        singleLine(a.unit(), "$.unit", p);
        uniqueIds(a.checks(), CheckOutcome::id, i -> "$.checks[" + i + "].id", p);
        for (int i = 0; i < a.checks().size(); i++) {
            CheckOutcome c = a.checks().get(i);
            if (c.checkedOn().getYear() != a.year()) {
                p.add("$.checks[" + i + "].checkedOn", c.checkedOn() + " is outside the year " + a.year());
            }
            if (c.qualified() && c.seriousMisstatement()) {
                p.add("$.checks[" + i + "].seriousMisstatement", "must be false when qualified is true");
            }
        }
        uniqueIds(a.falsification(), AnnualFalsification::id, i -> "$.falsification[" + i + "].id", p);
        return p.sorted();
    }

    // ------------------------------------------------------------------ parts

    private static void site(WebsiteInspection w, Problems p) {
        singleLine(w.id(), "$.id", p);
        singleLine(w.site().id(), "$.site.id", p);
        singleLine(w.site().name(), "$.site.name", p);
        singleLine(w.site().unit(), "$.site.unit", p);
        singleLine(w.site().url(), "$.site.url", p);
        for (int i = 0; i < w.design().links().size(); i++) {
            singleLine(w.design().links().get(i).url(), i, j -> "$.design.links[" + j + "].url", p);
            singleLine(w.design().links().get(i).onPage(), i, j -> "$.design.links[" + j + "].onPage", p);
        }
        for (int i = 0; i < w.design().pagesMissingErrorReportEntry().size(); i++) {
            singleLine(w.design().pagesMissingErrorReportEntry().get(i), i,
                    j -> "$.design.pagesMissingErrorReportEntry[" + j + "]", p);
        }
        for (int i = 0; i < w.design().browsersFailing().size(); i++) {
            singleLine(w.design().browsersFailing().get(i), i, j -> "$.design.browsersFailing[" + j + "]", p);
        }
    }

    private static void incidents(List<Incident> incidents, LocalDate md, Problems p) {
        uniqueIds(incidents, Incident::id, i -> "$.incidents[" + i + "].id", p);
        for (int i = 0; i < incidents.size(); i++) {
            notAfter(incidents.get(i).foundOn(), md, i, "$.incidents[", "].foundOn", p);
        }
    }

    private static void probes(List<Probe> probes, LocalDate md, Problems p) {
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            if (probe.at().toLocalDate().isAfter(md)) {
                p.add("$.probes[" + i + "].at", probe.at().toLocalDate() + " is after the monitoring date " + md);
            }
            if (probe.responseMillis() != null && probe.responseMillis() < 0) {
                p.add("$.probes[" + i + "].responseMillis", "must not be negative");
            }
        }
    }

    /**
     * Checks the publications of the homepage and of every column (ids unique across all of them) and the
     * columns' ids.
     *
     * @return the columns' ids
     */
    private static IdIndex publications(WebsiteInspection w, LocalDate md, Problems p) {
        int publicationCount = w.homepage().publications().size();
        for (Column c : w.columns()) {
            publicationCount += c.publications().size();
        }
        IdIndex publicationIds = new IdIndex(publicationCount);
        publications(w.homepage().publications(), HOMEPAGE, publicationIds, md, p);
        IdIndex columnIds = uniqueIds(w.columns(), Column::id, i -> "$.columns[" + i + "].id", p);
        for (int c = 0; c < w.columns().size(); c++) {
            publications(w.columns().get(c).publications(), c, publicationIds, md, p);
        }
        return columnIds;
    }

    private static void policy(List<PolicyDocument> documents, List<Interpretation> interpretations, LocalDate md,
            Problems p) {
        IdIndex documentIds = uniqueIds(documents, PolicyDocument::id, i -> "$.policyDocuments[" + i + "].id", p);
        IdIndex interpretationIds = uniqueIds(interpretations, Interpretation::id,
                i -> "$.interpretations[" + i + "].id", p);
        for (int i = 0; i < documents.size(); i++) {
            PolicyDocument d = documents.get(i);
            notAfter(d.publishedOn(), md, i, "$.policyDocuments[", "].publishedOn", p);
            List<String> links = d.linkedInterpretationIds();
            uniqueItems(links, "$.policyDocuments[", i, "].linkedInterpretationIds", p);
            for (int j = 0; j < links.size(); j++) {
                if (!interpretationIds.contains(links.get(j))) {
                    p.add("$.policyDocuments[" + i + "].linkedInterpretationIds[" + j + "]",
                            "unknown interpretation '" + links.get(j) + "'");
                }
            }
            sampledFor(d.sampledFor(), POLICY_DOCUMENT_SAMPLES, "policy documents", "$.policyDocuments[", i, p);
        }
        for (int i = 0; i < interpretations.size(); i++) {
            Interpretation in = interpretations.get(i);
            notAfter(in.publishedOn(), md, i, "$.interpretations[", "].publishedOn", p);
            if (in.documentId() != null && !documentIds.contains(in.documentId())) {
                p.add("$.interpretations[" + i + "].documentId", "unknown policy document '" + in.documentId() + "'");
            }
            uniqueItems(in.forms(), "$.interpretations[", i, "].forms", p);
            sampledFor(in.sampledFor(), INTERPRETATION_SAMPLES, "interpretations", "$.interpretations[", i, p);
        }
    }

    private static void services(WebsiteInspection w, LocalDate md, Problems p) {
        List<ServiceItem> items = w.services().items();
        uniqueIds(items, ServiceItem::id, i -> "$.services.items[" + i + "].id", p);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).guide() != null) {
                uniqueItems(items.get(i).guide().elements(), "$.services.items[", i, "].guide.elements", p);
            }
            sampledFor(items.get(i).sampledFor(), SERVICE_ITEM_SAMPLES, "service items", "$.services.items[", i, p);
        }
        LocalDate statistics = w.services().statistics().lastUpdatedOn();
        if (statistics != null && statistics.isAfter(md)) {
            p.add("$.services.statistics.lastUpdatedOn", statistics + " is after the monitoring date " + md);
        }
    }

    private static void design(WebsiteInspection w, Problems p) {
        List<SearchTest> tests = w.design().search().tests();
        uniqueIds(tests, SearchTest::id, i -> "$.design.search.tests[" + i + "].id", p);
        for (int i = 0; i < tests.size(); i++) {
            sampledFor(tests.get(i).sampledFor(), SEARCH_TEST_SAMPLES, "search tests", "$.design.search.tests[", i, p);
        }
        uniqueItems(w.design().footerElements(), "$.design.footerElements", p);
        uniqueItems(w.design().browsersFailing(), "$.design.browsersFailing", p);
        List<PageTag> tags = w.design().pageTags();
        // pages are sampled and reported by their address: each page is checked once
        uniqueIds(tags, PageTag::url, i -> "$.design.pageTags[" + i + "].url", p);
        for (int i = 0; i < tags.size(); i++) {
            sampledFor(tags.get(i).sampledFor(), PAGE_TAG_SAMPLES, "page tags", "$.design.pageTags[", i, p);
        }
    }

    private static void interaction(Interaction in, IdIndex columnIds, LocalDate md, Problems p) {
        List<Message> messages = in.messages();
        uniqueIds(messages, Message::id, i -> "$.interaction.messages[" + i + "].id", p);
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (!columnIds.contains(m.columnId())) {
                p.add(message(i, "columnId"), "unknown column '" + m.columnId() + "'");
            }
            notAfter(m.submittedOn(), md, i, "$.interaction.messages[", "].submittedOn", p);
            notAfter(m.repliedOn(), md, i, "$.interaction.messages[", "].repliedOn", p);
            notAfter(m.publishedOn(), md, i, "$.interaction.messages[", "].publishedOn", p);
            if (m.repliedOn() != null && m.repliedOn().isBefore(m.submittedOn())) {
                p.add(message(i, "repliedOn"), m.repliedOn() + " is before submittedOn " + m.submittedOn());
            }
            if (m.publishedOn() != null && m.publishedOn().isBefore(m.submittedOn())) {
                p.add(message(i, "publishedOn"), m.publishedOn() + " is before submittedOn " + m.submittedOn());
            }
            if (m.published()) {
                if (m.publishedOn() == null) {
                    p.add(message(i, "publishedOn"), "must not be null when published is true");
                }
            } else {
                if (!m.publishedFields().isEmpty()) {
                    p.add(message(i, "publishedFields"), "must be empty when published is false");
                }
                if (m.publishedOn() != null) {
                    p.add(message(i, "publishedOn"), "must be null when published is false");
                }
            }
            uniqueItems(m.publishedFields(), "$.interaction.messages[", i, "].publishedFields", p);
            sampledFor(m.sampledFor(), MESSAGE_SAMPLES, "messages", "$.interaction.messages[", i, p);
        }

        List<ErrorReport> reports = in.errorReports();
        uniqueIds(reports, ErrorReport::id, i -> "$.interaction.errorReports[" + i + "].id", p);
        for (int i = 0; i < reports.size(); i++) {
            ErrorReport r = reports.get(i);
            notAfter(r.submittedOn(), md, i, "$.interaction.errorReports[", "].submittedOn", p);
            notAfter(r.repliedOn(), md, i, "$.interaction.errorReports[", "].repliedOn", p);
            if (r.repliedOn() != null && r.repliedOn().isBefore(r.submittedOn())) {
                p.add("$.interaction.errorReports[" + i + "].repliedOn",
                        r.repliedOn() + " is before submittedOn " + r.submittedOn());
            }
        }

        LiveTest live = in.liveTest();
        if (live != null) {
            if (live.askedOn().isAfter(md)) {
                p.add("$.interaction.liveTest.askedOn", live.askedOn() + " is after the monitoring date " + md);
            }
            if (live.answeredOn() != null) {
                if (live.answeredOn().isAfter(md)) {
                    p.add("$.interaction.liveTest.answeredOn", live.answeredOn() + " is after the monitoring date " + md);
                }
                if (live.answeredOn().isBefore(live.askedOn())) {
                    p.add("$.interaction.liveTest.answeredOn", live.answeredOn() + " is before askedOn " + live.askedOn());
                }
            }
        }

        List<Survey> surveys = in.surveys();
        uniqueIds(surveys, Survey::id, i -> "$.interaction.surveys[" + i + "].id", p);
        for (int i = 0; i < surveys.size(); i++) {
            Survey s = surveys.get(i);
            notAfter(s.startedOn(), md, i, "$.interaction.surveys[", "].startedOn", p);
            notAfter(s.endedOn(), md, i, "$.interaction.surveys[", "].endedOn", p);
            notAfter(s.feedbackPublishedOn(), md, i, "$.interaction.surveys[", "].feedbackPublishedOn", p);
            if (s.endedOn() != null && s.endedOn().isBefore(s.startedOn())) {
                p.add("$.interaction.surveys[" + i + "].endedOn", s.endedOn() + " is before startedOn " + s.startedOn());
            }
            if (s.feedbackPublishedOn() != null && s.feedbackPublishedOn().isBefore(s.startedOn())) {
                p.add("$.interaction.surveys[" + i + "].feedbackPublishedOn",
                        s.feedbackPublishedOn() + " is before startedOn " + s.startedOn());
            }
        }
    }

    private static String message(int i, String field) {
        return "$.interaction.messages[" + i + "]." + field;
    }

    /**
     * Checks the publications of the homepage or of one column.
     *
     * @param column the column's index, or {@link #HOMEPAGE}
     * @param firstSeen each publication id with where it was first seen ({@link #where(int, int)})
     */
    private static void publications(List<Publication> pubs, int column, IdIndex firstSeen, LocalDate md,
            Problems p) {
        for (int i = 0; i < pubs.size(); i++) {
            Publication pub = pubs.get(i);
            if (pub.id().isEmpty()) {
                p.add(publicationPath(column, i) + ".id", "must not be empty");
            }
            long first = firstSeen.putIfAbsent(pub.id(), where(column, i));
            if (first >= 0) {
                p.add(publicationPath(column, i) + ".id", "duplicate id '" + pub.id() + "' (also at "
                        + publicationPath((int) (first >> 32) - 1, (int) (long) first) + ".id)");
            }
            if (pub.publishedOn() != null && pub.publishedOn().isAfter(md)) {
                p.add(publicationPath(column, i) + ".publishedOn", pub.publishedOn() + " is after the monitoring date " + md);
            }
        }
    }

    /** @return the column index (or {@link #HOMEPAGE}) and the item index packed into one long */
    private static long where(int column, int index) {
        return ((long) (column + 1) << 32) | (index & 0xFFFFFFFFL);
    }

    private static String publicationPath(int column, int index) {
        return column == HOMEPAGE
                ? "$.homepage.publications[" + index + "]"
                : "$.columns[" + column + "].publications[" + index + "]";
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Checks that every id of a list is non-empty and unique.
     *
     * @return each id with the index of its first occurrence
     */
    private static <T> IdIndex uniqueIds(List<T> items, Function<T, String> idOf, IntFunction<String> idPath,
            Problems p) {
        IdIndex seen = new IdIndex(items.size());
        for (int i = 0; i < items.size(); i++) {
            String id = idOf.apply(items.get(i));
            if (id.isEmpty()) {
                p.add(idPath.apply(i), "must not be empty");
            }
            long scan = scanId(id);
            if ((scan & HAS_CONTROL) != 0) {
                singleLine(id, idPath.apply(i), p);
            }
            long first = seen.putIfAbsent(id, (int) scan, i);
            if (first >= 0) {
                p.add(idPath.apply(i), "duplicate id '" + id + "' (also at " + idPath.apply((int) first) + ")");
            }
        }
        return seen;
    }

    /**
     * Checks that a value a report may show (an id, a name, an address) is one line of text: no control
     * characters (U+0000–U+001F, U+007F–U+009F) and no bidirectional controls, which could forge lines of
     * a text score sheet or drive a terminal.
     */
    private static void singleLine(String value, String path, Problems p) {
        int at = controlAt(value);
        if (at >= 0) {
            p.add(path, String.format("must not contain control characters (U+%04X at %d)", (int) value.charAt(at), at));
        }
    }

    /** {@link #singleLine(String, String, Problems)} of a list item, building its path only for a problem. */
    private static void singleLine(String value, int index, IntFunction<String> path, Problems p) {
        if (controlAt(value) >= 0) {
            singleLine(value, path.apply(index), p);
        }
    }

    /** Bit of {@link #scanId(String)}'s result: the id holds a control character. */
    private static final long HAS_CONTROL = 1L << 32;

    /**
     * Reads an id once for the two things validation needs of it (ids are most of what an inspection
     * holds: a national batch has a hundred million).
     *
     * @return the id's {@link String#hashCode()} in the low 32 bits, and {@link #HAS_CONTROL} when it
     *     holds a control character ({@link #controlAt(String)} finds where)
     */
    private static long scanId(String id) {
        int hash = 0;
        boolean control = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            hash = 31 * hash + c; // String.hashCode's formula
            control |= isControl(c);
        }
        return (hash & 0xFFFFFFFFL) | (control ? HAS_CONTROL : 0);
    }

    /** @return the index of the first control character of the value, or -1 (also for null) */
    private static int controlAt(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the character is a control character or a bidirectional control */
    private static boolean isControl(char c) {
        // one comparison for printable ASCII (most of what inspections hold): below U+0020 or from U+007F
        // wraps to at least 0x5F
        return (char) (c - 0x20) >= 0x5f
                && (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                        || c == 0x200e || c == 0x200f || c == 0x061c);
    }

    /** Checks that a list the schema marks {@code uniqueItems} names each item once. */
    private static void uniqueItems(List<?> items, String prefix, int index, String suffix, Problems p) {
        if (items.size() >= 2 && hasDuplicate(items)) {
            uniqueItems(items, prefix + index + suffix, p);
        }
    }

    /** @return whether an item equals an earlier one (pairwise for the short lists of the format) */
    private static boolean hasDuplicate(List<?> items) {
        int n = items.size();
        if (n > 16) {
            return new HashSet<>(items).size() < n;
        }
        for (int i = 1; i < n; i++) {
            Object item = items.get(i);
            for (int j = 0; j < i; j++) {
                if (item.equals(items.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void uniqueItems(List<?> items, String listPath, Problems p) {
        if (items.size() < 2) {
            return;
        }
        Map<Object, Integer> seen = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            Integer first = seen.putIfAbsent(items.get(i), i);
            if (first != null) {
                p.add(listPath + "[" + i + "]", "duplicate item '" + items.get(i) + "' (also at " + listPath + "[" + first
                        + "])");
            }
        }
    }

    private static void notAfter(LocalDate date, LocalDate md, int i, String prefix, String suffix, Problems p) {
        if (date != null && date.isAfter(md)) {
            p.add(prefix + i + suffix, date + " is after the monitoring date " + md);
        }
    }

    private static void sampledFor(List<String> sampledFor, List<String> allowed, String population, String listPath,
            int i, Problems p) {
        uniqueItems(sampledFor, listPath, i, "].sampledFor", p);
        for (int j = 0; j < sampledFor.size(); j++) {
            String indicator = sampledFor.get(j);
            if (!allowed.contains(indicator)) {
                p.add(listPath + i + "].sampledFor[" + j + "]", "'" + indicator + "' does not sample " + population
                        + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The problems found so far. */
    private static final class Problems {
        private List<InputProblem> list;

        void add(String path, String message) {
            if (list == null) {
                list = new ArrayList<>();
            }
            list.add(new InputProblem(path, message));
        }

        List<InputProblem> sorted() {
            if (list == null) {
                return List.of();
            }
            list.sort((a, b) -> JsonPathOrder.compare(a.path(), b.path()));
            return List.copyOf(list);
        }
    }
}
