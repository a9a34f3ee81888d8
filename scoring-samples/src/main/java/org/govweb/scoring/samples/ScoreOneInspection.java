package org.govweb.scoring.samples;

import java.io.IOException;
import java.io.InputStream;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.ScoringEngine;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.Report;

/**
 * The library in a few lines: read an inspection, score it with the bundled rules, print the score
 * sheet. Run it with a sample's name, e.g. {@code website-vetoed-columns}; without one it scores the
 * county portal.
 */
public final class ScoreOneInspection {

    private ScoreOneInspection() {
    }

    /**
     * @param args optionally the name of a bundled sample
     * @throws IOException when the sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        String sample = args.length > 0 ? args[0] : "website-county-portal";

        // 1. One engine per application: building it compiles the rules; it is thread-safe.
        ScoringEngine engine = ScoringEngine.bundled();

        // 2. Read an inspection of any type (website, new media, annual assessment).
        Inspection inspection;
        try (InputStream in = ScoreOneInspection.class.getResourceAsStream("/samples/" + sample + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled sample " + sample);
            }
            inspection = ScoringJson.readInspection(in);
        }

        // 3. Score it: an invalid input raises InvalidInspectionException naming each field's path.
        Report report = engine.score(inspection);

        // 4. Print the score sheet (or ScoringJson.writePretty(report) for the full report as JSON).
        System.out.print(TextReport.render(report));
        System.out.println("verdict: " + report.verdict());
    }
}
