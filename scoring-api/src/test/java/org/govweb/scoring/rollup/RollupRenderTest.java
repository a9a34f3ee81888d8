package org.govweb.scoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govweb.scoring.rollup.Reports.account;
import static org.govweb.scoring.rollup.Reports.qualified;
import static org.govweb.scoring.rollup.Reports.register;
import static org.govweb.scoring.rollup.Reports.vetoed;
import static org.govweb.scoring.rollup.Reports.website;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govweb.scoring.json.ScoringJson;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class RollupRenderTest {

    private static final LocalDate MAY = LocalDate.of(2024, 5, 20);
    private static final String NASTY_UNIT = "<b>A&B</b> \"局\" 'x' | y";
    private static final String NASTY_NAME = "<script>alert('x')</script>&amp;";

    // ------------------------------------------------------------------ HTML

    @Test
    void htmlIsWellFormedXmlWithOneBarPerCheckedWebsite() throws Exception {
        CountyRollup r = CountyRollupTest.rollup();
        String html = RollupHtml.render(r);
        Document doc = parse(html);
        List<Element> bars = bars(doc);
        assertThat(bars).hasSize(7);
        assertThat(bars).extracting(b -> b.getAttribute("data-id"))
                .containsExactly("a1", "a2", "a3", "a4", "b1", "b2", "b3");
        assertThat(r.total().websites().checked()).isEqualTo(bars.size());
    }

    @Test
    void htmlBarHeightsFollowTheScoresAndAVetoedBarIsZeroAndMarked() throws Exception {
        Document doc = parse(RollupHtml.render(CountyRollupTest.rollup()));
        // the scale tops at 100 (the highest boundary and the highest score): 260 px for 100 points
        assertThat(bar(doc, "a3").getAttribute("height")).isEqualTo("260.00");
        assertThat(bar(doc, "a1").getAttribute("height")).isEqualTo("156.00");
        assertThat(bar(doc, "a2").getAttribute("height")).isEqualTo("208.00");
        assertThat(bar(doc, "b1").getAttribute("height")).isEqualTo("155.74");
        Element b2 = bar(doc, "b2");
        assertThat(b2.getAttribute("height")).isEqualTo("0");
        assertThat(b2.getAttribute("data-reason")).isEqualTo("VETO");
        assertThat(elements(doc, "text")).filteredOn(t -> t.getAttribute("class").equals("veto-mark")).hasSize(1);
    }

    @Test
    void htmlDrawsTheBoundaryLines() throws Exception {
        Document doc = parse(RollupHtml.render(CountyRollupTest.rollup()));
        List<Element> lines = elements(doc, "line").stream()
                .filter(l -> l.getAttribute("class").equals("boundary")).toList();
        assertThat(lines).extracting(l -> l.getAttribute("data-value")).containsExactly("60", "80", "100");
        // y = 24 + 260 − value × 2.6
        assertThat(lines).extracting(l -> l.getAttribute("y1")).containsExactly("128.00", "76.00", "24.00");
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        String html = RollupHtml.render(CountyRollupTest.rollup());
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("http").doesNotContain("url(").doesNotContain("@import");
        Document doc = parse(html);
        for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "image", "use")) {
            assertThat(doc.getElementsByTagName(tag).getLength()).as(tag).isZero();
        }
        assertThat(doc.getElementsByTagName("style").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(1);
    }

    @Test
    void htmlEscapesInputText() throws Exception {
        CountyRollup r = nasty();
        String html = RollupHtml.render(r);
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("A&B");
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        List<String> cells = elements(doc, "td").stream().map(Element::getTextContent).toList();
        assertThat(cells).contains(NASTY_UNIT, NASTY_NAME, "s\u0001t".replace('\u0001', '\uFFFD'));
        assertThat(bars(doc)).hasSize(2);
        assertThat(bar(doc, "s\uFFFDt").getElementsByTagName("title").item(0).getTextContent())
                .contains(NASTY_UNIT);
    }

    @Test
    void htmlWithoutCheckedWebsitesHasNoChart() throws Exception {
        Register reg = register("2024Q2", website("s", "U"));
        Document doc = parse(RollupHtml.render(CountyRollup.of(reg, List.of())));
        assertThat(doc.getElementsByTagName("svg").getLength()).isZero();
        assertThat(bars(doc)).isEmpty();
    }

    // ------------------------------------------------------------------ text

    @Test
    void textShowsTheCountyFigures() {
        String text = RollupText.render(CountyRollupTest.rollup());
        assertThat(text).startsWith("# 测试县 2024Q2 政府网站和政务新媒体检查情况通报\n");
        assertThat(text).contains("| **全县 County** | **8** | **7** | **1** | **5** | **2** | **1** | **1** | **79.98** | **6** |");
        assertThat(text).contains("| A局 | 4 | 4 | 0 | 4 | 0 | 0 | 0 | 80.00 | 4 |");
        assertThat(text).contains("| **全县 County** | **1** | **2** | **2** | **1** |");
        assertThat(text).contains("| A局 | 2 | 1 | 50.00 % | 否 no | 1 | 0 | 0 |");
        assertThat(text).contains("| **全县 County** | **6** | **4** | **66.67 %** | **是 yes** | **3** | **1** | **1** |");
        assertThat(text).contains("| C办 | site c1 | c1 |");
        assertThat(text).contains("| UNREGISTERED_SUBJECT | zz | zz-q2 |");
        assertThat(text).contains("| B镇 | site b2 | b2 | b2-q2 | 2024-05-20 | 不合格 UNQUALIFIED | 单项否决 VETO | — | — |");
    }

    @Test
    void textKeepsInputTextAsItIsAndEscapesOnlyTablePipes() {
        String text = RollupText.render(nasty());
        assertThat(text).contains("<b>A&B</b> \"局\" 'x' \\| y");
        assertThat(text).contains(NASTY_NAME);
        assertThat(text).doesNotContain("&lt;").doesNotContain("&quot;").doesNotContain("&#39;").doesNotContain("&amp;amp;");
        assertThat(text).doesNotContain("\u0001").contains("| s t |");
        // every table row has as many unescaped pipes as its header
        for (String line : text.split("\n")) {
            if (line.startsWith("| <b>")) {
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line).isGreaterThan(3);
            }
        }
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void jsonRoundTripsAndIsDeterministic() {
        CountyRollup r = CountyRollupTest.rollup();
        String json = ScoringJson.writePretty(r);
        assertThat(json).isEqualTo(ScoringJson.writePretty(CountyRollupTest.rollup()));
        assertThat(json).contains("\"quarter\": \"2024Q2\"").contains("\"meanScore\": 79.9833333333")
                .contains("\"meanScoreDisplay\": \"79.98\"").contains("\"aboveRequiredRatio\": true")
                .contains("\"requiredSpotCheckRatio\": 0.5");
        assertThat(json.indexOf("\"county\"")).isLessThan(json.indexOf("\"quarter\""));
        assertThat(ScoringJson.read(json, CountyRollup.class)).isEqualTo(r);
    }

    // ------------------------------------------------------------------ helpers

    private static CountyRollup nasty() {
        Register reg = new Register("测试县", Quarter.parse("2024Q2"), List.of(
                new RegisteredSubject("s1", NASTY_NAME, NASTY_UNIT, SubjectKind.WEBSITE),
                new RegisteredSubject("s\u0001t", "s\u0001t", NASTY_UNIT, SubjectKind.WEBSITE),
                account("m1", NASTY_UNIT)));
        return CountyRollup.of(reg, List.of(qualified("i1", "s1", NASTY_UNIT, MAY, "88.5"),
                vetoed("i2", "s\u0001t", NASTY_UNIT, MAY)));
    }

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(xhtml)));
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<Element> bars(Document doc) {
        return elements(doc, "rect").stream().filter(e -> e.getAttribute("class").equals("bar")).toList();
    }

    private static Element bar(Document doc, String id) {
        return bars(doc).stream().filter(b -> b.getAttribute("data-id").equals(id)).findFirst().orElseThrow();
    }
}
