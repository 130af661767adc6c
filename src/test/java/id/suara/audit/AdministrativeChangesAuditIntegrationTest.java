package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Changes to SOP versions and to the working calendar are recorded in the audit log with who made them. */
@SuaraIntegrationTest
class AdministrativeChangesAuditIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    private long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    private List<String> actionsSince(long seq, String actor) {
        return jdbc.sql("select action from audit_entry where seq > ? and actor_name = ? order by seq")
                .params(seq, actor)
                .query(String.class)
                .list();
    }

    @Test
    void recordsCalendarChangesWithTheAdministratorWhoMadeThem() {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        var since = lastSeq();
        var added = api.send(Api.as(
                "kebumen.admin",
                post("/api/v1/institutions/{id}/calendar/holidays", kebumen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of(
                                "date", "2031-06-02",
                                "type", "REGIONAL_HOLIDAY",
                                "nameId", "Hari Jadi Kebumen (uji)",
                                "source", "Perda (uji)")))));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(api.send(Api.as("kebumen.admin", delete("/api/v1/calendar/holidays/{id}", (String) added.get("id"))))
                        .status())
                .isEqualTo(204);
        var hours = Map.of(
                "MONDAY", Map.of("opens", "09:00", "closes", "16:00"),
                "TUESDAY", Map.of("opens", "09:00", "closes", "16:00"),
                "WEDNESDAY", Map.of("opens", "09:00", "closes", "16:00"),
                "THURSDAY", Map.of("opens", "09:00", "closes", "16:00"),
                "FRIDAY", Map.of("opens", "09:00", "closes", "11:00"));
        assertThat(api.send(Api.as(
                                "kebumen.admin",
                                put("/api/v1/institutions/{id}/calendar/office-hours", kebumen)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(api.json(hours))))
                        .status())
                .isEqualTo(200);

        assertThat(actionsSince(since, "kebumen.admin"))
                .contains("calendar.holiday-added", "calendar.holiday-removed", "calendar.office-hours-replaced");
    }

    @Test
    void doesNotRecordARefusedCalendarChange() {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        var since = lastSeq();
        var refused = api.send(Api.as(
                "kebumen.admin",
                post("/api/v1/institutions/{id}/calendar/holidays", kebumen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(
                                Map.of("date", "2031-06-03", "type", "REGIONAL_HOLIDAY", "nameId", "Tanpa sumber")))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(actionsSince(since, "kebumen.admin")).doesNotContain("calendar.holiday-added");
    }
}
