package id.suara.documents;

import id.suara.institution.Institution;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.SubmissionKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A document of each type filled with made-up data of the same shape the real callers pass (ReceiptDocuments,
 * ComplaintFormDocuments, Letters, Dispositions, Meetings), printed with the institution's own letterhead, emblem and
 * first signatory: what a template is checked with before it is saved, and what its preview shows. It also says which
 * parts a document of the type must keep.
 */
@Component
class SampleDocuments {

    /** The verification code of every sample: 20 letters, as a real one, and plainly an example. */
    static final String CODE = "CONTOHKODEVERIFIKASI";

    private final Documents documents;
    private final Signatories signatories;
    private final Clock clock;

    SampleDocuments(Documents documents, Signatories signatories, Clock clock) {
        this.documents = documents;
        this.signatories = signatories;
        this.clock = clock;
    }

    /** A text the rendered document must contain, and the problem reported when it does not. */
    record Required(String reason, String text) {}

    /** The variables of a sample document and what its HTML must contain. */
    record Sample(Map<String, Object> variables, List<Required> required) {}

    /**
     * The sample of a type. Every document keeps its number, the verification QR code and the verification code (ADR
     * 0024); a letter also keeps its signature block (the signatory's name).
     */
    Sample of(Institution institution, DocumentType type) {
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var zone = institution.zone();
        var today = now.atZone(zone);
        var registration = "0042/PGD/CONTOH/" + roman(today) + "/" + today.getYear();
        var number = type.numbered() ? "000.1.6/0042/Setwan/" + roman(today) + "/" + today.getYear() : registration;
        var signatory = signatory(institution);
        var content = switch (type) {
            case RECEIPT -> receipt(institution, registration, now);
            case COMPLAINT_FORM -> Map.<String, Object>of("submission", submission(institution, registration, now));
            case RESPONSE_LETTER, INVITATION, OFFICIAL_REPORT, MEETING_REPORT, AUDIENCE_SCHEDULE_LETTER ->
                Documents.letterContent(letter(institution, type, number, signatory, now, today), signatory);
            case DISPOSITION -> Map.<String, Object>of("sheet", sheet(now));
            case ATTENDANCE_LIST, MINUTES -> meeting(today);
            case RECAP -> recap(signatory);
        };
        var variables = documents.variables(institution, number, 1, now, CODE, content);
        var required = new java.util.ArrayList<Required>();
        required.add(new Required("missing-number", number));
        required.add(new Required("missing-qr", (String) variables.get("qrCode")));
        required.add(new Required("missing-code", CODE));
        if (type.numbered()) {
            required.add(new Required("missing-signatory", signatory.name()));
        }
        return new Sample(variables, List.copyOf(required));
    }

    /** A short recap of a year, with one part of each kind: paragraphs, a chart and a table with totals. */
    private static Map<String, Object> recap(Signatory signatory) {
        var table = new ReportDocument.Table(
                "Rekapitulasi",
                "Tabel 1. Rekapitulasi per alat kelengkapan (contoh)",
                List.of("No", "Alat kelengkapan", "Aspirasi", "Pengaduan", "Jumlah"),
                List.of(
                        List.<Object>of(1, "Komisi A", 3L, 5L, 8L),
                        List.<Object>of(2, "Komisi B", 1L, 2L, 3L),
                        List.<Object>of("", "Jumlah", 4L, 7L, 11L)),
                true);
        var report = new ReportDocument(
                "Rekapitulasi Aspirasi dan Pengaduan (contoh)",
                "Tahun 2026",
                List.of(
                        new ReportDocument.Part(
                                "A. Pendahuluan", List.of("Laporan ini adalah contoh."), List.of(), List.of()),
                        new ReportDocument.Part(
                                "C. Hasil yang dicapai",
                                List.of(),
                                List.of(ReportDocument.chart(
                                        "Diterima per jenis", List.of("Aspirasi", "Pengaduan"), List.of(4L, 7L))),
                                List.of(table)),
                        new ReportDocument.Part(
                                "E. Penutup",
                                List.of("Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya."),
                                List.of(),
                                List.of())),
                false);
        var content = new LinkedHashMap<String, Object>();
        content.put("report", report);
        content.put("signatory", signatory);
        content.put("issuedBy", "Contoh Petugas");
        return content;
    }

