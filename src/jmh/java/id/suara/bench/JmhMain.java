package id.suara.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * What bench/jmh runs: JMH's own command line ({@code org.openjdk.jmh.Main}'s options, the JSON result file included),
 * then the results as a markdown table on standard output and in the file named by the system property
 * {@code suara.jmh.markdown}: benchmark, mode, score, error, unit, and the median and 95th percentile of the sampled
 * modes. The table is made from JMH's results in memory, so no JSON tool is needed.
 */
public final class JmhMain {

    private JmhMain() {}

    public static void main(String[] args) throws IOException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("bench/jmh: " + e.getMessage());
            System.exit(2);
            return;
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            e.printStackTrace();
            System.exit(1);
            return;
        }
        if (results.isEmpty()) {
            System.err.println("bench/jmh: no benchmark ran");
            System.exit(1);
        }
        var table = table(results);
        System.out.println();
        System.out.print(table);
        var markdown = System.getProperty("suara.jmh.markdown");
        if (markdown != null) {
            Files.writeString(Path.of(markdown), table, StandardCharsets.UTF_8);
        }
    }

    static String table(Collection<RunResult> results) {
        var sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
                .thenComparing(r -> r.getParams().getMode().shortLabel()));
        var out = new StringBuilder();
        out.append("| benchmark | mode | score | error (99.9 %) | unit | p50 | p95 |\n");
        out.append("|---|---|---:|---:|---|---:|---:|\n");
        for (var result : sorted) {
            var params = result.getParams();
            var primary = result.getPrimaryResult();
            var statistics = primary.getStatistics();
            boolean sampled = params.getMode().shortLabel().equals("sample");
            out.append("| ")
                    .append(shortName(params.getBenchmark()))
                    .append(" | ")
                    .append(params.getMode().shortLabel())
                    .append(" | ")
                    .append(number(primary.getScore()))
                    .append(" | ")
                    .append(Double.isNaN(primary.getScoreError()) ? "–" : "± " + number(primary.getScoreError()))
                    .append(" | ")
                    .append(primary.getScoreUnit())
                    .append(" | ")
                    .append(sampled ? number(statistics.getPercentile(50)) : "")
                    .append(" | ")
                    .append(sampled ? number(statistics.getPercentile(95)) : "")
                    .append(" |\n");
        }
        return out.toString();
    }

    /** {@code id.suara.calendar.DeadlineCalculatorBenchmark.workingDays} as {@code DeadlineCalculatorBenchmark.workingDays}. */
    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** Three significant digits at least, no exponent. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : magnitude >= 1 ? 3 : magnitude >= 0.1 ? 4 : 5;
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
