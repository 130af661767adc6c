package id.suara.monitoring;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG text, without JavaScript (ADR 0040): horizontal bars with the label above each bar
 * (so that long names read on a 360 px phone) and the value at its end, bars split into on time and late, and columns
 * for weekly and monthly trends with two series. Every chart scales to its container ({@code width="100%"} and a
 * {@code viewBox}), is an image with a title for screen readers (which read the table the page puts behind each chart),
 * tells its series apart by pattern and legend as well as by colour, and escapes every label: labels include names
 * users typed (units, categories).
 */
public final class SvgCharts {

    /** Width of every chart in viewBox units: about a 360 px phone's content width. */
    static final int WIDTH = 320;

    /** Space kept at the right of the longest bar for its value. */
    static final int VALUE_ROOM = 56;

    static final int ROW = 34;
    static final int BAR = 14;
    static final int LABEL_CHARS = 52;

    /** Dark blue on white: contrast above 7:1. */
    static final String FIRST = "#1f4e79";

    /** Dark red, hatched: tells late apart without colour. */
    static final String SECOND = "#a4262c";

    static final String TEXT = "#1a1a1a";

    private SvgCharts() {}

    /** One bar: a label and its value. */
    public record Bar(String label, long value) {}

    /** One bar in two parts: the first series (on time, received) and the second (late, finished). */
    public record Pair(String label, long first, long second) {}

    /** A horizontal bar chart, one bar a row, the label above its bar and the value at its end. */
    public static String bars(String id, String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        var svg = open(id, title, height);
        int y = 0;
        for (var bar : bars) {
            svg.append(text(0, y + 12, bar.label()));
            double length = length(bar.value(), max);
            svg.append(rect(0, y + 16, length, BAR, "fill=\"" + FIRST + "\""));
            svg.append(text(length + 4, y + 16 + 11, Long.toString(bar.value())));
            y += ROW;
        }
        return close(svg, bars.isEmpty(), 20);
    }

    /**
     * Bars split in two, the first part solid, the second hatched, each part's value written at the bar's end ("12 ·
     * 3"), with a legend naming both parts.
     */
    public static String split(String id, String title, String firstName, String secondName, List<Pair> rows) {
        long max = rows.stream().mapToLong(r -> r.first() + r.second()).max().orElse(0);
        int height = 24 + Math.max(ROW, rows.size() * ROW) + 4;
        var svg = open(id, title, height);
        defs(svg, id);
        legend(svg, id, firstName, secondName);
        int y = 24;
        for (var row : rows) {
            svg.append(text(0, y + 12, row.label()));
            double first = length(row.first(), max);
            double second = length(row.second(), max);
            svg.append(rect(0, y + 16, first, BAR, "fill=\"" + FIRST + "\""));
            svg.append(rect(first, y + 16, second, BAR, "fill=\"url(#" + id + "-hatch)\" stroke=\"" + SECOND + "\""));
            svg.append(text(first + second + 4, y + 16 + 11, row.first() + " \u00b7 " + row.second()));
            y += ROW;
        }
        return close(svg, rows.isEmpty(), 44);
    }

    /**
     * Columns over time, two a point (the first series solid, the second hatched) with a legend, the highest value on
     * the axis, and as many point labels under the axis as fit.
     */
    public static String columns(String id, String title, String firstName, String secondName, List<Pair> points) {
        long max = points.stream()
                .mapToLong(p -> Math.max(p.first(), p.second()))
                .max()
                .orElse(0);
        int plotTop = 40;
        int plotHeight = 120;
        int left = 28;
        int height = plotTop + plotHeight + 22;
        var svg = open(id, title, height);
        defs(svg, id);
        legend(svg, id, firstName, secondName);
        int baseline = plotTop + plotHeight;
        svg.append(text(0, plotTop + 4, Long.toString(max)));
        svg.append(text(0, baseline, "0"));
        svg.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(baseline)
                .append("\" x2=\"")
                .append(WIDTH)
                .append("\" y2=\"")
                .append(baseline)
                .append("\" stroke=\"")
                .append(TEXT)
                .append("\"/>");
        if (!points.isEmpty()) {
            double slot = (WIDTH - left) / (double) points.size();
            double column = Math.max(0.5, slot * 0.4);
            int every = (int) Math.ceil(points.size() / ((WIDTH - left) / 40.0));
            for (int i = 0; i < points.size(); i++) {
                var p = points.get(i);
                double x = left + i * slot + slot * 0.1;
                double a = max == 0 ? 0 : plotHeight * (double) p.first() / max;
                double b = max == 0 ? 0 : plotHeight * (double) p.second() / max;
                // a quiet week draws nothing: a year's columns stay within the pages' weight
                if (a > 0) {
                    svg.append(rect(x, baseline - a, column, a, "fill=\"" + FIRST + "\""));
                }
                if (b > 0) {
                    svg.append(rect(
                            x + column,
                            baseline - b,
                            column,
                            b,
                            "fill=\"url(#" + id + "-hatch)\" stroke=\"" + SECOND + "\" stroke-width=\"0.5\""));
                }
                if (i % every == 0) {
                    svg.append(text(left + i * slot, baseline + 16, p.label()));
                }
            }
        }
        return close(svg, false, 0);
    }

    /** A bar's length for {@code value} when the longest bar, {@code max}, takes the width less the value's room. */
    static double length(long value, long max) {
        return max <= 0 ? 0 : (WIDTH - VALUE_ROOM) * (double) value / max;
    }

    private static StringBuilder open(String id, String title, int height) {
        var svg = new StringBuilder(256);
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" id=\"")
                .append(escape(id))
                .append("\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title\" font-family=\"sans-serif\" font-size=\"12\" fill=\"")
                .append(TEXT)
                .append("\"><title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        return svg;
    }

    private static String close(StringBuilder svg, boolean empty, int y) {
        if (empty) {
            svg.append(text(0, y, "\u2013"));
        }
        return svg.append("</svg>").toString();
    }

    private static void defs(StringBuilder svg, String id) {
        svg.append("<defs><pattern id=\"")
                .append(escape(id))
                .append("-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\""
                        + " patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>"
                        + "<rect width=\"2\" height=\"4\" fill=\"")
                .append(SECOND)
                .append("\"/></pattern></defs>");
    }

    private static void legend(StringBuilder svg, String id, String firstName, String secondName) {
        svg.append(rect(0, 4, 12, 12, "fill=\"" + FIRST + "\""));
        svg.append(text(16, 14, firstName));
        int second = WIDTH / 2;
        svg.append(rect(second, 4, 12, 12, "fill=\"url(#" + escape(id) + "-hatch)\" stroke=\"" + SECOND + "\""));
        svg.append(text(second + 16, 14, secondName));
    }

    private static String rect(double x, double y, double width, double height, String paint) {
        return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) + "\" height=\""
                + number(height) + "\" " + paint + "/>";
    }

    private static String text(double x, double y, String text) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\">" + escape(shortened(text)) + "</text>";
    }

    /**
     * A label that fits, shortened in the middle: names that differ only at their end — two procedures "… secara
     * Tertulis" and "… secara Elektronik", a step and its procedure in brackets — stay apart. The table beside the chart
     * has the whole name.
     */
    static String shortened(String text) {
        if (text.length() <= LABEL_CHARS) {
            return text;
        }
        int head = (LABEL_CHARS - 1) * 3 / 5;
        int tail = LABEL_CHARS - 1 - head;
        return text.substring(0, head).stripTrailing() + "\u2026"
                + text.substring(text.length() - tail).stripLeading();
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The text escaped for XML content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
