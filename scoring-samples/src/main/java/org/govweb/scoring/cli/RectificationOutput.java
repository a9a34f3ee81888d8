package org.govweb.scoring.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.util.Objects;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.rectification.Rectification;
import org.govweb.scoring.rectification.RectificationText;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.Report;
import org.govweb.scoring.report.ScoreReport;

/**
 * Prints a report with its rectification list (整改清单), for {@code score --rectification}. The list is
 * not part of the report (the report stays what the engine produced): as text it follows the score
 * sheet as a section of its own; as JSON the report and the list are wrapped in one object
 * {@code {"report": …, "rectification": …}}. An annual report has no rectification list and prints as
 * it is.
 */
public final class RectificationOutput {

    private RectificationOutput() {
    }

    /**
     * @param out where to print
     * @param report the report of {@code score}
     * @param json print JSON ({@code --format json}) instead of the score sheet
     */
    public static void print(PrintWriter out, Report report, boolean json) {
        String text = render(report, json);
        out.print(text);
        if (!text.endsWith("\n")) {
            out.print('\n');
        }
        out.flush();
    }

    /**
     * @param report the report of {@code score}
     * @param json JSON instead of text
     * @return the score sheet followed by the rectification list, or the JSON object holding both
     */
    public static String render(Report report, boolean json) {
        Objects.requireNonNull(report, "report");
        if (!(report instanceof ScoreReport score)) {
            return json ? ScoringJson.writePretty(report) : TextReport.render(report);
        }
        Rectification list = Rectification.of(score);
        if (json) {
            return ScoringJson.writePretty(new ReportWithRectification(score, list));
        }
        return TextReport.render(score) + "\n" + RectificationText.render(list);
    }

    /**
     * What {@code score --rectification --format json} prints.
     *
     * @param report the report, as {@code score --format json} prints it
     * @param rectification its rectification list
     */
    @JsonPropertyOrder({"report", "rectification"})
    public record ReportWithRectification(
            @JsonProperty(value = "report", required = true) ScoreReport report,
            @JsonProperty(value = "rectification", required = true) Rectification rectification) {
        /** Checks the components. */
        public ReportWithRectification {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(rectification, "rectification");
        }
    }
}
