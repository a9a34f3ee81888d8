package org.govweb.scoring.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.drools.DroolsScoringEngine;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.report.AnnualReport;
import org.govweb.scoring.report.ScoreReport;
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
