package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What a public tracking lookup costs the database (docs/benchmarks.md, ADR 0020). The real database answers; the spy
 * only counts the statements Suara sends it.
 */
@SuaraIntegrationTest
class TrackingCostIntegrationTest {

    @MockitoSpyBean
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    MeterRegistry meters;

    /**
     * A submission without an e-mail address or phone number: its registration notice (ADR 0035) would otherwise be
     * sent after commit, in the background, while this test counts the statements of the lookup alone.
     */
    private static java.util.Map<String, Object> withoutContact() {
        var submission = Api.webSubmission("dprd-kebumen");
        @SuppressWarnings("unchecked")
        var complainant = (java.util.Map<String, Object>) submission.get("complainant");
        complainant.remove("email");
        complainant.remove("phone");
        return submission;
    }

    @Test
    void aTrackingLookupReadsTheCaseItsHistoryAndTheAccessCodeInOneStatement() {
        var submitted = api.submit(withoutContact());
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        String accessCode = submitted.get("accessCode");
        // the first lookup fills what is kept in memory: institutions, SOP definitions, working calendars
        assertThat(api.track(trackingNumber, accessCode).status()).isEqualTo(200);
        clearInvocations(jdbc);

        var tracked = api.track(trackingNumber, accessCode);

        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.<String>get("trackingNumber")).isEqualTo(trackingNumber);
        assertThat(tracked.<String>get("institution")).isNotBlank();
        assertThat(tracked.<String>get("expectedAnswerBy")).isNotBlank();
        verify(jdbc, times(1)).sql(anyString());
    }

    @Autowired
    id.suara.casework.Duplicates duplicates;

    @Autowired
    id.suara.staff.StaffAccounts staffAccounts;

    @Test
    void aSubmissionMergedIntoAnotherCaseIsAlsoTrackedInOneStatementShowingTheMainCase() {
        // without contact, so that no notice is sent in the background while the statements are counted
        var main = api.submit(withoutContact());
        var duplicate = api.submit(withoutContact());
        String trackingNumber = duplicate.get("trackingNumber");
        String accessCode = duplicate.get("accessCode");
        var mainId = jdbc.sql("select id from submission where tracking_number = ?")
                .param((String) main.get("trackingNumber"))
                .query(java.util.UUID.class)
                .single();
        var duplicateId = jdbc.sql("select id from submission where tracking_number = ?")
                .param(trackingNumber)
                .query(java.util.UUID.class)
                .single();
        duplicates.merge(
                duplicateId,
                mainId,
                null,
                null,
                staffAccounts.findByUsername("kebumen.sekwan").orElseThrow());
        assertThat(api.track(trackingNumber, accessCode).status()).isEqualTo(200);
        clearInvocations(jdbc);

        var tracked = api.track(trackingNumber, accessCode);

        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.<String>get("trackingNumber")).isEqualTo(trackingNumber);
        assertThat(tracked.<Boolean>get("merged")).isTrue();
        verify(jdbc, times(1)).sql(anyString());
    }

    @Test
    void aLookupWithAWrongAccessCodeAlsoTakesOneStatementAndAnswersAsIfTheNumberWereUnknown() {
        var submitted = api.submit(withoutContact());
        String trackingNumber = submitted.get("trackingNumber");
        clearInvocations(jdbc);

        var wrongCode = api.track(trackingNumber, "AAAA-BBBB-CCCC-DDDD");
        var unknownNumber = api.track("SR-0000-0000-00", "AAAA-BBBB-CCCC-DDDD");

        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(unknownNumber.status()).isEqualTo(404);
        assertThat(wrongCode.raw().replace(trackingNumber, "SR-0000-0000-00")).isEqualTo(unknownNumber.raw());
        verify(jdbc, times(2)).sql(anyString());
    }

    @Test
    void aRequestIsObservedAsAWholeButNotOnceMoreForEachSecurityFilter() {
        var submitted = api.submit(withoutContact());

        api.track(submitted.get("trackingNumber"), submitted.get("accessCode"));

        assertThat(meters.getMeters())
                .extracting(meter -> meter.getId().getName())
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security."));
    }
}
