package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.casework.StaffDigest;
import id.suara.institution.Role;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff hear of the cases at their steps as they chose (ADR 0035): at once, with a link and without the complainant's
 * identity; or in a daily digest of what is due and overdue, sent once per account and day; and when another module
 * says a case needs their attention.
 */
@SuaraIntegrationTest
class StaffNoticeIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    StaffDigest digest;

    @Autowired
    StaffNotices staffNotices;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void noMoreMailToStaff() {
        clock.reset();
        jdbc.sql("update staff_account set email = null, notification_preference = 'DIGEST'")
                .update();
    }

    private Api.Response settings(String user, String path, String email, String preference) {
        var body = new HashMap<String, Object>();
        body.put("email", email);
        body.put("preference", preference);
        return api.send(Api.as(
                user,
                put("/api/v1/staff/" + path + "/notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
    }

    private UUID account(String username) {
        return jdbc.sql("select id from staff_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private String number(String caseId) {
        return api.view("kebumen.petugas", caseId).get("submission.registrationNumber");
    }

    /** A letter registered for Kebumen: it waits at the requirement check of Bagian Umum (GENERAL_AFFAIRS). */
    private Api.Response letter() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var registered = api.register("kebumen.petugas", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return registered;
    }

    @Test
    void anOfficerWhoChoseImmediateNoticesIsMailedWhenACaseReachesTheirStepWithoutTheComplainantsIdentity() {
        var email = NoticeMails.address("umum");
        var saved = settings("kebumen.umum", "me", email, "IMMEDIATE");
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat((String) saved.get("preference")).isEqualTo("IMMEDIATE");
        var registered = letter();
        String caseId = registered.get("case.id");
        String number = number(caseId);
        var mail = NoticeMails.awaitSubject(email, number);
        assertThat(mail.subject()).startsWith("Kasus " + number + " menunggu Anda: ");
        assertThat(mail.text())
                .contains("/kantor/kasus/" + caseId)
                .doesNotContain("Siti Aminah")
                .doesNotContain("siti.aminah@example.id")
                .doesNotContain("3305014101900001");
    }

    @Test
    void theAccountHolderAndTheAdministratorChangeTheSettingsAndNobodyElse() {
        assertThat(settings("kebumen.admin", account("kebumen.petugas").toString(), "petugas@example.id", "NONE")
                        .status())
                .isEqualTo(200);
        assertThat(settings("kebumen.petugas", account("kebumen.umum").toString(), "x@example.id", "IMMEDIATE")
                        .status())
                .isEqualTo(403);
        var refused = settings("kebumen.petugas", "me", "not an address", "SOMETIMES");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("email", "preference");
    }

    @Test
    void anotherModuleTellsTheStepsOfficersThatACaseNeedsAttentionOncePerEvent() {
        var email = NoticeMails.address("perhatian");
        settings("kebumen.umum", "me", email, "IMMEDIATE");
        var registered = letter();
        String caseId = registered.get("case.id");
        String number = number(caseId);
        var institution = jdbc.sql("select institution_id from case_file where id = ?::uuid")
                .param(caseId)
                .query(UUID.class)
                .single();
        var at = new CaseAtStep(
                institution,
                UUID.fromString(caseId),
                number,
                "Memeriksa persyaratan",
                Set.of(Role.GENERAL_AFFAIRS),
                null,
                null);
        var tx = new TransactionTemplate(transactions);
        for (int i = 0; i < 2; i++) {
            int queued = tx.execute(s -> staffNotices.caseNeedsAttention(at, "complainant-added-information", "msg-1"));
            assertThat(queued).isEqualTo(1);
        }
        var mail = NoticeMails.awaitSubject(email, "pengadu menambahkan keterangan");
        assertThat(mail.subject()).isEqualTo("Kasus " + number + ": pengadu menambahkan keterangan");
        assertThat(mail.text()).contains("/kantor/kasus/" + caseId);
        assertThat(NoticeMails.to(email).stream()
                        .filter(m -> m.subject().contains("keterangan"))
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outgoing_mail where mail_key like ?")
                        .param("attention:" + caseId + ":msg-1:%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDailyDigestMailsEachDigestAccountItsDueAndOverdueCasesOnceAndSkipsThoseWithNone() {
        var umum = NoticeMails.address("digest-umum");
        var admin = NoticeMails.address("digest-admin");
        settings("kebumen.umum", "me", umum, "DIGEST");
        settings("kebumen.admin", "me", admin, "DIGEST");
        var registered = letter();
        String number = number(registered.get("case.id"));
        clock.advance(Duration.ofDays(30));
        var day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        int mailed = digest.send(day);
        assertThat(mailed).isGreaterThanOrEqualTo(1);
        var mail = NoticeMails.awaitSubject(umum, "Ringkasan harian " + day);
        assertThat(mail.text())
                .contains(number + " – ")
                .contains("TERLAMBAT sejak")
                .contains("/kantor/kasus/");
        assertThat(mail.text()).doesNotContain("Siti Aminah");
        // a second node, or a rerun, queues nothing new
        digest.send(day);
        assertThat(jdbc.sql("select count(*) from outgoing_mail where mail_key = ?")
                        .param("digest:" + account("kebumen.umum") + ":" + day)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // the administrator acts at no step: no digest at all
        assertThat(jdbc.sql("select count(*) from outgoing_mail where mail_key = ?")
                        .param("digest:" + account("kebumen.admin") + ":" + day)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(NoticeMails.to(umum).stream()
                        .filter(m -> m.subject().contains("Ringkasan"))
                        .count())
                .isEqualTo(1);
        assertThat(NoticeMails.to(admin)).isEmpty();
        assertThat(Map.of()).isEmpty();
    }
}
