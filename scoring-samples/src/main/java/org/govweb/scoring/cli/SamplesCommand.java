package org.govweb.scoring.cli;

import org.govweb.scoring.render.TextColumns;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.annual.AnnualAssessment;
import org.govweb.scoring.json.ScoringJson;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.website.WebsiteInspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code samples}: lists the sample inspections bundled with the tool. */
@Command(name = "samples",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lists the sample inspections bundled with the tool; score one with 'score sample:NAME'."})
final class SamplesCommand implements Callable<Integer> {

    @ParentCommand
    ScoringCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("NAME", "TYPE", "SUBJECT"));
        for (String name : BundledSamples.names()) {
            Inspection i = Inputs.read(Inputs.SAMPLE_PREFIX + name, InputStream.nullInputStream(),
                    ScoringJson::readInspection);
            rows.add(List.of(Inputs.SAMPLE_PREFIX + name, type(i), subject(i)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(TextColumns.align(rows, 2));
        out.println();
        out.println("Score one: scoring score sample:NAME   (outcomes explained in samples/README.md)");
        out.flush();
        return ScoringCli.OK;
    }

    private static String type(Inspection i) {
        if (i instanceof WebsiteInspection) {
            return "website";
        }
        if (i instanceof NewMediaInspection) {
            return "newMedia";
        }
        return "annualAssessment";
    }

    private static String subject(Inspection i) {
        if (i instanceof WebsiteInspection w) {
            return w.site().name() + " (" + w.site().id() + "), " + w.monitoringDate();
        }
        if (i instanceof NewMediaInspection n) {
            return n.account().name() + " (" + n.account().id() + "), " + n.monitoringDate();
        }
        AnnualAssessment a = (AnnualAssessment) i;
        return a.unit() + ", " + a.year();
    }
}
