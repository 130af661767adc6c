package id.suara.recess;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.documents.Letterheads;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visit's blank sheets as printed: on the institution's letterhead, with the visit's head, each sheet's code and its
 * numbered entries or lines (seed 004 step 3, GOVDOCS §1.8). Rendered from a visit's head built here; the visits
 * themselves are kept elsewhere (VisitEntries).
 */
@SuaraIntegrationTest
class VisitSheetPdfsIntegrationTest {

    @Autowired
    VisitSheetPdfs pdfs;

    @Autowired
    Institutions institutions;

    @Autowired
    Letterheads letterheads;

    private Institution kebumen() {
        return institutions.findByCode("dprd-kebumen").orElseThrow();
    }

    /** The text with every run of blanks and line breaks as one space, as a sentence reads across lines. */
    private static String text(byte[] pdf) throws IOException {
        return PdfFiles.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void aspirationSheetsHaveTheVisitsHeadTheirCodeTheChoicesAndNumberedEntries() throws IOException {
        var kebumen = kebumen();
        var visit = Workbooks.kebumenVisit(kebumen.id(), UUID.randomUUID());
        var pdf = pdfs.render(kebumen, visit, SheetKind.ASPIRATIONS, 3, 2, 6);
        PdfFiles.keepFirstPageAsPng(pdf, "recess-aspiration-sheet");

        var text = text(pdf);
        var third = SheetCode.of(visit.visitId(), SheetKind.ASPIRATIONS, 3).toString();
        var fourth = SheetCode.of(visit.visitId(), SheetKind.ASPIRATIONS, 4).toString();
        assertThat(text)
                .contains(letterheads.of(kebumen).unitName().toUpperCase())
                .contains("LEMBAR ASPIRASI MASYARAKAT")
                .contains("Reses Masa Reses III Tahun 2026")
                .contains("H. Slamet Riyanto, S.Pd. (Fraksi Karya Nusantara)")
                .contains("Kebumen 1")
                .contains("Selasa, 8 Desember 2026 pukul 09.00 WIB")
                .contains("Balai Desa Kedungwinangun, Kedungwinangun, Kec. Sruweng")
                .contains("Kode lembar: " + third)
                .contains("Kode lembar: " + fourth)
                .contains("Kebumen, Sruweng, Pejagoan")
                .contains(
                        "Infrastruktur, Pendidikan, Kesehatan, Ekonomi, Sosial, Lingkungan hidup, Pemerintahan, Lainnya")
                .contains("Biasa, Segera, Sangat segera")
                .contains("Yang diusulkan")
                .contains("Permasalahan")
                .contains("Volume dan satuan")
                .contains("Perkiraan biaya")
                .doesNotContain(
                        SheetCode.of(visit.visitId(), SheetKind.ASPIRATIONS, 1).toString());
        for (int line = 1; line <= 6; line++) {
            assertThat(text).contains("Aspirasi No. " + line + " — lembar " + third);
            assertThat(text).contains("Aspirasi No. " + line + " — lembar " + fourth);
        }
        assertThat(text).doesNotContain("Aspirasi No. 7");
        assertThat(PdfFiles.pages(pdf)).as("each sheet starts on its own page").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theAttendanceListHasTheVisitsHeadItsCodeAndNumberedLinesToSign() throws IOException {
        var kebumen = kebumen();
        var visit = Workbooks.kebumenVisit(kebumen.id(), UUID.randomUUID());
        var pdf = pdfs.render(kebumen, visit, SheetKind.ATTENDANCE, 1, 1, 30);
        PdfFiles.keepFirstPageAsPng(pdf, "recess-attendance-list");

        var text = text(pdf);
        var code = SheetCode.of(visit.visitId(), SheetKind.ATTENDANCE, 1).toString();
        assertThat(text)
                .contains("DAFTAR HADIR")
                .contains("Kode lembar: " + code)
                .contains("Lembar " + code)
                .contains("No Nama Organisasi")
                .contains("Alamat Tanda tangan")
                .contains("Selasa, 8 Desember 2026 pukul 09.00 WIB")
                .contains("H. Slamet Riyanto, S.Pd. (Fraksi Karya Nusantara)")
                .contains("30 30.")
                .doesNotContain("31 31.");
        assertThat(PdfFiles.pages(pdf)).isEqualTo(2);
        assertThat(text.split("Lembar " + code, -1))
                .as("the table's head, with the sheet's code, repeats on every page")
                .hasSize(3);
    }

    @Test
    void theGuestListIsHeadedAsSuchWithItsOwnCode() throws IOException {
        var kebumen = kebumen();
        var visit = Workbooks.kebumenVisit(kebumen.id(), UUID.randomUUID());
        var pdf = pdfs.render(kebumen, visit, SheetKind.GUESTS, 1, 1, 10);

        var text = text(pdf);
        assertThat(text)
                .contains("DAFTAR TAMU UNDANGAN")
                .contains("Kode lembar: " + SheetCode.of(visit.visitId(), SheetKind.GUESTS, 1))
                .contains("10 10.");
        assertThat(PdfFiles.pages(pdf)).isEqualTo(1);
    }
}
