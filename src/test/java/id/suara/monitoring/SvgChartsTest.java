package id.suara.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.monitoring.SvgCharts.Bar;
import id.suara.monitoring.SvgCharts.Pair;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartsTest {

    @Test
    void aBarChartIsWellFormedScalableSvgWithATitleThatNamesIt() throws Exception {
        var svg =
                SvgCharts.bars("chart-kind", "Menurut jenis", List.of(new Bar("Pengaduan", 4), new Bar("Aspirasi", 2)));

        var root = parse(svg).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 320 ");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-kind-title");
        var title = (Element) root.getElementsByTagName("title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("chart-kind-title");
        assertThat(title.getTextContent()).isEqualTo("Menurut jenis");
    }

    @Test
    void barsAreAsLongAsTheirValuesInProportionWithTheValueWrittenAtTheEnd() throws Exception {
        var svg = SvgCharts.bars("c", "t", List.of(new Bar("a", 10), new Bar("b", 5), new Bar("c", 0)));

        var widths = widths(parse(svg));
        assertThat(widths).hasSize(3);
        assertThat(widths.get(0)).isEqualTo(SvgCharts.WIDTH - SvgCharts.VALUE_ROOM);
        assertThat(widths.get(1)).isEqualTo(widths.get(0) / 2);
        assertThat(widths.get(2)).isZero();
        assertThat(texts(parse(svg))).contains("a", "10", "b", "5", "c", "0");
    }

    @Test
    void labelsUsersTypedAreEscapedSoTheyCannotInjectMarkup() throws Exception {
        var evil = "<script>alert('x')</script> & \"Komisi\"";
        var svg = SvgCharts.bars("c", "Judul <b>", List.of(new Bar(evil, 1)));

        assertThat(svg).doesNotContain("<script>", "<b>");
        assertThat(texts(parse(svg))).contains(evil);
        var split = SvgCharts.split("s", "t", "<on>", "late'", List.of(new Pair(evil, 1, 1)));
        assertThat(split).doesNotContain("<script>", "<on>");
        assertThat(texts(parse(split))).contains(evil, "<on>", "late'");
    }

    @Test
    void aSplitBarHasItsOnTimePartSolidAndItsLatePartHatchedInProportionWithALegend() throws Exception {
        var svg = SvgCharts.split(
                "chart-steps", "Langkah", "Tepat waktu", "Terlambat", List.of(new Pair("Verifikasi", 3, 1)));

        var doc = parse(svg);
        assertThat(doc.getElementsByTagName("pattern").getLength()).isEqualTo(1);
        assertThat(texts(doc)).contains("Tepat waktu", "Terlambat", "Verifikasi", "3 \u00b7 1");
        var rects = rects(doc).stream()
                .filter(r -> Double.parseDouble(r.getAttribute("y")) > 24)
                .toList();
        double onTime = Double.parseDouble(rects.get(0).getAttribute("width"));
        double late = Double.parseDouble(rects.get(1).getAttribute("width"));
        assertThat(onTime).isCloseTo(3 * late, org.assertj.core.data.Offset.offset(0.2));
        assertThat(rects.get(1).getAttribute("fill")).isEqualTo("url(#chart-steps-hatch)");
    }

    @Test
    void aColumnChartDrawsTwoSeriesAPointAndLabelsOnlyAsManyPointsAsFit() throws Exception {
        var points = new ArrayList<Pair>();
        for (int i = 0; i < 53; i++) {
            points.add(new Pair("w" + i, i, 53 - i));
        }
        var doc = parse(SvgCharts.columns("chart-weeks", "Per minggu", "Diterima", "Selesai", points));

        // two legend swatches and two columns a point, but none for a zero
        assertThat(rects(doc)).hasSize(2 + 2 * 53 - 1);
        var labels = texts(doc).stream().filter(t -> t.startsWith("w")).toList();
        assertThat(labels).hasSizeLessThanOrEqualTo(8).contains("w0");
        assertThat(texts(doc)).contains("Diterima", "Selesai", "53");
    }

    @Test
    void anEmptyChartIsStillAWellFormedImage() throws Exception {
        assertThat(parse(SvgCharts.bars("e", "t", List.of()))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("svg");
        assertThat(parse(SvgCharts.columns("e", "t", "a", "b", List.of()))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("svg");
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> rects(Document doc) {
        var out = new ArrayList<Element>();
        var list = doc.getElementsByTagName("rect");
        for (int i = 0; i < list.getLength(); i++) {
            var e = (Element) list.item(i);
            if (!"pattern".equals(e.getParentNode().getNodeName())) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Double> widths(Document doc) {
        return rects(doc).stream()
                .map(r -> Double.parseDouble(r.getAttribute("width")))
                .toList();
    }

    static List<String> texts(Document doc) {
        var out = new ArrayList<String>();
        var list = doc.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void longNamesThatDifferOnlyAtTheirEndStayApartWhenShortened() {
        var written = "Pengelolaan Aspirasi dan Pengaduan Masyarakat secara Tertulis";
        var online = "Pengelolaan Aspirasi dan Pengaduan Masyarakat secara Elektronik/Online";

        assertThat(SvgCharts.shortened(written))
                .isNotEqualTo(SvgCharts.shortened(online))
                .endsWith("Tertulis");
        assertThat(SvgCharts.shortened(online)).contains("\u2026").startsWith("Pengelolaan");
        assertThat(SvgCharts.shortened("Dijawab")).isEqualTo("Dijawab");
    }
}
