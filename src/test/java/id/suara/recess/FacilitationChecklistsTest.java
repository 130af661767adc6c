package id.suara.recess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.calendar.OfficeHours;
import id.suara.calendar.WorkingCalendar;
import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped facilitation checklist says what seed 004 says, and a broken one stops the start. */
class FacilitationChecklistsTest {

    private static final String SEED = "004_2c2e72c9f275a3d6.txt";

    private final FacilitationChecklist shipped = new FacilitationChecklists().current();

    @Test
    void citesTheDecreeAndItsTwentyOneWorkingDays() {
        assertThat(shipped.code()).isEqualTo("recess-facilitation");
        assertThat(shipped.version()).isEqualTo(1);
        assertThat(shipped.documentNumber()).isEqualTo("175/04/Setwan/III/2022");
        assertThat(shipped.source()).startsWith(SEED).contains("175/04/Setwan/III/2022");
        assertThat(shipped.limitWorkingDays()).isEqualTo(21);
        assertThat(shipped.limitSource())
                .startsWith(SEED)
                .contains("21 Hari kerja")
                .contains("Tidak dipungut biaya");
        assertThat(FacilitationChecklists.problems(shipped)).isEmpty();
    }

    @Test
    void listsTheSevenStepsInOrderEachCitingItsLine() {
        assertThat(shipped.items())
                .extracting(FacilitationChecklist.Item::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(shipped.items())
                .allSatisfy(i -> assertThat(i.source()).startsWith(SEED + ", langkah " + i.number() + ": \""));
        assertThat(shipped.items().get(2).name().id())
                .contains("undangan reses", "daftar hadir", "daftar tamu", "lembar aspirasi", "daftar nama pendamping")
                .contains("rincian anggaran");
    }

    @Test
    void expandsPerMemberAndPerCompanionAsTheStepsSay() {
        assertThat(shipped.items())
                .extracting(i -> i.code() + " " + i.scope())
                .containsExactly(
                        "collect-plans MEMBER",
                        "order-materials ONCE",
                        "prepare-documents ONCE",
                        "hand-to-members MEMBER",
                        "hand-companion-list COMPANION",
                        "readiness-check COMPANION",
                        "accompany-visits COMPANION");
        assertThat(shipped.items()).allSatisfy(i -> {
            assertThat(i.ownerRole()).isEqualTo(Role.OFFICER);
            assertThat(i.ownerUnit()).isEqualTo("bagian-fpp");
        });
        assertThat(shipped.items())
                .filteredOn(FacilitationChecklist.Item::companionOwns)
                .extracting(FacilitationChecklist.Item::code)
                .containsExactly("accompany-visits");
        assertThat(shipped.items().getFirst().ownerTitle().id()).isEqualTo("Analis Kebijakan Muda");
    }

    @Test
    void dividesTheLimitInStepOrderEndingWithTheVisits() {
        assertThat(shipped.items())
                .extracting(FacilitationChecklist.Item::dueWorkingDays)
                .containsExactly(3, 5, 8, 10, 11, 13, 21)
                .isSorted();
        assertThat(shipped.items().getLast().dueWorkingDays()).isEqualTo(shipped.limitWorkingDays());
    }

    @Test
    void countsDueDaysInWorkingDaysAfterTheStart() {
        // Friday 14 August 2026 + 1 working day: Monday 17 August is a holiday here, so Tuesday 18 August
        var calendar = new WorkingCalendar(
                ZoneId.of("Asia/Jakarta"), OfficeHours.standard(), Set.of(LocalDate.of(2026, 8, 17)));
        var friday = LocalDate.of(2026, 8, 14);
        assertThat(RecessFacilitations.dueOn(calendar, friday, 0)).isEqualTo(friday);
        assertThat(RecessFacilitations.dueOn(calendar, friday, 1)).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(RecessFacilitations.dueOn(calendar, LocalDate.of(2026, 8, 15), 1))
                .isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(RecessFacilitations.dueOn(calendar, friday, 21)).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void findsWhatIsWrongWithABrokenChecklist() {
        var item = new FacilitationChecklist.Item(
                "late",
                "1",
                LocalizedText.of("Terlambat", "Late"),
                LocalizedText.of("Staf", "Staff"),
                ItemScope.ONCE,
                Role.SYSTEM,
                null,
                true,
                30,
                "elsewhere");
        var broken = new FacilitationChecklist(
                "x",
                1,
                LocalizedText.of("X", "X"),
                "Setwan",
                "1/2",
                SEED + " — X",
                21,
                SEED + ", Waktu",
                List.of(item, item));
        assertThat(FacilitationChecklists.problems(broken))
                .anyMatch(p -> p.contains("code of its own"))
                .anyMatch(p -> p.contains("owner role"))
                .anyMatch(p -> p.contains("per-companion"))
                .anyMatch(p -> p.contains("cite the seed"))
                .anyMatch(p -> p.contains("within the limit"));
    }

    @Test
    void refusesAChecklistFileNamedOtherwiseThanItsCodeAndVersion(@TempDir Path dir) throws Exception {
        var json = new String(
                getClass()
                        .getResourceAsStream("/recess/facilitation/recess-facilitation.v1.json")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("recess-facilitation.v2.json"), json);
        assertThatThrownBy(() -> new FacilitationChecklists("file:" + dir + "/*.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name it recess-facilitation.v1.json");
        Files.writeString(dir.resolve("recess-facilitation.v2.json"), json.replace("\"issuer\"", "\"isuer\""));
        assertThatThrownBy(() -> new FacilitationChecklists("file:" + dir + "/*.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot read");
    }
}
