package org.govweb.scoring.cli;

import java.io.PrintWriter;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.render.TextReport;
import org.govweb.scoring.report.Report;

/** Prints a report as a score sheet or as JSON. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    /**
     * @param out where to print
     * @param report the report
     * @param format text or json
     */
    static void print(PrintWriter out, Report report, OutputFormat format) {
        String text = format.json() ? ScoringJson.writePretty(report) : TextReport.render(report);
        out.print(text);
        if (!text.endsWith("\n")) {
            out.print('\n');
        }
        out.flush();
    }
}
