package id.suara.monitoring;

import id.suara.documents.DocumentFixtures;
import id.suara.institution.FixedInstitutions;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The recap of a year (rekapitulasi, issue 13's target: a PDF in &lt; 2 s) as {@link Recaps#file} prints it, from the
 * figures a year of a busy secretariat gives: 24,176 cases over 12 months in 15 council organs and divisions and the
 * unassigned, every kind, channel and outcome. The figures come from memory instead of the tallies
 * ({@link Monitoring#dashboard} is measured by bench/dashboards at 1,000,000 cases); the rest is the production code:
 * the recap's parts, tables and charts, the shipped recap template, the letterhead with its emblem, openhtmltopdf. The
 * XLSX of the same recap is measured beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecapPdfBenchmark {

    static final String[] UNITS = {
        "Pimpinan DPRD",
        "Komisi A",
        "Komisi B",
        "Komisi C",
        "Komisi D",
        "Badan Musyawarah",
        "Badan Anggaran",
        "Badan Pembentukan Peraturan Daerah",
        "Badan Kehormatan",
        "Panitia Khusus Raperda RTRW",
        "Bagian Umum dan Keuangan",
        "Bagian Persidangan dan Perundang-undangan",
        "Bagian Fasilitasi Penganggaran dan Pengawasan",
        "Subbagian Hubungan Masyarakat dan Protokol",
        "Subbagian Pengaduan Masyarakat"
    };

    private Recaps recaps;
    private ReportPeriod year;

    @Setup
    public void setUp() {
        var fixtures = new DocumentFixtures();
        var institution = DocumentFixtures.KEBUMEN;
        var units = new ArrayList<Unit>();
        for (int i = 0; i < UNITS.length; i++) {
            units.add(new Unit(
                    new UUID(0xa, i + 1),
                    institution.id(),
                    "unit-" + (i + 1),
                    UNITS[i],
                    i < 10 ? UnitType.COUNCIL_ORGAN : UnitType.DIVISION));
        }
        var institutions = new FixedInstitutions(institution, units);
        year = ReportPeriod.year(2025);
        var dashboard = yearOfFigures(institution.id(), units, year);
        var clock = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), institution.zone());
        var monitoring = new Monitoring(null, institutions, clock) {
            @Override
            public Dashboard dashboard(UUID institutionId, UUID unitId, ReportPeriod period) {
                return dashboard;
            }
        };
        recaps = new Recaps(
                monitoring,
                institutions,
                null,
                null,
                fixtures.documents(),
                fixtures.signatories(),
                fixtures.messages(),
                null,
                clock);
        var pdf = recapPdf();
        if (pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P') {
            throw new IllegalStateException("The recap did not render as a PDF");
        }
    }

    @Benchmark
    public byte[] recapPdf() {
        return recaps.file(DocumentFixtures.KEBUMEN, null, RecapKind.REKAPITULASI, year, RecapFormat.PDF);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public byte[] recapXlsx() {
        return recaps.file(DocumentFixtures.KEBUMEN, null, RecapKind.REKAPITULASI, year, RecapFormat.XLSX);
    }

    /** A year of figures with a fixed seed: per unit, kind, channel, category, outcome and month. */
    static Dashboard yearOfFigures(UUID institutionId, List<Unit> units, ReportPeriod period) {
        var random = new Random(13);
        var perUnit = new ArrayList<Dashboard.UnitFigures>();
        long aspirations = 0;
        long complaints = 0;
        long carbonCopies = 0;
        long open = 0;
        long onTime = 0;
        long late = 0;
        long closed = 0;
        var byUnit = new ArrayList<Dashboard.Count>();
        var all = new ArrayList<Unit>(units);
        all.add(null); // cases assigned to no unit yet
        for (var unit : all) {
            long a = 200 + random.nextInt(900);
            long c = 300 + random.nextInt(1200);
            long cc = 20 + random.nextInt(150);
            long received = a + c + cc;
            long o = received / 10 + random.nextInt(40);
            long t = (received - o) * 7 / 10;
            long l = (received - o) / 5;
            long x = received - o - t - l;
            perUnit.add(new Dashboard.UnitFigures(
                    unit == null ? null : unit.id(), received, a, c, cc, 0, o, t + l, x, t, l));
            byUnit.add(new Dashboard.Count(unit == null ? "" : unit.id().toString(), received));
            aspirations += a;
            complaints += c;
            carbonCopies += cc;
            open += o;
            onTime += t;
            late += l;
            closed += x;
        }
        long received = aspirations + complaints + carbonCopies;
        var byKind = List.of(
                new Dashboard.Count("ASPIRATION", aspirations),
                new Dashboard.Count("COMPLAINT", complaints),
                new Dashboard.Count("CARBON_COPY", carbonCopies));
        var channels = List.of("WEB", "LETTER", "IN_PERSON", "SOCIAL_MEDIA", "SMS", "MOBILE_APP", "RECESS");
        long[] shares = {38, 20, 14, 10, 4, 9, 5};
        var byChannel = new ArrayList<Dashboard.Count>();
        for (int i = 0; i < channels.size(); i++) {
            byChannel.add(new Dashboard.Count(channels.get(i), received * shares[i] / 100));
        }
        var byCategory = new ArrayList<Dashboard.Count>();
        for (int i = 1; i <= 15; i++) {
            byCategory.add(new Dashboard.Count("K" + i, received / 15));
        }
        var outcomes = List.of(
                new Dashboard.Count("ANSWERED", onTime + late),
                new Dashboard.Count("ARCHIVED", closed / 2),
                new Dashboard.Count("REDIRECTED", closed / 4),
                new Dashboard.Count("RETURNED", closed / 8),
                new Dashboard.Count("COMPLETED", closed - closed / 2 - closed / 4 - closed / 8));
        var months = new ArrayList<Dashboard.TrendPoint>();
        for (int m = 1; m <= 12; m++) {
            months.add(
                    new Dashboard.TrendPoint(LocalDate.of(period.year(), m, 1), received / 12, (received - open) / 12));
        }
        return new Dashboard(
                institutionId,
                null,
                period,
                Instant.parse("2026-01-15T02:00:00Z"),
                received,
                received / 40,
                byKind,
                List.copyOf(byChannel),
                List.copyOf(byCategory),
                List.copyOf(byUnit),
                List.of(),
                List.of(new Dashboard.StateCount(new UUID(0xb, 1), "IN_PROGRESS", "S4", true, open)),
                outcomes,
                onTime,
                late,
                9.0,
                21.0,
                List.of(),
                List.of(),
                42,
                id.suara.casework.SatisfactionIndex.fromSums(0, java.util.Map.of()),
                List.copyOf(perUnit),
                List.of(),
                37,
                List.of(),
                List.copyOf(months));
    }
}
