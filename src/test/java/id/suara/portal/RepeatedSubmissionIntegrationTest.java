package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public API's Idempotency-Key: a repeated submission answers the first result and registers nothing more. */
@SuaraIntegrationTest
class RepeatedSubmissionIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    Response submit(Map<String, Object> submission, String key) {
        return api.send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .content(api.json(submission)));
    }

    /** A submission whose title no other test uses, so its cases can be counted. */
    static Map<String, Object> uniqueSubmission() {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("title", "Lampu jalan padam " + UUID.randomUUID());
        return submission;
    }

    long submissionsTitled(Map<String, Object> submission) {
        return jdbc.sql("select count(*) from submission where title = ?")
                .param(submission.get("title"))
                .query(Long.class)
                .single();
    }

    @Test
    void aRepeatWithTheSameKeyAnswersTheFirstResultAndRegistersNoSecondCase() {
        var submission = uniqueSubmission();
        var key = UUID.randomUUID().toString();

        var first = submit(submission, key);
        var repeat = submit(submission, key);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.raw()).isEqualTo(first.raw());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(submissionsTitled(submission)).isEqualTo(1);
        // the repeat's access code is the real one: it tracks the submission
        assertThat(api.track(repeat.get("trackingNumber"), repeat.get("accessCode"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theSameSubmissionWithAnotherKeyOrWithoutAKeyIsANewCase() {
        var submission = uniqueSubmission();

        submit(submission, UUID.randomUUID().toString());
        submit(submission, UUID.randomUUID().toString());
        api.submit(submission);

        assertThat(submissionsTitled(submission)).isEqualTo(3);
    }

    @Test
    void refusesTheSameKeyForADifferentSubmissionNamingTheHeader() {
        var submission = uniqueSubmission();
        var key = UUID.randomUUID().toString();
        submit(submission, key);

        var other = uniqueSubmission();
        var refused = submit(other, key);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("Idempotency-Key");
        assertThat(submissionsTitled(other)).isZero();
    }

    @Test
    void refusesAKeyTooShortToBeUniqueNamingTheHeader() {
        var refused = submit(uniqueSubmission(), "123");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("Idempotency-Key");
    }

    @Test
    void aRefusedSubmissionLeavesItsKeyFreeForTheCorrectedOne() {
        var submission = uniqueSubmission();
        var key = UUID.randomUUID().toString();
        var broken = uniqueSubmission();
        broken.put("title", "");

        assertThat(submit(broken, key).status()).isEqualTo(400);
        var corrected = submit(submission, key);

        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(201);
        assertThat(submissionsTitled(submission)).isEqualTo(1);
    }

    @Test
    void twoConcurrentIdenticalRequestsRegisterOneCaseAndGetTheSameAnswer() throws Exception {
        var submission = uniqueSubmission();
        var key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = List.of(
                    CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return submit(submission, key);
                            },
                            pool),
                    CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return submit(submission, key);
                            },
                            pool));
            start.countDown();
            var answers = futures.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(Response::status).containsExactly(201, 201);
            assertThat(answers.get(0).<String>get("trackingNumber"))
                    .isEqualTo(answers.get(1).get("trackingNumber"));
            assertThat(answers.get(0).<String>get("accessCode"))
                    .isEqualTo(answers.get(1).get("accessCode"));
        }
        assertThat(submissionsTitled(submission)).isEqualTo(1);
    }

    @Test
    void keepsNeitherTheKeyNorTheAccessCodeReadableInTheDatabase() {
        var submission = uniqueSubmission();
        var key = UUID.randomUUID().toString();
        var answer = submit(submission, key);

        var stored = jdbc.sql("select key_hash, answer from submission_request where submission_id = ("
                        + "select id from submission where tracking_number = ?)")
                .param(answer.<String>get("trackingNumber"))
                .query((rs, n) -> new String(rs.getBytes("key_hash"), java.nio.charset.StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes("answer"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .single();

        assertThat(stored).doesNotContain(key, answer.<String>get("accessCode"), answer.<String>get("trackingNumber"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
