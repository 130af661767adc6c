package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    private static final Complainant SITI = new Complainant(
            ComplainantType.INDIVIDUAL,
            "Siti Aminah",
            null,
            "3305014101900001",
            "Jl. Pemuda No. 1, Kebumen",
            "+62 812 1111 2222",
            "siti.aminah@example.id");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NIK 3305014101900001 terdaftar",
                "NIK 3305 0141 0190 0001 terdaftar",
                "NIK 330501.410190.0001 terdaftar",
                "hubungi 081211112222 segera",
                "hubungi 0812-1111-2222 segera",
                "hubungi +62 812 1111 2222 segera",
                "hubungi +6281211112222 segera",
                "hubungi (0287) 381234 segera",
                "kirim ke budi.santoso@mail.go.id segera"
            })
    void replacesNikLikeNumbersPhoneNumbersAndEmailAddresses(String text) {
        var redacted = Redaction.personalData(text, "[disamarkan]");

        assertThat(redacted)
                .contains("[disamarkan]")
                .doesNotContainPattern("[0-9]{4}")
                .doesNotContain("@");
        assertThat(redacted.substring(0, 4)).isEqualTo(text.substring(0, 4));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rapat kerja pada 02-03-2026 pukul 10.00 di ruang Komisi C.",
                "Anggaran Rp 2.500.000.000 untuk 2026.",
                "Perda Nomor 12 Tahun 2023 Pasal 5 ayat (2).",
                "Jalan sepanjang 2 km, 150 meter rusak."
            })
    void leavesDatesAmountsAndRegulationNumbersAlone(String text) {
        assertThat(Redaction.personalData(text, "[disamarkan]")).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ibu Siti Aminah telah kami hubungi.|Ibu [x] telah kami hubungi.",
                "Ibu SITI  AMINAH telah kami hubungi.|Ibu [x] telah kami hubungi.",
                "Sdri. Aminah meminta perbaikan.|Sdri. [x] meminta perbaikan.",
                "Rumah di Jl. Pemuda No. 1, Kebumen rusak.|Rumah di [x] rusak.",
                "Telepon 0812 1111 2222.|Telepon [x].",
                "Telepon 62-812-1111-2222.|Telepon [x].",
                "Surel Siti.Aminah@Example.id ya|Surel [x] ya",
                "NIK 3305-0141-0190-0001.|NIK [x]."
            })
    void findsTheComplainantsOwnIdentityHoweverItIsWritten(String text, String expected) {
        assertThat(Redaction.of(SITI).apply(text, "[x]")).isEqualTo(expected);
    }

    @Test
    void leavesWordsThatOnlyContainANamePartAlone() {
        assertThat(Redaction.of(SITI).apply("Aminahnya dan Sitinya tidak hadir; Pemuda Pancasila hadir.", "[x]"))
                .isEqualTo("Aminahnya dan Sitinya tidak hadir; Pemuda Pancasila hadir.");
    }

    @Test
    void publishesAnAnswerWithoutAnyPersonalData() {
        var answer = "Kepada Siti Aminah (NIK 3305014101900001, 0812-1111-2222): Komisi C memanggil Dinas PU; "
                + "tembusan ke kepala.dinas@kebumenkab.go.id, kontak Pak Budi 0857 4321 9876.";

        var published = Redaction.of(SITI).forPublication(answer);

        assertThat(published)
                .isEqualTo("Kepada [disamarkan] (NIK [disamarkan], [disamarkan]): Komisi C memanggil Dinas PU; "
                        + "tembusan ke [disamarkan], kontak Pak Budi [disamarkan].");
    }

    @Test
    void hasNothingToFindForAnAnonymousComplainant() {
        var redaction = Redaction.of(Complainant.anonymous());

        assertThat(redaction.isEmpty()).isTrue();
        assertThat(redaction.apply("Siti Aminah", "[x]")).isEqualTo("Siti Aminah");
        assertThat(redaction.apply(null, "[x]")).isNull();
    }
}
