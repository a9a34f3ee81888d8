package org.govweb.scoring.bench;

import java.time.LocalDate;
import org.govweb.scoring.website.Column;
import org.govweb.scoring.website.ErrorReport;
import org.govweb.scoring.website.Interpretation;
import org.govweb.scoring.website.Link;
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
 * A baseline for the benchmarks: one plain-Java pass that reads every fact of a website inspection
 * once (each date, flag and list) and folds what it read into a checksum. It judges nothing; it is the
 * least any evaluation of the same evidence must cost.
 */
public final class PlainPass {

    private PlainPass() {
    }

    /**
     * @param w a website inspection
     * @return a checksum of everything read (so that nothing can be optimised away)
     */
    public static long touch(WebsiteInspection w) {
        long h = w.site().id().length() + (w.site().publicService() ? 1 : 0) + day(w.monitoringDate());
        h += w.incidents().size();
        for (Probe p : w.probes()) {
            h = h * 31 + p.at().getMinute() + (p.responseMillis() == null ? -1 : p.responseMillis());
        }
        h += w.homepage().navigationOnly() ? 1 : 0;
        for (Publication p : w.homepage().publications()) {
            h = h * 31 + day(p.publishedOn());
        }
        for (Column c : w.columns()) {
            h = h * 31 + c.kind().ordinal() + (c.firstLevel() ? 2 : 0) + (c.shouldUpdate() ? 4 : 0);
            for (Publication p : c.publications()) {
                h = h * 31 + day(p.publishedOn());
            }
        }
        h += w.findings().size();
        for (PolicyDocument d : w.policyDocuments()) {
            h = h * 31 + day(d.publishedOn()) + (d.issuedBySelf() ? 1 : 0) + (d.broadImpact() ? 2 : 0)
                    + d.linkedInterpretationIds().size();
        }
        for (Interpretation i : w.interpretations()) {
            h = h * 31 + day(i.publishedOn()) + (i.linksToDocument() ? 1 : 0) + i.forms().size()
                    + (i.documentId() == null ? 0 : i.documentId().length());
        }
        for (ServiceItem s : w.services().items()) {
            h = h * 31 + (s.guide() == null ? -1 : s.guide().elements().size() + s.guide().accuracyErrors().size()
                    + (s.guide().materialsFormatClear() ? 1 : 0) + (s.guide().vagueWording() ? 2 : 0)
                    + (s.guide().policyNamedOnly() ? 4 : 0) + (s.guide().formsObtainable() ? 8 : 0));
        }
        h += w.services().thematicServices().size() + day(w.services().statistics().lastUpdatedOn());
        for (Message m : w.interaction().messages()) {
            h = h * 31 + m.columnId().length() + day(m.submittedOn()) + day(m.repliedOn()) + day(m.publishedOn())
                    + (m.valid() ? 1 : 0) + (m.consultation() ? 2 : 0) + m.replyQuality().ordinal()
                    + (m.reviewFollowed() ? 4 : 0) + m.publishedFields().size();
        }
        for (ErrorReport r : w.interaction().errorReports()) {
            h = h * 31 + day(r.submittedOn()) + day(r.repliedOn()) + r.replyQuality().ordinal();
        }
        for (Survey s : w.interaction().surveys()) {
            h = h * 31 + day(s.startedOn()) + day(s.endedOn()) + day(s.feedbackPublishedOn()) + (s.online() ? 1 : 0);
        }
        for (Link l : w.design().links()) {
            h = h * 31 + (l.onHomepage() ? 1 : 0) + (l.works() ? 2 : 0);
        }
        for (SearchTest t : w.design().search().tests()) {
            h = h * 31 + (t.fromSubordinateSite() ? 1 : 0) + (t.foundOnFirstPage() ? 2 : 0);
        }
        for (PageTag t : w.design().pageTags()) {
            h = h * 31 + t.pageType().ordinal() + (t.siteTag() ? 2 : 0) + (t.ownTag() ? 4 : 0);
        }
        h += w.design().footerElements().size() + w.design().browsersFailing().size()
                + w.design().pagesMissingErrorReportEntry().size();
        for (LocalDate d : w.dataRelease().visualisedOn()) {
            h = h * 31 + day(d);
        }
        return h;
    }

    private static long day(LocalDate d) {
        return d == null ? -1 : d.toEpochDay();
    }
}
