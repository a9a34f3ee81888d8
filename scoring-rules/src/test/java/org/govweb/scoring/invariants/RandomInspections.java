package org.govweb.scoring.invariants;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
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
 * A seeded generator of random, valid website inspections, biased to the edges the rules test: dates
 * on and one day either side of every window's start (md−7/−14, {@code minusMonths(1/2/3/6)},
 * {@code minusYears(1)}), monitoring dates at month ends and on leap days, counts of columns next to the
 * veto lines (4/5 blank, 9/10 stale, 4/5 news and notice columns), probe failure ratios next to 5 %,
 * service items next to the VW6 lines, units with and without a public-service function, empty and large
 * lists, and {@code sampledFor} marks. Every inspection it makes passes
 * {@link org.govweb.scoring.validation.InspectionValidator} (the invariant tests assert that).
 *
 * <p>Inspection {@code i} of a generator depends only on the generator's seed and {@code i}
 * ({@link #inspection(int)}), so a failure can be replayed alone. Free texts (notes, titles, names,
 * URLs, accuracy errors) come from a {@link Texts} source, so privacy tests can plant markers in them.
 */
public final class RandomInspections {

    /** Where free texts come from: one call per text, naming what kind of field it is. */
    @FunctionalInterface
    public interface Texts {
        /**
         * @param field the kind of free-text field, one of {@link Field}
         * @param n a number that makes the text unique within the inspection
         * @return the text
         */
        String text(Field field, int n);
    }

    /** The kinds of free-text fields of a website inspection. */
    public enum Field {
        /** Incident, finding notes: an inspector's words, may cite a citizen's message. */
        NOTE,
        /** {@code accuracyErrors} entries: an inspector's words. */
        ACCURACY_ERROR,
        /** Titles of publications, documents, interpretations, search tests. */
        TITLE,
        /** Names of columns, service items, thematic services. */
        NAME,
        /** The site's name (what a report names as its subject). */
        SUBJECT_NAME,
        /** The unit running the site. */
        UNIT,
        /** URLs of the site, links, pages, incidents and findings. */
        URL,
        /** Names of browser classes. */
        BROWSER
    }

    /** Plain texts: recognisable, no markers. */
    public static final Texts PLAIN = (field, n) -> switch (field) {
        case NOTE -> "note " + n;
        case ACCURACY_ERROR -> "咨询电话与实际不符 " + n;
        case TITLE -> "稿件 " + n;
        case NAME -> "名称 " + n;
        case SUBJECT_NAME -> "某县人民政府";
        case UNIT -> "某县人民政府办公室";
        case URL -> "http://www.example.gov.cn/p/" + n + ".html";
        case BROWSER -> List.of("IE", "Chrome", "Firefox", "Edge", "Safari", "360").get(Math.floorMod(n, 6));
    };

    private static final LocalDate FIRST_MD = LocalDate.of(2018, 1, 1);
    private static final LocalDate LAST_MD = LocalDate.of(2026, 12, 31);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final Texts texts;

    /**
     * @param seed the seed of every inspection this generator makes
     */
    public RandomInspections(long seed) {
        this(seed, PLAIN);
    }

    /**
     * @param seed the seed of every inspection this generator makes
     * @param texts where free texts come from
     */
    public RandomInspections(long seed, Texts texts) {
        this.seed = seed;
        this.texts = texts;
    }

    /**
     * @param index which inspection
     * @return inspection {@code index} of this generator; the same index always gives the same inspection
     */
    public WebsiteInspection inspection(int index) {
        return new Maker(new Random(mix(seed, index)), index).make();
    }

    /**
     * @param inspection a website inspection
     * @param shuffleSeed seed of the shuffle
     * @return the same inspection with the order of every list, at every depth, shuffled
     */
    public static WebsiteInspection shuffled(WebsiteInspection inspection, long shuffleSeed) {
        return new Shuffler(new Random(shuffleSeed)).inspection(inspection);
    }

    static long mix(long seed, long index) {
        long z = seed + GOLDEN * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------ making one inspection

    private final class Maker {
        private final Random r;
        private final int index;
        private final boolean large;
        /** How well the site is run: the chance that each flag, reply or page is as it should be. */
        private final double quality;
        private LocalDate md;
        private int next;

        Maker(Random r, int index) {
            this.r = r;
            this.index = index;
            this.large = r.nextInt(50) == 0;
            this.quality = new double[] {0.6, 0.9, 0.97, 0.995}[r.nextInt(4)];
        }

        /** @return true when a flag, reply or page is as it should be (chance: the site's quality) */
        private boolean ok() {
            return r.nextDouble() < quality;
        }

        WebsiteInspection make() {
            md = monitoringDate();
            boolean publicService = r.nextInt(10) < 7;
            Site site = new Site("site" + index, text(Field.SUBJECT_NAME), r.nextBoolean() ? text(Field.URL) : null,
                    text(Field.UNIT), publicService);
            List<Column> columns = columns();
            List<String> documentIds = ids("doc", count(0, 0, 1, 2, 3, 3, 4, 6, large ? 40 : 5));
            List<String> interpretationIds = ids("int", count(0, 0, 1, 2, 3, 3, 4, 6, large ? 40 : 5));
            return WebsiteInspection.builder()
                    .id("random-" + index)
                    .site(site)
                    .monitoringDate(md)
                    .samplingSeed(r.nextBoolean() ? null : r.nextLong())
                    .incidents(incidents())
                    .probes(probes())
                    .homepage(new Homepage(r.nextInt(5) == 0, homepage()))
                    .columns(columns)
                    .findings(findings())
                    .policyDocuments(documents(documentIds, interpretationIds))
                    .interpretations(interpretations(interpretationIds, documentIds))
                    .services(services())
                    .interaction(interaction(columns))
                    .design(design())
                    .dataRelease(new DataRelease(dates(count(0, 0, 1, 1, 2, 3)), ok()))
                    .userSpace(ok())
                    .innovationEndorsed(r.nextInt(4) == 0)
                    .build();
        }

        // ---------------------------------------------------------------- dates

        /** A monitoring date, often at a month's end, on a leap day or on the first of a month. */
        private LocalDate monitoringDate() {
            LocalDate any = FIRST_MD.plusDays(r.nextInt((int) (LAST_MD.toEpochDay() - FIRST_MD.toEpochDay()) + 1));
            return switch (r.nextInt(10)) {
                case 0, 1 -> any.withDayOfMonth(any.lengthOfMonth());
                case 2 -> r.nextBoolean() ? LocalDate.of(2020, 2, 29) : LocalDate.of(2024, 2, 29);
                case 3 -> LocalDate.of(any.getYear(), r.nextBoolean() ? Month.AUGUST : Month.MARCH, 31);
                case 4 -> any.withDayOfMonth(1);
                case 5 -> LocalDate.of(any.getYear(), r.nextBoolean() ? Month.OCTOBER : Month.MAY, 1 + r.nextInt(8));
                default -> any;
            };
        }

        /** A date no later than md, on or next to a window's edge (or anywhere in the 400 days before). */
        private LocalDate edgeDate() {
            int shift = r.nextInt(3) - 1;
            return switch (r.nextInt(13)) {
                case 0 -> md.minusDays(r.nextInt(2));
                case 1 -> md.minusDays(6 + r.nextInt(3));
                case 2 -> md.minusDays(13 + r.nextInt(3));
                case 3 -> clamp(md.minusMonths(1).plusDays(shift));
                case 4 -> clamp(md.minusMonths(2).plusDays(shift));
                case 5 -> clamp(md.minusMonths(3).plusDays(shift));
                case 6, 7 -> clamp(md.minusMonths(6).plusDays(shift));
                case 8, 9 -> clamp(md.minusYears(1).plusDays(shift));
                default -> md.minusDays(r.nextInt(400));
            };
        }

        /** A date in [from, md], often a few days or 1/3 months after {@code from}. */
        private LocalDate after(LocalDate from) {
            LocalDate d = switch (r.nextInt(6)) {
                case 0, 1, 2 -> from.plusDays(r.nextInt(11));
                case 3 -> from.plusMonths(1).plusDays(r.nextInt(3) - 1);
                case 4 -> from.plusMonths(3).plusDays(r.nextInt(3) - 1);
                default -> md;
            };
            if (d.isBefore(from)) {
                d = from;
            }
            return d.isAfter(md) ? md : d;
        }

        /** A reply date in [from, md]: mostly within 10 days, sometimes next to 3 months, or md. */
        private LocalDate reply(LocalDate from) {
            LocalDate d = switch (r.nextInt(20)) {
                case 0 -> from.plusMonths(3).plusDays(r.nextInt(3) - 1);
                case 1 -> from.plusMonths(1).plusDays(r.nextInt(3) - 1);
                case 2 -> md;
                default -> from.plusDays(r.nextInt(11));
            };
            return d.isAfter(md) ? md : d;
        }

        private LocalDate clamp(LocalDate d) {
            return d.isAfter(md) ? md : d;
        }

        private List<LocalDate> dates(int n) {
            List<LocalDate> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(edgeDate());
            }
            return out;
        }

        // ---------------------------------------------------------------- helpers

        /**
         * @return true for about one inspection in twelve: then one veto's evidence is taken to or over its
         *     line; otherwise it stays on the safe side, often just below the line (so that about half of
         *     the inspections hold no veto and the scoring invariants are exercised)
         */
        private boolean edgy() {
            return r.nextInt(12) == 0;
        }

        /** @return one of the given counts, chosen uniformly (a way to bias sizes to edges) */
        private int count(int... choices) {
            return choices[r.nextInt(choices.length)];
        }

        private String text(Field field) {
            return texts.text(field, next++);
        }

        private String id(String prefix) {
            return prefix + (next++);
        }

        private List<String> ids(String prefix, int n) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(id(prefix));
            }
            return out;
        }

        private <E extends Enum<E>> List<E> subset(E[] values, int size) {
            List<E> all = new ArrayList<>(Arrays.asList(values));
            Collections.shuffle(all, r);
            return new ArrayList<>(all.subList(0, Math.min(size, all.size())));
        }

        private <E extends Enum<E>> List<E> anySubset(E[] values) {
            return subset(values, r.nextInt(values.length + 1));
        }

        private <E extends Enum<E>> E pick(E[] values) {
            return values[r.nextInt(values.length)];
        }

        /**
         * {@code sampledFor} marks of one population: for about a quarter of inspections, each item names
         * each indicator with probability one half; otherwise none.
         */
        private Function<Integer, List<String>> marks(List<String> indicators) {
            if (r.nextInt(4) != 0) {
                return i -> null;
            }
            return i -> {
                List<String> out = new ArrayList<>();
                for (String s : indicators) {
                    if (r.nextBoolean()) {
                        out.add(s);
                    }
                }
                return out.isEmpty() && r.nextBoolean() ? null : out;
            };
        }

        // ---------------------------------------------------------------- parts

        private List<Incident> incidents() {
            if (r.nextInt(10) != 0) {
                return List.of();
            }
            List<Incident> out = new ArrayList<>();
            for (int i = count(1, 1, 2, 3); i > 0; i--) {
                out.add(new Incident(id("inc"), pick(WebsiteIncidentKind.values()), r.nextBoolean() ? text(Field.URL) : null,
                        r.nextBoolean() ? edgeDate() : null, r.nextBoolean() ? text(Field.NOTE) : null));
            }
            return out;
        }

        /** Probes of the probe week (md−6 … md) and a few before it; failures next to 5 % of the week's. */
        private List<Probe> probes() {
            List<Probe> out = new ArrayList<>();
            switch (r.nextInt(8)) {
                case 0 -> {
                    return out;
                }
                case 1 -> {
                    boolean edgy = edgy();
                    for (int i = r.nextInt(30); i > 0; i--) {
                        out.add(probe(md.minusDays(r.nextInt(9)), edgy && r.nextInt(10) == 0));
                    }
                    return out;
                }
                default -> {
                    int perDay = large ? 100 : 19 + r.nextInt(6);
                    int total = perDay * 7;
                    // the least number of failures that reaches 5 %, minus one (no veto), exactly, or plus one
                    int line = (total + 19) / 20;
                    int failures = edgy() ? line + r.nextInt(2) : line - 1 - (r.nextInt(3) == 0 ? r.nextInt(line) : 0);
                    List<Boolean> failed = new ArrayList<>();
                    for (int i = 0; i < total; i++) {
                        failed.add(i < failures);
                    }
                    Collections.shuffle(failed, r);
                    for (int i = 0; i < total; i++) {
                        out.add(probe(md.minusDays(i / perDay), failed.get(i)));
                    }
                    for (int i = r.nextInt(3); i > 0; i--) {
                        out.add(probe(md.minusDays(7 + r.nextInt(2)), true));
                    }
                    return out;
                }
            }
        }

        private Probe probe(LocalDate day, boolean failed) {
            LocalDateTime at = day.atTime(r.nextInt(24), r.nextInt(60), r.nextInt(60));
            Integer millis;
            if (failed) {
                millis = switch (r.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> 15000;
                    default -> 15000 + r.nextInt(100000);
                };
            } else {
                millis = r.nextInt(5) == 0 ? 14999 : r.nextInt(15000);
            }
            return new Probe(at, millis);
        }

        /** Homepage publications: mostly one dated in the 2 weeks (md−13 … md), sometimes only on the edge. */
        private List<Publication> homepage() {
            List<Publication> out = new ArrayList<>(publications(count(0, 0, 1, 2, 3, 5, large ? 200 : 8)));
            if (!edgy()) {
                out.add(new Publication(id("p"), text(Field.TITLE), md.minusDays(r.nextInt(15))));
            }
            return out;
        }

        /** Publications of a column, with one in its update window (on its first day, sometimes) unless stale. */
        private List<Publication> freshPublications(ColumnKind kind) {
            List<Publication> out = new ArrayList<>(publications(count(0, 0, 1, 2, 3)));
            LocalDate from = windowStart(kind);
            LocalDate d = r.nextInt(4) == 0 ? from : from.plusDays(r.nextInt((int) (md.toEpochDay() - from.toEpochDay()) + 1));
            out.add(new Publication(id("p"), r.nextBoolean() ? text(Field.TITLE) : null, d));
            return out;
        }

        private List<Publication> publications(int n) {
            List<Publication> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(new Publication(id("p"), r.nextInt(4) == 0 ? null : text(Field.TITLE),
                        r.nextInt(10) == 0 ? null : edgeDate()));
            }
            return out;
        }

        /** Publications all dated before {@code before} (or undated): a stale column. */
        private List<Publication> stalePublications(LocalDate before) {
            List<Publication> out = new ArrayList<>();
            for (int i = count(1, 1, 2, 3); i > 0; i--) {
                LocalDate d = r.nextInt(6) == 0 ? null : before.minusDays(1 + (r.nextBoolean() ? 0 : r.nextInt(300)));
                out.add(new Publication(id("p"), r.nextBoolean() ? text(Field.TITLE) : null, d));
            }
            return out;
        }

        private LocalDate windowStart(ColumnKind kind) {
            return switch (kind) {
                case NEWS -> md.minusDays(14);
                case NOTICES, POLICY_DOCS, POLICY_INTERPRETATION -> md.minusMonths(6);
                default -> md.minusYears(1);
            };
        }

        private Column column(ColumnKind kind, boolean firstLevel, boolean shouldUpdate, List<Publication> pubs) {
            return new Column(id("c"), text(Field.NAME), kind, firstLevel, shouldUpdate, pubs);
        }

        /** The columns: usual ones, then blank, stale and stale news/notice columns near the veto lines. */
        private List<Column> columns() {
            List<Column> out = new ArrayList<>();
            if (r.nextInt(20) == 0) {
                return out;
            }
            for (ColumnKind kind : ColumnKind.values()) {
                if (r.nextInt(kind == ColumnKind.CONSULTATION ? 30 : 8) != 0) {
                    boolean fresh = r.nextInt(30) != 0;
                    out.add(column(kind, r.nextInt(5) != 0, fresh && r.nextBoolean(),
                            fresh ? freshPublications(kind) : publications(count(0, 1, 2))));
                }
            }
            // blank columns (VW4.3 at 5), stale columns that should be updated (VW4.2 at 10), stale news
            // and first-level notice/policy columns (VW4.1 at 5): just below the line, or (edgy) at or over it
            boolean edgyBlank = edgy();
            int blank = edgyBlank ? count(5, 5, 6, 5 + r.nextInt(4)) : count(0, 0, 0, 3, 4, 4);
            for (int i = 0; i < blank; i++) {
                ColumnKind kind = r.nextInt(3) == 0 ? pick(ColumnKind.values()) : ColumnKind.OTHER;
                out.add(column(kind, r.nextBoolean(), edgyBlank && r.nextBoolean(), List.of()));
            }
            boolean edgyStale = edgy();
            int stale = edgyStale ? count(10, 10, 11, 10 + r.nextInt(4)) : count(0, 0, 0, 8, 9, 9);
            List<ColumnKind> quiet = List.of(ColumnKind.OVERVIEW, ColumnKind.ORG_FUNCTIONS, ColumnKind.LEADERS,
                    ColumnKind.POLICY_INTERPRETATION, ColumnKind.DATA_RELEASE, ColumnKind.CONSULTATION,
                    ColumnKind.INTERVIEW, ColumnKind.SURVEY, ColumnKind.PETITION, ColumnKind.DISCIPLINE, ColumnKind.OTHER);
            for (int i = 0; i < stale; i++) {
                ColumnKind kind = edgyStale ? pick(ColumnKind.values())
                        : r.nextInt(3) == 0 ? quiet.get(r.nextInt(quiet.size())) : ColumnKind.OTHER;
                out.add(column(kind, r.nextBoolean(), true, stalePublications(windowStart(kind))));
            }
            boolean edgyNews = edgy();
            int staleNewsAndNotices = edgyNews ? count(5, 5, 6) : count(0, 0, 0, 3, 4, 4);
            for (int i = 0; i < staleNewsAndNotices; i++) {
                ColumnKind kind = switch (r.nextInt(3)) {
                    case 0 -> ColumnKind.NEWS;
                    case 1 -> ColumnKind.NOTICES;
                    default -> ColumnKind.POLICY_DOCS;
                };
                boolean firstLevel = kind == ColumnKind.NEWS ? r.nextBoolean() : r.nextInt(6) != 0;
                out.add(column(kind, firstLevel, edgyNews && r.nextBoolean(), stalePublications(windowStart(kind))));
            }
            for (int i = large ? 150 : r.nextInt(4); i > 0; i--) {
                ColumnKind kind = pick(ColumnKind.values());
                boolean fresh = r.nextInt(large ? 40 : 8) != 0;
                out.add(column(kind, r.nextBoolean(), fresh && r.nextBoolean(),
                        fresh ? freshPublications(kind) : publications(large ? 10 : count(0, 1, 2, 4))));
            }
            return out;
        }

        private List<Finding> findings() {
            List<Finding> out = new ArrayList<>();
            for (int i = ok() ? 0 : count(0, 0, 0, 1, 2, 3, 5); i > 0; i--) {
                out.add(new Finding(id("f"), pick(FindingIndicator.values()), r.nextBoolean() ? text(Field.URL) : null,
                        r.nextInt(4) == 0 ? null : text(Field.NOTE)));
            }
            return out;
        }

        private List<PolicyDocument> documents(List<String> ids, List<String> interpretationIds) {
            Function<Integer, List<String>> marks = marks(List.of("D1.7"));
            List<PolicyDocument> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                List<String> links = new ArrayList<>();
                for (String in : interpretationIds) {
                    if (r.nextInt(3) == 0) {
                        links.add(in);
                    }
                }
                out.add(new PolicyDocument(ids.get(i), text(Field.TITLE), edgeDate(),
                        r.nextInt(4) != 0, r.nextInt(4) != 0, links, marks.apply(i)));
            }
            return out;
        }

        private List<Interpretation> interpretations(List<String> ids, List<String> documentIds) {
            Function<Integer, List<String>> marks = marks(List.of("D1.8", "B1.2"));
            List<Interpretation> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String doc = documentIds.isEmpty() || r.nextInt(5) == 0 ? null
                        : documentIds.get(r.nextInt(documentIds.size()));
                out.add(new Interpretation(ids.get(i), text(Field.TITLE), edgeDate(), doc,
                        ok(), anySubset(InterpretationForm.values()), marks.apply(i)));
            }
            return out;
        }

        /** Service items next to the VW6 lines (4/5 items; guides with 6/7 of the 10 elements). */
        private Services services() {
            boolean edgy = edgy();
            int n = edgy && r.nextInt(4) == 0 ? 0 : count(1, 3, 4, 4, 5, 5, 6, 8, large ? 120 : 1 + r.nextInt(12));
            // items lacking ≥ 4 of the 10 key elements: VW6 at 5 of them, or when all of fewer than 5 are
            int lackingPercent = edgy ? count(50, 100) : n >= 5 ? count(0, 0, 20) : 0;
            Function<Integer, List<String>> marks = marks(List.of("D2.4", "D2.5", "D2.6", "B2.3"));
            List<ServiceItem> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ServiceGuide guide = null;
                if (r.nextInt(8) != 0) {
                    boolean lacking = r.nextInt(100) < lackingPercent;
                    int elements = lacking ? count(6, 6, 5, 0, r.nextInt(7)) : ok() ? 10 : count(10, 9, 7, 7);
                    List<String> errors = new ArrayList<>();
                    for (int e = ok() ? 0 : count(0, 0, 0, 1, 2, 6); e > 0; e--) {
                        errors.add(text(Field.ACCURACY_ERROR));
                    }
                    guide = new ServiceGuide(subset(GuideElement.values(), elements), ok(), !ok(), !ok(),
                            r.nextBoolean(), ok(), errors, ok());
                }
                items.add(new ServiceItem(id("s"), text(Field.NAME), guide, marks.apply(i)));
            }
            LocalDate updated = ok() ? md.minusDays(r.nextInt(31)) : switch (r.nextInt(6)) {
                case 0 -> null;
                case 1 -> clamp(md.minusMonths(1).plusDays(r.nextInt(3) - 1));
                case 2 -> clamp(md.minusMonths(3).plusDays(r.nextInt(3) - 1));
                default -> edgeDate();
            };
            List<String> thematic = new ArrayList<>();
            for (int i = count(0, 0, 1, 2, 3, 4); i > 0; i--) {
                thematic.add(text(Field.NAME));
            }
            return new Services(items, ok(), ok(), ok(), new ServiceStatistics(ok(), updated), ok(), ok(), thematic);
        }

        private Interaction interaction(List<Column> columns) {
            List<Message> messages = new ArrayList<>();
            List<String> consultation = columns.stream().filter(c -> c.kind() == ColumnKind.CONSULTATION)
                    .map(Column::id).toList();
            Function<Integer, List<String>> marks = marks(List.of("D3.3"));
            boolean edgyReplies = edgy();
            int n = columns.isEmpty() ? 0 : count(0, 0, 1, 3, 5, 6, 8, large ? 300 : 12);
            for (int i = 0; i < n; i++) {
                String column = !consultation.isEmpty() && r.nextInt(4) != 0
                        ? consultation.get(r.nextInt(consultation.size()))
                        : columns.get(r.nextInt(columns.size())).id();
                LocalDate submitted = edgeDate();
                // VW5.2 at a valid message unanswered for more than 3 months: only edgy inspections have them
                LocalDate replied;
                if (edgyReplies) {
                    replied = r.nextInt(10) == 0 ? null : reply(submitted);
                } else if (r.nextInt(10) == 0 && !submitted.plusMonths(3).isBefore(md)) {
                    replied = null;
                } else {
                    replied = clamp(submitted.plusDays(r.nextInt(11)));
                }
                boolean published = r.nextInt(3) != 0;
                List<PublishedField> fields = published
                        ? (ok() ? List.of(PublishedField.values()) : anySubset(PublishedField.values()))
                        : List.of();
                messages.add(new Message(id("m"), column, submitted, r.nextInt(8) != 0, r.nextInt(4) != 0, replied,
                        ok() ? ReplyQuality.OK : ReplyQuality.PERFUNCTORY, ok(), published, fields,
                        published ? after(submitted) : null, marks.apply(i)));
            }
            List<ErrorReport> reports = new ArrayList<>();
            for (int i = count(0, 0, 1, 2, 4, large ? 100 : 6); i > 0; i--) {
                LocalDate submitted = edgeDate();
                reports.add(new ErrorReport(id("e"), submitted, ok() ? clamp(submitted.plusDays(r.nextInt(3)))
                        : r.nextInt(4) == 0 ? null : after(submitted), ok() ? ReplyQuality.OK : ReplyQuality.PERFUNCTORY));
            }
            LiveTest live = null;
            if (r.nextInt(5) != 0) {
                LocalDate asked = edgeDate();
                live = new LiveTest(asked, r.nextInt(4) == 0 ? null : after(asked), ok());
            }
            List<Survey> surveys = new ArrayList<>();
            for (int i = count(0, 1, 5, 6, 6, 7, r.nextInt(10)); i > 0; i--) {
                LocalDate started = edgeDate();
                LocalDate ended = r.nextInt(5) == 0 ? null : after(started);
                LocalDate feedback = r.nextInt(4) == 0 ? null : after(ended == null ? started : ended);
                surveys.add(new Survey(id("sv"), ok(), started, ended, feedback));
            }
            return new Interaction(new Submission(r.nextInt(20) != 0, ok()), ok(), ok(), messages, reports, live,
                    ok(), surveys);
        }

        private Design design() {
            List<Link> links = new ArrayList<>();
            for (int i = count(0, 1, 2, 5, large ? 400 : 8); i > 0; i--) {
                links.add(new Link(text(Field.URL), text(Field.URL), r.nextBoolean(), ok()));
            }
            List<String> pages = new ArrayList<>();
            for (int i = ok() ? 0 : count(0, 0, 1, 3, 6); i > 0; i--) {
                pages.add(text(Field.URL));
            }
            Function<Integer, List<String>> searchMarks = marks(List.of("D4.6", "B4.1"));
            List<SearchTest> tests = new ArrayList<>();
            for (int i = 0, n = count(0, 2, 4, 5, 6, 8); i < n; i++) {
                tests.add(new SearchTest(id("t"), text(Field.TITLE), r.nextInt(3) == 0, ok(),
                        searchMarks.apply(i)));
            }
            Function<Integer, List<String>> tagMarks = marks(List.of("D4.8"));
            List<PageTag> tags = new ArrayList<>();
            for (int i = 0, n = count(0, 4, 5, 6, 10, 12, large ? 200 : 3); i < n; i++) {
                tags.add(new PageTag(text(Field.URL), pick(PageType.values()), ok(), ok(),
                        tagMarks.apply(i)));
            }
            List<String> browsers = new ArrayList<>();
            for (int i = ok() ? 0 : count(0, 0, 0, 1, 2, 3); i > 0; i--) {
                browsers.add(text(Field.BROWSER));
            }
            List<FooterElement> footer = ok() ? new ArrayList<>(EnumSet.allOf(FooterElement.class))
                    : anySubset(FooterElement.values());
            return new Design(ok(), ok(), ok(), footer, links, ok(), pages,
                    new Search(r.nextInt(20) != 0 && ok(), ok(), ok(), ok(), tests), ok(), tags, browsers, ok());
        }
    }

    // ------------------------------------------------------------------ shuffling every list

    /** Rebuilds an inspection with every list, at every depth, in a random order. */
    private static final class Shuffler {
        private final Random r;

        Shuffler(Random r) {
            this.r = r;
        }

        private <T> List<T> mix(List<T> list) {
            if (list == null) {
                return null;
            }
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, r);
            return copy;
        }

        private <T, U> List<U> mix(List<T> list, Function<T, U> each) {
            List<U> out = new ArrayList<>();
            for (T t : list) {
                out.add(each.apply(t));
            }
            return mix(out);
        }

        WebsiteInspection inspection(WebsiteInspection w) {
            Design d = w.design();
            Search s = d.search();
            Services sv = w.services();
            Interaction in = w.interaction();
            return w.toBuilder()
                    .incidents(mix(w.incidents()))
                    .probes(mix(w.probes()))
                    .homepage(new Homepage(w.homepage().navigationOnly(), mix(w.homepage().publications())))
                    .columns(mix(w.columns(), c -> new Column(c.id(), c.name(), c.kind(), c.firstLevel(),
                            c.shouldUpdate(), mix(c.publications()))))
                    .findings(mix(w.findings()))
                    .policyDocuments(mix(w.policyDocuments(), p -> new PolicyDocument(p.id(), p.title(),
                            p.publishedOn(), p.issuedBySelf(), p.broadImpact(), mix(p.linkedInterpretationIds()),
                            mix(p.sampledFor()))))
                    .interpretations(mix(w.interpretations(), i -> new Interpretation(i.id(), i.title(),
                            i.publishedOn(), i.documentId(), i.linksToDocument(), mix(i.forms()), mix(i.sampledFor()))))
                    .services(new Services(mix(sv.items(), i -> new ServiceItem(i.id(), i.name(), guide(i.guide()),
                            mix(i.sampledFor()))), sv.categorisedCatalogue(), sv.registrationWorks(),
                            sv.registeredUsersCanApply(), sv.statistics(), sv.evaluationOffered(),
                            sv.evaluationResultsPublished(), mix(sv.thematicServices())))
                    .interaction(new Interaction(in.submission(), in.unifiedLogin(), in.messageStatisticsPublished(),
                            mix(in.messages(), m -> m.toBuilder().publishedFields(mix(m.publishedFields()))
                                    .sampledFor(mix(m.sampledFor())).build()),
                            mix(in.errorReports()), in.liveTest(), in.smartQaAccurate(), mix(in.surveys())))
                    .design(new Design(d.domainCompliant(), d.namedAfterUnit(), d.nameInHeaderOnAllPages(),
                            mix(d.footerElements()), mix(d.links()), d.errorReportEntryOnHomepage(),
                            mix(d.pagesMissingErrorReportEntry()),
                            new Search(s.available(), s.resultsGrouped(), s.fuzzy(), s.aggregatesServices(),
                                    mix(s.tests(), t -> new SearchTest(t.id(), t.title(), t.fromSubordinateSite(),
                                            t.foundOnFirstPage(), mix(t.sampledFor())))),
                            d.singleSignOn(), mix(d.pageTags(), t -> new PageTag(t.url(), t.pageType(), t.siteTag(),
                                    t.ownTag(), mix(t.sampledFor()))),
                            mix(d.browsersFailing()), d.ipv6()))
                    .dataRelease(new DataRelease(mix(w.dataRelease().visualisedOn()),
                            w.dataRelease().datasetsDownloadable()))
                    .build();
        }

        private ServiceGuide guide(ServiceGuide g) {
            return g == null ? null : g.toBuilder().elements(mix(g.elements())).accuracyErrors(mix(g.accuracyErrors()))
                    .build();
        }
    }
}
