package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An audience is asked for within reception hours: DPRD Kebumen receives Monday to Thursday 09:00–16:00 and Friday
 * 09:00–11:00 WIB, on working days, and at least 3 working days ahead (003 IV.A.5). Today is Monday 2 March 2026;
 * 18–24 March are Nyepi, Idul Fitri and their collective leave.
 */
@SuaraIntegrationTest
class ReceptionHoursIntegrationTest {

    static final String HOURS = "Monday–Thursday 09:00–16:00, Friday 09:00–11:00 WIB";

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void today() {
        clock.set(OffsetDateTime.parse("2026-03-02T09:00:00+07:00").toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Api.Response requestAudience(String at) {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        request.put("audienceRequestedFor", at);
        request.put("delegationSize", 4);
        return api.submit(request);
    }

    @ParameterizedTest(name = "{0}: refused, next {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a Saturday
            2026-03-14T10:00:00+07:00 | Monday, 16 March 2026 09:00–16:00; Tuesday, 17 March 2026 09:00–16:00; Wednesday, 25 March 2026 09:00–16:00 WIB
            # Friday afternoon, after the short Friday closes
            2026-03-13T14:00:00+07:00 | Monday, 16 March 2026 09:00–16:00; Tuesday, 17 March 2026 09:00–16:00; Wednesday, 25 March 2026 09:00–16:00 WIB
            # a weekday evening
            2026-03-10T19:30:00+07:00 | Wednesday, 11 March 2026 09:00–16:00; Thursday, 12 March 2026 09:00–16:00; Friday, 13 March 2026 09:00–11:00 WIB
            # a weekday before opening: the same day is still offered
            2026-03-10T07:30:00+07:00 | Tuesday, 10 March 2026 09:00–16:00; Wednesday, 11 March 2026 09:00–16:00; Thursday, 12 March 2026 09:00–16:00 WIB
            # Nyepi, a national holiday on a Thursday
            2026-03-19T10:00:00+07:00 | Wednesday, 25 March 2026 09:00–16:00; Thursday, 26 March 2026 09:00–16:00; Friday, 27 March 2026 09:00–11:00 WIB
            # 10:00 WITA is 09:00 WIB, yet the evening before in UTC
            2026-03-14T01:00:00Z | Monday, 16 March 2026 09:00–16:00; Tuesday, 17 March 2026 09:00–16:00; Wednesday, 25 March 2026 09:00–16:00 WIB
            """)
    void refusesAnAudienceOutsideReceptionHoursNamingTheHoursAndTheNextTimes(String at, String nextTimes) {
        var response = requestAudience(at);

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("audienceRequestedFor");
        List<Map<String, String>> errors = response.get("errors");
        assertThat(errors.getFirst().get("message")).contains(HOURS, nextTimes);
    }

    @ParameterizedTest(name = "{0}: accepted")
    @CsvSource({"2026-03-10T10:00:00+07:00", "2026-03-13T10:59:00+07:00", "2026-03-12T09:00:00+07:00"})
    void acceptsAnAudienceWithinReceptionHours(String at) {
        var response = requestAudience(at);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    @Test
    void refusesAnAudienceAskedForSoonerThanThreeWorkingDaysAheadNamingTheEarliestDay() {
        var response = requestAudience("2026-03-04T10:00:00+07:00");

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("audienceRequestedFor");
        List<Map<String, String>> errors = response.get("errors");
        assertThat(errors.getFirst().get("message"))
                .contains("less than 3 working days after the request (003 IV.A.5)")
                .contains("the earliest day is Thursday, 5 March 2026")
                .contains("Thursday, 5 March 2026 09:00–16:00; Friday, 6 March 2026 09:00–11:00;"
                        + " Monday, 9 March 2026 09:00–16:00 WIB");
        assertThat(requestAudience("2026-03-05T10:00:00+07:00").status()).isEqualTo(201);
    }

    @Test
    void acceptsAnAudienceStaffRegisterOutsideReceptionHours() {
        var walkIn = Api.webSubmission("dprd-kebumen");
        walkIn.put("channel", "IN_PERSON");
        walkIn.put("audienceRequestedFor", "2026-03-14T10:00:00+07:00");

        var response = api.register("kebumen.petugas", walkIn);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    @Test
    void thePortalFormShowsTheHoursAtTheDayOfASaturdayAudience() throws Exception {
        var html = postAudienceForm("2026-03-14", "10:00");

        assertThat(html)
                .contains("id=\"audienceDate-error\"")
                .contains("Senin–Kamis 09:00–16:00, Jumat 09:00–11:00 WIB")
                .contains("Senin, 16 Maret 2026 09:00–16:00; Selasa, 17 Maret 2026 09:00–16:00; Rabu, 25 Maret 2026")
                .doesNotContain("id=\"tracking-number\"");
    }

    @Test
    void thePortalFormShowsTheHoursAtTheTimeOfAFridayAfternoonAudience() throws Exception {
        var html = postAudienceForm("2026-03-13", "14:00");

        assertThat(html)
                .contains("id=\"audienceTime-error\"", "Senin–Kamis 09:00–16:00, Jumat 09:00–11:00 WIB")
                .doesNotContain("id=\"audienceDate-error\"", "id=\"tracking-number\"");
    }

    @Test
    void thePortalFormRefusesAnAudienceSoonerThanThreeWorkingDaysAheadAtTheDay() throws Exception {
        var html = postAudienceForm("2026-03-04", "10:00");

        assertThat(html)
                .contains("id=\"audienceDate-error\"")
                .contains("tanggal paling cepat adalah Kamis, 5 Maret 2026")
                .contains("Kamis, 5 Maret 2026 09:00–16:00; Jumat, 6 Maret 2026 09:00–11:00")
                .doesNotContain("id=\"audienceTime-error\"", "id=\"tracking-number\"");
    }

    private String postAudienceForm(String date, String time) throws Exception {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("kind", "ASPIRATION");
        params.add("complainantType", "INDIVIDUAL");
        params.add("name", "Siti Aminah");
        params.add("identityNumber", "3305014101900001");
        params.add("address", "Jl. Pemuda No. 1, Kebumen");
        params.add("phone", "+62 812 1111 2222");
        params.add("title", "Audiensi jalan desa");
        params.add("purpose", "Menyampaikan aspirasi warga");
        params.add("substance", "Jalan desa rusak parah sejak Januari.");
        params.add("audienceDate", date);
        params.add("audienceTime", time);
        params.add("delegationSize", "4");
        var response = mvc.perform(
                        multipart("/i/dprd-kebumen/audiensi").params(params).with(csrf()))
                .andReturn()
                .getResponse();
        // a refused portal form comes back with 422, like every refused form (ADR 0018)
        assertThat(response.getStatus()).isEqualTo(422);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
