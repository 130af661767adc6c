package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestMailServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox under an outage (ADR 0025, 0035): a burst of 50 case changes while the mail server is away queues 50
 * milestone mails with the changes; once it returns, every one arrives exactly once.
 */
@SuaraIntegrationTest
class NoticeOutboxOutageIntegrationTest {

    private static final int BURST = 50;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyMilestoneMailsQueuedDuringAMailServerOutageEachArriveExactlyOnceAfterIt() throws Exception {
        var recipients = new ArrayList<String>();
        var caseIds = new ArrayList<String>();
        TestMailServer.stop();
        try {
            for (int i = 0; i < BURST; i++) {
                var email = NoticeMails.address("burst" + i);
                var letter = Api.webSubmission("dprd-kebumen");
                letter.put("channel", "LETTER");
                @SuppressWarnings("unchecked")
                var complainant = (Map<String, Object>) letter.get("complainant");
                complainant.put("email", email);
                var registered = api.register("kebumen.umum", letter);
                assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
                recipients.add(email);
                caseIds.add(registered.get("case.id"));
            }
            // the mail server is away: the mails wait, their failed attempts recorded
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(caseIds) >= BURST);
            assertThat(received(recipients)).isEmpty();
        } finally {
            TestMailServer.restart();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sent(caseIds) == BURST);
        Thread.sleep(3_000); // a second copy would arrive now if any retry sent one
        var mails = received(recipients);
        assertThat(mails).hasSize(BURST);
        assertThat(mails.stream().map(NoticeMails.Mail::mailId).collect(Collectors.toSet()))
                .hasSize(BURST);
        assertThat(mails.stream().map(m -> m.to() + "|" + m.subject()).collect(Collectors.toSet()))
                .hasSize(BURST);
        assertThat(mails.stream().map(NoticeMails.Mail::to).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(new HashSet<>(recipients));
        assertThat(mails).allSatisfy(m -> assertThat(m.subject()).startsWith("Pengaduan Anda telah terdaftar: "));
    }

    private List<NoticeMails.Mail> received(List<String> recipients) {
        return recipients.stream().flatMap(r -> NoticeMails.to(r).stream()).toList();
    }

    private int failedAttempts(List<String> caseIds) {
        return jdbc.sql("""
                        select count(*) from outgoing_mail
                        where submission_id = any(?::uuid[]) and status = 'QUEUED' and attempts >= 1""")
                .param(caseIds.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }

    private int sent(List<String> caseIds) {
        return jdbc.sql("select count(*) from outgoing_mail where submission_id = any(?::uuid[]) and status = 'SENT'")
                .param(caseIds.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }
}
