package org.govweb.scoring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.website.WebsiteInspection;

/**
 * The worked examples of the specification (test resources {@code /examples/}), one of each type, for
 * tests of any module (through the scoring-api test-jar). Their expected outcomes are in the spec's
 * examples README.
 */
public final class Examples {

    /** Resource of the website example (monitoring date 2019-12-18). */
    public static final String COUNTY_PORTAL = "/examples/website-county-portal.json";
    /** Resource of the new-media example. */
    public static final String WECHAT = "/examples/newmedia-wechat.json";
    /** Resource of the annual-assessment example. */
    public static final String ANNUAL_UNIT = "/examples/annual-unit.json";

    private Examples() {
    }

    /** @return the website example, a county government portal */
    public static WebsiteInspection countyPortal() {
        return ScoringJson.readWebsite(text(COUNTY_PORTAL));
    }

    /** @return the new-media example, a WeChat account */
    public static NewMediaInspection wechat() {
        return ScoringJson.readNewMedia(text(WECHAT));
    }

    /** @return the annual-assessment example of one unit */
    public static AnnualAssessment annualUnit() {
        return ScoringJson.readAnnual(text(ANNUAL_UNIT));
    }

    /**
     * @param resource a class-path resource, e.g. {@link #COUNTY_PORTAL}
     * @return its text (UTF-8)
     */
    public static String text(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
