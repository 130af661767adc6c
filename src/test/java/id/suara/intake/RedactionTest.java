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

    private static final Complainant WIRA = new Complainant(
            ComplainantType.INDIVIDUAL,
            "Wiraswara Kusumadilaga",
            null,
            "3305129876543210",
            "Jl. Melati No. 42, RT 03/RW 05, Desa Sruweng, Kebumen",
            "+62 857 4321 9876",
            "wiraswara.rahasia@contoh.id");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "dikirim ke Jl. Melati 42|dikirim ke [x]",
                "dikirim ke Jl. Melati No. 42 kemarin|dikirim ke [x] kemarin",
                "dikirim ke Jalan Melati 42.|dikirim ke [x].",
                "dikirim ke Jln Melati nomor 042|dikirim ke [x]",
                "dikirim ke JL.MELATI NO.42|dikirim ke [x]",
                "rumahnya di Melati 42, dekat masjid|rumahnya di [x], dekat masjid",
                "warga Jalan Melati mengeluh|warga [x] mengeluh",
                "tinggal di RT 03/RW 05|tinggal di [x]",
                "tinggal di RT 3 RW 5|tinggal di [x]",
                "tinggal di RT.003/RW.005|tinggal di [x]",
                "tinggal di RT/RW 03/05|tinggal di [x]",
                "ketua RT 3 sudah dihubungi|ketua [x] sudah dihubungi",
                "warga Desa Sruweng|warga [x]",
                "warga Sruweng mengadu|warga [x] mengadu",
                "Kepala Desa sruweng hadir|Kepala [x] hadir",
                "kembali ke Kebumen|kembali ke [x]",
                "Jl. Melati No. 42, RT 03/RW 05, Desa Sruweng, Kebumen|[x]",
                "Jl. Melati 42 RT 3/RW 5 Sruweng|[x] [x] [x]"
            })
    void findsEachPartOfTheAddressHoweverItIsWrittenAgain(String text, String expected) {
        assertThat(Redaction.of(WIRA).apply(text, "[x]")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jl. Pahlawan No. 42 sudah diaspal.",
                "Surat Nomor 42 dikirim.",
                "Jalan desa rusak di RT 04.",
                "Bunga melati tumbuh di halaman.",
                "RT dan RW setempat sudah diundang.",
                "Rapat di Desa Karanganyar."
            })
    void leavesAddressWordsAndOtherPlacesAlone(String text) {
        assertThat(Redaction.of(WIRA).apply(text, "[x]")).isEqualTo(text);
    }

    @Test
    void withholdsNoPartOfAnAddressMadeOnlyOfAddressWords() {
        var complainant = new Complainant(
                ComplainantType.INDIVIDUAL, "Siti Aminah", null, null, "Jl. No. 5, RT, Desa", null, null);

        assertThat(Redaction.of(complainant).apply("Surat No. 5 untuk RT dan Desa; Jl. ditutup.", "[x]"))
                .isEqualTo("Surat No. 5 untuk RT dan Desa; Jl. ditutup.");
    }

    @Test
    void publishesAnAnswerWithoutTheStreetWrittenAnotherWay() {
        assertThat(Redaction.of(WIRA).forPublication("Komisi C meninjau Jalan Melati 42 di Sruweng."))
                .isEqualTo("Komisi C meninjau [disamarkan] di [disamarkan].");
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
        var redaction = Redaction.of(Complainant.anonymous(null));

        assertThat(redaction.isEmpty()).isTrue();
        assertThat(redaction.apply("Siti Aminah", "[x]")).isEqualTo("Siti Aminah");
        assertThat(redaction.apply(null, "[x]")).isNull();
    }
}
