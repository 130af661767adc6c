package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Sign-ins and failed attempts reach the audit log; API calls do not flood it; passwords never do. */
@SuaraIntegrationTest
class LoginAuditingIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recordsAFailedBasicLoginWithTheUsernameButNotThePassword() {
        var since = lastSeq();
        var password = "Salah-" + System.nanoTime();

        var response =
                api.send(get("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, basic("kebumen.petugas", password)));

        assertThat(response.status()).isEqualTo(401);
        var failures = entriesSince(since, "login.failure");
        assertThat(failures).hasSize(1);
        var failure = failures.getFirst();
        assertThat(failure.actorName()).isEqualTo("kebumen.petugas");
        assertThat(failure.actorId()).isNull();
        assertThat(failure.institutionId())
                .isEqualTo(institutions.findByCode("dprd-kebumen").orElseThrow().id());
        assertThat(failure.subjectType()).isEqualTo("staff-account");
        assertThat(failure.subjectId())
                .isEqualTo(accounts.findByUsername("kebumen.petugas")
                        .orElseThrow()
                        .id()
                        .toString());
        assertThat(failure.details())
                .isEqualTo("{\"reason\":\"BadCredentialsException\",\"username\":\"kebumen.petugas\"}");
        assertThat(wholeRow(failure.seq())).doesNotContain(password);
    }

    @Test
    void recordsAFailedLoginOfAnUnknownHostileUsernameInertly() {
        var since = lastSeq();
        var hostile = "=cmd|' /C calc'!A0\u0007\n" + "x".repeat(300);

        var response = api.send(get("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, basic(hostile, "whatever")));

        assertThat(response.status()).isEqualTo(401);
        var failure = entriesSince(since, "login.failure").getFirst();
        assertThat(failure.institutionId()).isNull();
        assertThat(failure.subjectId()).isNull();
        assertThat(failure.actorName())
                .startsWith("=cmd|' /C calc'!A0\uFFFD\uFFFDxxx")
                .hasSize(100);
        assertThat(failure.details()).doesNotContain("whatever");
    }

    @Test
    void refusesAndRecordsAUsernameWithANulByteWithoutAskingTheDatabase() {
        var since = lastSeq();

        var response =
                api.send(get("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, basic("kebumen\u0000petugas", "x")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(entriesSince(since, "login.failure")).hasSize(1);
    }

    @Test
    void recordsRepeatedBasicLoginsOfOneUserOnceInFifteenMinutes() {
        var start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        var since = lastSeq();

        for (int i = 0; i < 3; i++) {
            assertThat(api.send(Api.as("kukar.subkoor", get("/api/v1/cases"))).status())
                    .isEqualTo(200);
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(api.send(Api.as("demak.admin", get("/api/v1/cases"))).status())
                .isEqualTo(200);
        assertThat(successesSince(since, "kukar.subkoor")).hasSize(1);
        assertThat(successesSince(since, "demak.admin")).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(api.send(Api.as("kukar.subkoor", get("/api/v1/cases"))).status())
                .isEqualTo(200);
        var successes = successesSince(since, "kukar.subkoor");
        assertThat(successes).hasSize(2);
        assertThat(successes.getFirst().occurredAt()).isEqualTo(start);
        assertThat(successes.getFirst().actorId())
                .isEqualTo(
                        accounts.findByUsername("kukar.subkoor").orElseThrow().id());
        assertThat(successes.getFirst().details())
                .contains("\"via\":\"basic\"")
                .contains("\"username\":\"kukar.subkoor\"");
    }

    @Test
    void recordsEveryFormLoginOnce() {
        var since = lastSeq();

        for (int i = 0; i < 2; i++) {
            var response = api.send(post("/login")
                    .param("username", "kebumen.sekwan")
                    .param("password", Api.DEMO_PASSWORD)
                    .with(csrf()));
            assertThat(response.status()).isEqualTo(302);
        }

        var successes = successesSince(since, "kebumen.sekwan");
        assertThat(successes).hasSize(2);
        assertThat(successes.getFirst().details()).contains("\"via\":\"UsernamePasswordAuthenticationFilter\"");
        assertThat(successes.getFirst().institutionId())
                .isEqualTo(institutions.findByCode("dprd-kebumen").orElseThrow().id());
    }

    @Test
    void recordsAnInteractiveSignInFromAnySource() {
        var since = lastSeq();

        events.publishEvent(new InteractiveAuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("pekalongan.kabag", null, List.of()),
                UsernamePasswordAuthenticationFilter.class));

        var success = successesSince(since, "pekalongan.kabag").getFirst();
        assertThat(success.institutionId())
                .isEqualTo(institutions
                        .findByCode("setwan-pekalongan")
                        .orElseThrow()
                        .id());
        assertThat(success.subjectId())
                .isEqualTo(accounts.findByUsername("pekalongan.kabag")
                        .orElseThrow()
                        .id()
                        .toString());
    }

    private long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    private List<AuditEntry> entriesSince(long seq, String action) {
        return jdbc.sql("select * from audit_entry where seq > ? and action = ? order by seq")
                .params(seq, action)
                .query((rs, row) -> AuditLog.entry(rs))
                .list();
    }

    private List<AuditEntry> successesSince(long seq, String actor) {
        return entriesSince(seq, "login.success").stream()
                .filter(e -> e.actorName().equals(actor))
                .toList();
    }

    private String wholeRow(long seq) {
        return jdbc.sql("select audit_entry::text from audit_entry where seq = ?")
                .param(seq)
                .query(String.class)
                .single();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