    private Signatory signatory(Institution institution) {
        return signatories.of(institution.id()).stream()
                .filter(Signatory::active)
                .findFirst()
                .orElse(new Signatory(
                        UUID.randomUUID(),
                        institution.id(),
                        "Dra. Contoh Pejabat, M.Si.",
                        "Sekretaris DPRD",
                        "Pembina Utama Muda (IV/c)",
                        "196809031993022001",
                        true));
    }

    private static Map<String, Object> receipt(Institution institution, String number, Instant now) {
        // as intake records it (Intake.receipt), read back from JSON
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("institution", institution.name());
        receipt.put("registrationNumber", number);
        receipt.put("trackingNumber", "SR-CONTOH-2026");
        receipt.put("kind", SubmissionKind.COMPLAINT.name());
        receipt.put("channel", Channel.WEB.name());
        receipt.put("title", "Jalan desa rusak (contoh)");
        receipt.put("attachments", List.of("foto-jalan.jpg"));
        receipt.put("receivedAt", now.toString());
        return Map.of("receipt", receipt, "receivedAt", now);
    }

    private static SubmissionDetails submission(Institution institution, String number, Instant now) {
        return new SubmissionDetails(
                UUID.randomUUID(),
                institution.id(),
                SubmissionKind.COMPLAINT,
                Channel.LETTER,
                number,
                "SR-CONTOH-2026",
                new Complainant(
                        ComplainantType.INDIVIDUAL,
                        "Siti Aminah (contoh)",
                        null,
                        "3305014101900001",
                        "Jl. Pemuda 1, Kebumen",
                        "+62 812 1111 2222",
                        "siti@example.id"),
                false,
                false,
                "Dinas Pekerjaan Umum",
                "Jalan desa rusak (contoh)",
                "Mohon perbaikan jalan desa",
                "Jalan desa di RT 03 rusak sejak Januari.\nKendaraan sulit lewat saat hujan.",
                null,
                null,
                now,
                null,
                List.of(new SubmissionDetails.AttachmentInfo(
                        UUID.randomUUID(), "foto-jalan.jpg", "image/jpeg", 120_000, "0".repeat(64), false)));
    }

    private static Letter letter(
            Institution institution,
            DocumentType type,
            String number,
            Signatory signatory,
            Instant now,
            ZonedDateTime today) {
        var event = today.toLocalDate().plusDays(7).toString();
        Map<String, String> content = switch (type) {
            case RESPONSE_LETTER -> Map.of("nature", "Biasa", "attachment", "1 berkas", "copies", "Ketua DPRD\nArsip");
            case INVITATION ->
                Map.of(
                        "nature",
                        "Penting",
                        "date",
                        event,
                        "time",
                        "09.00 WIB s.d. selesai",
                        "place",
                        "Ruang Rapat Komisi A",
                        "agenda",
                        "Pembahasan pengaduan jalan desa\nLain-lain",
                        "chair",
                        "Ketua Komisi A",
                        "copies",
                        "Ketua DPRD");
            case AUDIENCE_SCHEDULE_LETTER ->
                Map.of(
                        "nature",
                        "Biasa",
                        "date",
                        event,
                        "time",
                        "10.00 WIB s.d. selesai",
                        "place",
                        "Ruang Rapat Komisi A",
                        "organ",
                        "Komisi A DPRD",
                        "maxMembers",
                        "paling banyak 5 (lima) orang",
                        "rules",
                        "Membawa kartu identitas (KTP).\nHadir sebelum waktu yang ditentukan.",
                        "copies",
                        "Ketua Komisi A");
            case OFFICIAL_REPORT ->
                Map.of(
                        "date",
                        event,
                        "place",
                        "Ruang Rapat Komisi A",
                        "attendees",
                        "Budi Santoso; Ketua Komisi A\nSiti Aminah; Pelapor");
            default ->
                Map.of(
                        "introduction", "Laporan ini disusun atas pengaduan masyarakat.",
                        "activities", "Rapat dengar pendapat dengan dinas terkait.",
                        "conclusions", "Perbaikan dijadwalkan bulan depan.",
                        "closing", "Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya.");
        };
        var body = type == DocumentType.INVITATION
                ? "Dengan hormat, kami mengundang Bapak/Ibu pada:\n\n"
                        + "Demikian, atas kehadirannya kami ucapkan terima kasih."
                : "Dengan hormat, menindaklanjuti laporan Saudara tentang jalan desa yang rusak, kami sampaikan"
                        + " bahwa perbaikan telah dijadwalkan.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.";
        var initialAt = now.minus(Duration.ofHours(2));
        return new Letter(
                UUID.randomUUID(),
                institution.id(),
                UUID.randomUUID(),
                type,
                Letter.Status.SIGNED,
                "Tanggapan atas pengaduan jalan desa (contoh)",
                type == DocumentType.OFFICIAL_REPORT || type == DocumentType.MEETING_REPORT ? null : "Sdr. Siti Aminah",
                type == DocumentType.OFFICIAL_REPORT || type == DocumentType.MEETING_REPORT ? null : "Kebumen",
                body,
                content,
                signatory.id(),
                List.of(Role.DIVISION_HEAD),
                Role.SECRETARY,
                1,
                number,
                initialAt,
                "Petugas Contoh",
                now,
                "Sekretaris Contoh",
                List.of(new Letter.Initial(1, Role.DIVISION_HEAD, "Kepala Bagian Contoh", initialAt)),
                0);
    }

