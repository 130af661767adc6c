package id.suara.documents;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PDF of a signed response letter (issue 13's target: p95 &lt; 150 ms), as issuing one renders it: the shipped
 * template with the letterhead and emblem, four paragraphs, three initials, copies and the verification QR code, through
 * Thymeleaf and openhtmltopdf. Storing it (a database row) is not measured. Average and sampled time, so that the table
 * shows the p95 of single renderings; three more benchmarks split its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResponseLetterPdfBenchmark {

    private DocumentFixtures fixtures;
    private Letter letter;
    private String html;

    @Setup
    public void setUp() {
        fixtures = new DocumentFixtures();
        letter = DocumentFixtures.responseLetter();
        var pdf = fixtures.responseLetterPdf(letter);
        if (pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P') {
            throw new IllegalStateException("The response letter did not render as a PDF");
        }
        html = fixtures.responseLetterHtml(letter);
    }

    @Benchmark
    public byte[] responseLetter() {
        return fixtures.responseLetterPdf(letter);
    }

    /** Where the time goes, 1: the letter's variables (QR code included) and its HTML from the template. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public String responseLetterHtmlOnly() {
        return fixtures.responseLetterHtml(letter);
    }

    /** Where the time goes, 2: the PDF of the letter's HTML made beforehand. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public byte[] responseLetterPdfOnly() {
        return fixtures.pdf(html);
    }

    /** Where the time goes, 3: the floor of any document, a PDF of one word (the builder and the embedded fonts). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public byte[] oneWordPdf() {
        return fixtures.pdf("<html><body style=\"font-family: 'DejaVu Sans'\">Surat</body></html>");
    }
}
