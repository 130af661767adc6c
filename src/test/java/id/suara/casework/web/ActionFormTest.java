package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.casework.AvailableAction;
import id.suara.shared.LocalizedText;
import id.suara.sop.ActionField;
import id.suara.sop.ActionField.FieldEffect;
import id.suara.sop.ActionField.FieldType;
import id.suara.sop.CaseStatus;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionFormTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static AvailableAction coordinate(Map<String, String> initialValues) {
        return new AvailableAction(
                "coordinate",
                LocalizedText.of("Koordinasi", "Coordinate"),
                "receive-delegation",
                List.of(
                        new ActionField(
                                "meetingAt",
                                FieldType.DATE_TIME,
                                false,
                                LocalizedText.of("Waktu", "Time"),
                                FieldEffect.NONE,
                                null),
                        new ActionField(
                                "direction", FieldType.TEXT, false, LocalizedText.of("Arah", "Direction"), null, null)),
                CaseStatus.IN_PROGRESS,
                initialValues);
    }

    @Test
    void showsASuggestedTimeAsTheLocalDateTimeTheInputTakes() {
        var form = ActionForm.startingFrom(coordinate(Map.of("meetingAt", "2026-03-09T10:00+08:00")), 4);

        assertThat(form.value("meetingAt")).isEqualTo("2026-03-09T10:00");
        assertThat(form.version()).isEqualTo(4);
    }

    @Test
    void aSuggestedTimeSentBackUnchangedMeansTheSameInstant() {
        var form = ActionForm.startingFrom(coordinate(Map.of("meetingAt", "2026-03-09T10:00:00+08:00")), 4);

        assertThat(form.values(WITA)).containsEntry("meetingAt", "2026-03-09T10:00+08:00");
    }

    @Test
    void leavesOtherSuggestedValuesAsTheyAre() {
        var form = ActionForm.startingFrom(coordinate(Map.of("direction", "2026-03-09T10:00+08:00")), 1);

        assertThat(form.value("direction")).isEqualTo("2026-03-09T10:00+08:00");
    }
}
