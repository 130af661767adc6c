package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.Role;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Five wrong passwords in a row lock an account for fifteen minutes; nothing tells which names exist. */
@SuaraIntegrationTest
@RecordApplicationEvents
class SignInLockoutIntegrationTest {

    private static final String WRONG = "bukan kata sandinya";

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void locksAnAccountAfterFiveFailuresRefusingEvenTheRightPasswordUntilFifteenMinutesHavePassed() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        for (int i = 1; i <= 4; i++) {
            var refused = accounts.signIn(member.username(), WRONG);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.<String>get("detail")).isEqualTo(ProblemAuthenticationEntryPoint.UNAUTHENTICATED);
        }
        var fifth = accounts.signIn(member.username(), WRONG);
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.<String>get("type")).isEqualTo("https://suara.id/problems/account-locked");
        assertThat(fifth.<String>get("detail")).contains("temporarily locked");

        var rightPassword = accounts.signIn(member.username(), TestAccounts.PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.<String>get("detail")).contains("temporarily locked");

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(accounts.signIn(member.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(401);
        clock.advance(Duration.ofSeconds(1));
        var afterLockout = accounts.signIn(member.username(), TestAccounts.PASSWORD);
        assertThat(afterLockout.status()).isEqualTo(200);
        assertThat(afterLockout.<String>get("username")).isEqualTo(member.username());

        // Spring Security's own events, for the audit log: failures of each kind, and successes.
        assertThat(events.stream(AuthenticationFailureBadCredentialsEvent.class)
                        .filter(e -> e.getAuthentication().getName().equals(member.username())))
                .hasSize(4);
        assertThat(events.stream(AuthenticationFailureLockedEvent.class)
                        .filter(e -> e.getAuthentication().getName().equals(member.username())))
                .hasSize(3); // the fifth failure, the right password while locked, and again a second too early
        assertThat(events.stream(AuthenticationSuccessEvent.class)
                        .filter(e -> e.getAuthentication().getName().equals(member.username())))
                .hasSize(1);

        var locked = events.stream(StaffAccountChanged.class)
                .filter(e -> e.accountId().equals(member.id()))
                .toList();
        assertThat(locked).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo("locked");
            assertThat(e.actorId()).isNull();
            assertThat(e.institutionId()).isEqualTo(member.institutionId());
            assertThat(e.details()).containsEntry("failedAttempts", 5);
        });
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        for (int i = 0; i < 4; i++) {
            accounts.signIn(member.username(), WRONG);
        }
        assertThat(accounts.signIn(member.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(accounts.signIn(member.username(), WRONG).<String>get("detail"))
                    .isEqualTo(ProblemAuthenticationEntryPoint.UNAUTHENTICATED);
        }
        assertThat(accounts.signIn(member.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select failed_attempts from staff_account where id = ?")
                        .param(member.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void answersAnUnknownUsernameExactlyLikeAKnownOneWithAWrongPassword() {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var unknown = "test.tidak-ada-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 6; i++) {
            var known = accounts.signIn(member.username(), WRONG);
            var nobody = accounts.signIn(unknown, WRONG);
            assertThat(nobody.status()).as("attempt %d", i).isEqualTo(known.status());
            assertThat(nobody.raw()).as("attempt %d", i).isEqualTo(known.raw());
            assertThat(nobody.header("WWW-Authenticate")).isEqualTo(known.header("WWW-Authenticate"));
        }
        assertThat(accounts.signIn(unknown, WRONG).<String>get("detail")).contains("temporarily locked");
    }

    @Test
    void answersADisabledAccountLikeAWrongPasswordEvenWithTheRightOne() {
        var disabled = accounts.create("dprd-kebumen", Role.OFFICER);
        staffAccounts.setEnabled(disabled.id(), false);
        var unknown = "test.tidak-ada-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 6; i++) {
            var rightPassword = accounts.signIn(disabled.username(), TestAccounts.PASSWORD);
            var nobody = accounts.signIn(unknown, TestAccounts.PASSWORD);
            assertThat(rightPassword.status()).as("attempt %d", i).isEqualTo(401);
            assertThat(rightPassword.raw()).as("attempt %d", i).isEqualTo(nobody.raw());
        }
    }

    @Test
    void aPasswordLongerThanBcryptCanReadIsAWrongPasswordNotAnError() {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var response = accounts.signIn(member.username(), "x".repeat(200));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.<String>get("detail")).isEqualTo(ProblemAuthenticationEntryPoint.UNAUTHENTICATED);
        assertThat(accounts.signIn("test.tidak-ada", "x".repeat(200)).status()).isEqualTo(401);
    }

    @Test
    void countsEverySimultaneousFailureAndLocksOnceTheFifthArrives() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var statuses =
                together(4, () -> accounts.signIn(member.username(), WRONG).status());
        assertThat(statuses).containsOnly(401);
        assertThat(failedAttempts(member.id())).isEqualTo(4);

        var details =
                together(6, () -> accounts.signIn(member.username(), WRONG).<String>get("detail"));
        assertThat(details).allSatisfy(d -> assertThat(d).contains("temporarily locked"));
        assertThat(jdbc.sql("select locked_until > now() from staff_account where id = ?")
                        .param(member.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(accounts.signIn(member.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(401);
    }

    private int failedAttempts(UUID accountId) {
        return jdbc.sql("select failed_attempts from staff_account where id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    private static <T> java.util.List<T> together(int count, Callable<T> task) throws Exception {
        var start = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(count)) {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < count; i++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
