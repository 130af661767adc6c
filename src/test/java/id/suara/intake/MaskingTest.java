package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksEveryPresentValueWhateverItsLength() {
        assertThat(Masking.mask("3305014101900001")).isEqualTo("****");
        assertThat(Masking.mask("x")).isEqualTo("****");
        assertThat(Masking.mask("")).isEmpty();
        assertThat(Masking.mask(null)).isEqualTo("null");
    }

    @Test
    void showsAComplainantLoggedByAccidentWithEveryPersonalFieldMasked() {
        var complainant = new Complainant(
                ComplainantType.GROUP,
                "Siti Aminah",
                "Paguyuban Warga Sruweng",
                "3305014101900001",
                "Jl. Pemuda No. 1, Kebumen",
                "+62 812 1111 2222",
                "siti.aminah@example.id");

        var logged = complainant + " " + java.util.List.of(complainant);

        assertThat(logged)
                .contains("GROUP", "****")
                .doesNotContain(
                        "Siti",
                        "Aminah",
                        "Paguyuban",
                        "3305014101900001",
                        "Pemuda",
                        "1111",
                        "siti.aminah",
                        "example.id");
    }

    @Test
    void showsWhichPartsOfAnIdentityAreMissing() {
        assertThat(new Complainant(ComplainantType.INDIVIDUAL, "Siti", null, null, null, null, null).toString())
                .isEqualTo("Complainant[type=INDIVIDUAL, name=****, organisation=null, identityNumber=null, "
                        + "address=null, phone=null, email=null]");
    }
}
