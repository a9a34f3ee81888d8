package org.govweb.scoring.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.drools.DroolsScoringEngine;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.ScoreReport;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ColumnKind;
import org.govweb.scoring.website.Publication;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * Shared fixtures of the rule tests: one engine with the bundled rules (built once per JVM) and the
 * worked examples of the spec, to be changed with the records' builders ({@code toBuilder()}).
 */
public final class TestEngine {
    private static volatile DroolsScoringEngine engine;
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TestEngine() {
    }

    /** @return the shared engine with the bundled rules */
    public static DroolsScoringEngine engine() {
        DroolsScoringEngine e = engine;
        if (e == null) {
            synchronized (TestEngine.class) {
                e = engine;
                if (e == null) {
                    e = DroolsScoringEngine.bundled();
                    engine = e;
                }
            }
        }
        return e;
    }

    /**
     * @param inspection a website inspection
     * @return its report from the shared engine
     */
    public static ScoreReport score(WebsiteInspection inspection) {
        return engine().score(inspection);
    }

    /**
     * @param inspection a new-media inspection
     * @return its report from the shared engine
     */
    public static ScoreReport score(NewMediaInspection inspection) {
        return engine().score(inspection);
    }

    /**
     * @param assessment an annual assessment
     * @return its report from the shared engine
     */
    public static AnnualReport assess(AnnualAssessment assessment) {
        return engine().assess(assessment);
    }

    /** @return the spec's website example (丰都县人民政府, monitoring date 2019-12-18) */
    public static WebsiteInspection countyPortal() {
        return read("/examples/website-county-portal.json", WebsiteInspection.class);
    }

    /** @return the spec's new-media example */
    public static NewMediaInspection wechat() {
        return read("/examples/newmedia-wechat.json", NewMediaInspection.class);
    }

    /** @return the spec's annual-assessment example */
    public static AnnualAssessment annualUnit() {
        return read("/examples/annual-unit.json", AnnualAssessment.class);
    }

    /**
     * @param id the column's id (its name is 栏目 + id, each item's id is id-N and its title 稿件)
     * @param kind its kind
     * @param firstLevel whether it is a first-level column
     * @param shouldUpdate whether it is meant to be updated
     * @param dates the dates of its items, one item each
     * @return the column
     */
    public static Column column(String id, ColumnKind kind, boolean firstLevel, boolean shouldUpdate,
            LocalDate... dates) {
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            pubs.add(new Publication(id + "-" + i, "稿件", dates[i]));
        }
        return new Column(id, "栏目" + id, kind, firstLevel, shouldUpdate, pubs);
    }

    /**
     * @param base an inspection
     * @param extra columns to add after its own
     * @return the inspection with the extra columns
     */
    public static WebsiteInspection withExtraColumns(WebsiteInspection base, List<Column> extra) {
        List<Column> cols = new ArrayList<>(base.columns());
        cols.addAll(extra);
        return base.toBuilder().columns(cols).build();
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = TestEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