    private static DispositionSheet sheet(Instant now) {
        return new DispositionSheet(
                "Siti Aminah (contoh)",
                "005/123/Desa/2026",
                LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(3),
                now.minus(Duration.ofDays(2)),
                "Jalan desa rusak (contoh)",
                "SEGERA",
                false,
                List.of(
                        new DispositionSheet.Addressee("Komisi A", true),
                        new DispositionSheet.Addressee("Komisi C", false)),
                List.of(
                        new DispositionSheet.Instruction("Proses lebih lanjut", true),
                        new DispositionSheet.Instruction("Untuk diketahui", false),
                        new DispositionSheet.Instruction("Koordinasikan", true)),
                "Mohon ditindaklanjuti.",
                now.plus(Duration.ofDays(2)),
                "Ketua DPRD (contoh)",
                Role.LEADERSHIP,
                now,
                new DispositionSheet.Parent("Sekretaris Contoh", Role.SECRETARY, now.minus(Duration.ofDays(1))));
    }

    /** A meeting's attendee as Meetings passes it: a name and a position. */
    record SampleInvitee(String name, String position) {}

    /** What one speaker said, as in a meeting's minutes. */
    record SampleDiscussionItem(String speaker, String points) {}

    /** A meeting's minutes as Meetings passes them. */
    record SampleMinutes(
            String opening,
            List<SampleDiscussionItem> discussion,
            List<String> decisions,
            String closedAt,
            String noteTaker) {}

    private static Map<String, Object> meeting(ZonedDateTime today) {
        var content = new LinkedHashMap<String, Object>();
        content.put("kindName", "Rapat Dengar Pendapat");
        content.put("title", "Pengaduan jalan desa rusak (contoh)");
        content.put("agenda", "Pembahasan pengaduan jalan desa");
        content.put("meetingDate", today.toLocalDate().plusDays(7));
        content.put("meetingTime", "09.00 WIB");
        content.put("place", "Ruang Rapat Komisi A");
        content.put("chair", "Ketua Komisi A");
        content.put("unitName", "Komisi A");
        content.put(
                "invitees",
                List.of(
                        new SampleInvitee("Budi Santoso", "Kepala Dinas Pekerjaan Umum"),
                        new SampleInvitee("Siti Aminah", "")));
        content.put("blankRows", List.of(1, 2, 3, 4, 5));
        content.put("invitation", "005/12/Setwan/" + roman(today) + "/" + today.getYear());
        content.put(
                "minutes",
                new SampleMinutes(
                        "Rapat dibuka oleh Ketua Komisi A.",
                        List.of(new SampleDiscussionItem("Kepala Dinas", "Perbaikan dijadwalkan bulan depan.")),
                        List.of("Dinas memperbaiki jalan paling lambat akhir bulan depan."),
                        "11.30",
                        "Notulis Contoh"));
        return content;
    }

    private static String roman(ZonedDateTime at) {
        return List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
                .get(at.getMonthValue() - 1);
    }
}
