package id.suara.intake;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Redaction of a published answer: a complainant with every identity field filled (a name of three words, a full
 * village address with RT/RW and postal code, NIK, phone, e-mail) and an answer of about 1,000 characters that names
 * them again, written differently, among other people's names, NIKs and phone numbers. {@link Redaction#of} compiles a
 * pattern per complainant and callers build one per request (Cases, CaseReading, CaseTexts), so the two steps are
 * measured apart and together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedactionBenchmark {

    static final Complainant COMPLAINANT = new Complainant(
            ComplainantType.INDIVIDUAL,
            "Siti Nurhaliza Rahmawati",
            null,
            "3305014101900002",
            "Jl. Melati No. 42, RT 03/RW 05, Desa Sruweng, Kecamatan Sruweng, Kabupaten Kebumen 54362",
            "+62 812-3333-4444",
            "siti.rahmawati@example.id");

    /** About 1,000 characters: the complainant again (other spellings), and other people's personal data. */
    static final String ANSWER = "Menindaklanjuti pengaduan Sdri. Siti Nurhaliza tertanggal 3 Maret 2026 mengenai"
            + " kerusakan jalan di Jalan Melati nomor 042 RT.3 RW.5 Desa Sruweng, bersama ini kami sampaikan bahwa Dinas"
            + " Pekerjaan Umum dan Penataan Ruang telah melakukan peninjauan lapangan pada 10 Maret 2026. Hasil peninjauan"
            + " menunjukkan bahwa kerusakan sepanjang kurang lebih 300 meter memerlukan pengaspalan ulang yang"
            + " dianggarkan dalam perubahan APBD tahun 2026. Untuk koordinasi lebih lanjut, Ibu Rahmawati dapat"
            + " menghubungi petugas kami, Bapak Agus Prasetyo (NIK 3305 0212 0585 0003), di nomor 0821-1234-5678 atau"
            + " melalui surel agus.prasetyo@dpupr.kebumenkab.go.id. Kepala Desa Sruweng, Bapak Joko Susilo, telah"
            + " menyampaikan bahwa warga RT 03/RW 05 bersedia membantu kerja bakti pembersihan saluran air. Nomor"
            + " telepon pengadu 0812 3333 4444 dan NIK 3305-0141-0190-0002 yang tercantum dalam pengaduan tidak kami"
            + " umumkan. Pengaduan serupa dari Sdr. Bambang Wijaya (telepon +62 813 9876 5432) telah digabungkan dengan"
            + " pengaduan ini. Demikian jawaban ini kami sampaikan; atas perhatian Saudari kami ucapkan terima kasih.";

    private Redaction redaction;

    @Setup
    public void setUp() {
        redaction = Redaction.of(COMPLAINANT);
        if (!redaction.forPublication(ANSWER).contains(Redaction.PLACEHOLDER)) {
            throw new IllegalStateException("The benchmark's answer has nothing to redact");
        }
    }

    /** The complainant's pattern: built once per request that publishes or withholds their texts. */
    @Benchmark
    public Redaction of() {
        return Redaction.of(COMPLAINANT);
    }

    /** One answer through a pattern already built: the complainant's identity, then anyone's NIK, phone, e-mail. */
    @Benchmark
    public String forPublication() {
        return redaction.forPublication(ANSWER);
    }

    /** What publishing one answer costs: the pattern and the answer. */
    @Benchmark
    public String ofAndForPublication() {
        return Redaction.of(COMPLAINANT).forPublication(ANSWER);
    }
}
