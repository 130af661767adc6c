package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audiences of DPRD Kebumen through the API (003 III.A.2, III.A.3, IV.A.3–6; ADR 0026): the time the Secretary agrees
 * keeps reception hours (Monday–Thursday 09:00–16:00, Friday 09:00–11:00 WIB), 3 working days' notice, the delegation's
 * size and at most 3 delegations per council organ per working day; the gate records the arrival, Humas what was said;
 * an organ's agenda lists its audiences and what it has not discussed. Today is Monday 2 November 2026, 09:00 WIB.
 * Each test but the first works with a council organ of its own (a special committee added for it), so that the
 * places of one test's days are not taken by another's.
 */
@SuaraIntegrationTest
class AudienceIntegrationTest {

    static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-02T09:00:00+07:00");

    static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.set(MONDAY.toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A council organ of DPRD Kebumen of this test's own: a special committee (Pansus). */
    UUID newOrgan(String name) {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow();
        var code = "pansus-" + UUID.randomUUID().toString().substring(0, 8);
        return institutions
                .addUnit(kebumen.id(), code, name, UnitType.COUNCIL_ORGAN)
                .id();
    }

    /**
     * A delegation that asked on the public form for an audience at {@code requestedFor}, checked and passed on by the
     * desk and Humas to the Secretary, who coordinates it now; returns the case id.
     */
    String delegationAtCoordination(String requestedFor, Map<String, Object> changes) {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        request.put("audienceRequestedFor", requestedFor);
        request.put("delegationSize", 4);
        ((Map<String, Object>) request.get("complainant")).put("type", "GROUP");
        ((Map<String, Object>) request.get("complainant")).put("organisation", "Kelompok Tani Sido Makmur");
        request.putAll(changes);
        var submitted = api.submit(request);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = caseIdOf(submitted.get("trackingNumber"));
        passOnToTheSecretary(caseId);
        return caseId;
    }

    /** A walk-in delegation registered at the desk (any size, any notice), passed on to the Secretary. */
    String walkInAtCoordination(String requestedFor, int size) {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        request.put("audienceRequestedFor", requestedFor);
        request.put("delegationSize", size);
        var registered = api.register("kebumen.petugas", request);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        passOnToTheSecretary(caseId);
        return caseId;
    }

    void passOnToTheSecretary(String caseId) {
        assertThat(api.check("kebumen.petugas", caseId, ALL_MET).status()).isEqualTo(200);
        act("kebumen.petugas", caseId, "accept", Map.of());
        act("kebumen.petugas", caseId, "record", Map.of());
        act("kebumen.petugas", caseId, "forward", Map.of());
        act("kebumen.humas", caseId, "forward", Map.of());
    }

    Response coordinate(String caseId, UUID organ, String meetingAt) {
        return api.act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", organ.toString(), "meetingAt", meetingAt));
    }

    void agreed(String caseId, UUID organ, String meetingAt) {
        var response = coordinate(caseId, organ, meetingAt);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    void act(String user, String caseId, String action, Map<String, Object> fields) {
        var response = api.act(user, caseId, action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
    }

    String caseIdOf(String trackingNumber) {
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        assertThat(items).hasSize(1);
        return (String) items.getFirst().get("id");
    }

    static void assertRefusedAtTheTime(Response response, String rule) {
        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("fields.meetingAt");
        assertThat(response.<String>get("rule")).isEqualTo(rule);
    }

    static String message(Response response) {
        List<Map<String, String>> errors = response.get("errors");
        return errors.getFirst().get("message");
    }

    Response agenda(String user, UUID organ) {
        return api.send(Api.as(user, get("/api/v1/units/{id}/agenda", organ)));
    }

    @Test
    void receivesThreeDelegationsForACommissionOnADayRefusesTheFourthAndAgreesOneOfTheOfferedTimes() {
        var komisiB = api.unit("dprd-kebumen", "komisi-b");
        var delegations = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            delegations.add(delegationAtCoordination("2026-11-10T10:00:00+07:00", Map.of()));
        }

        agreed(delegations.get(0), komisiB, "2026-11-10T09:00:00+07:00");
        agreed(delegations.get(1), komisiB, "2026-11-10T10:00:00+07:00");
        agreed(delegations.get(2), komisiB, "2026-11-10T11:00:00+07:00");
        var fourth = coordinate(delegations.get(3), komisiB, "2026-11-10T13:00:00+07:00");

        assertRefusedAtTheTime(fourth, "DAILY_LIMIT");
        assertThat(message(fourth))
                .contains(
                        "Komisi B (Perekonomian dan Keuangan) sudah menerima 3 delegasi pada Selasa, 10 November 2026")
                .contains("paling banyak 3 delegasi dalam satu hari kerja")
                .contains("Rabu, 11 November 2026 pukul 13.00 WIB; Kamis, 12 November 2026 pukul 13.00 WIB;"
                        + " Jumat, 13 November 2026 pukul 09.00 WIB");
        // the next times with room: the time asked for on the next days, Friday's short hours from their opening
        assertThat(fourth.<List<String>>get("nextSlots"))
                .containsExactly("2026-11-11T13:00+07:00", "2026-11-12T13:00+07:00", "2026-11-13T09:00+07:00");
        assertThat(api.view("kebumen.sekwan", delegations.get(3)).<String>get("currentStep.code"))
                .isEqualTo("coordinate");

        var inEnglish = api.send(Api.as(
                "kebumen.sekwan",
                post("/api/v1/cases/{id}/actions/coordinate", delegations.get(3))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of(
                                "fields",
                                Map.of(
                                        "assignedUnit",
                                        komisiB.toString(),
                                        "meetingAt",
                                        "2026-11-10T13:00:00+07:00"))))));
        assertThat(message(inEnglish))
                .contains("already receives 3 delegations on Tuesday, 10 November 2026")
                .contains("at most 3 delegations in one working day");

        var offered = fourth.<List<String>>get("nextSlots").getFirst();
        agreed(delegations.get(3), komisiB, offered);
        var view = api.view("kebumen.sekwan", delegations.get(3));
        assertThat(view.<String>get("currentStep.code")).isEqualTo("receive-delegation");
        assertThat(OffsetDateTime.parse(view.get("dueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(offered).toInstant());
        List<Map<String, Object>> upcoming = agenda("kebumen.sekwan", komisiB).get("upcoming");
        assertThat(upcoming)
                .filteredOn(e -> delegations.contains(e.get("caseId")))
                .extracting(
                        e -> OffsetDateTime.parse((String) e.get("startsAt")).toInstant())
                .containsExactly(
                        OffsetDateTime.parse("2026-11-10T09:00:00+07:00").toInstant(),
                        OffsetDateTime.parse("2026-11-10T10:00:00+07:00").toInstant(),
                        OffsetDateTime.parse("2026-11-10T11:00:00+07:00").toInstant(),
                        OffsetDateTime.parse("2026-11-11T13:00:00+07:00").toInstant());
    }

    @Test
    void refusesAnAudienceLessThanThreeWorkingDaysAfterTheRequestAndAcceptsTheThirdWorkingDay() {
        var organ = newOrgan("Pansus Uji Pemberitahuan");
        var caseId = delegationAtCoordination("2026-11-12T10:00:00+07:00", Map.of());

        var wednesday = coordinate(caseId, organ, "2026-11-04T10:00:00+07:00");

        assertRefusedAtTheTime(wednesday, "NOTICE");
        assertThat(message(wednesday))
                .contains("kurang dari 3 hari kerja sejak permohonan audiensi diterima")
                .contains("paling cepat pada Kamis, 5 November 2026");
        assertThat(wednesday.<List<String>>get("nextSlots"))
                .containsExactly("2026-11-05T10:00+07:00", "2026-11-06T10:00+07:00", "2026-11-09T10:00+07:00");
        agreed(caseId, organ, "2026-11-05T10:00:00+07:00");
    }

    @ParameterizedTest(name = "{0}: refused, next {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Friday afternoon, after the short Friday closes: Friday from its opening
            2026-11-13T14:00:00+07:00 | 2026-11-13T09:00+07:00, 2026-11-16T14:00+07:00, 2026-11-17T14:00+07:00
            # a Saturday
            2026-11-14T10:00:00+07:00 | 2026-11-16T10:00+07:00, 2026-11-17T10:00+07:00, 2026-11-18T10:00+07:00
            # a Thursday evening
            2026-11-12T19:30:00+07:00 | 2026-11-12T09:00+07:00, 2026-11-13T09:00+07:00, 2026-11-16T09:00+07:00
            """)
    void refusesAnAudienceOutsideReceptionHoursOfferingTimesWithin(String at, String next) {
        var organ = newOrgan("Pansus Uji Jam Layanan");
        var caseId = delegationAtCoordination("2026-11-12T10:00:00+07:00", Map.of());

        var refused = coordinate(caseId, organ, at);

        assertRefusedAtTheTime(refused, "HOURS");
        assertThat(message(refused))
                .contains("di luar jam penerimaan delegasi (Senin–Kamis 09:00–16:00, Jumat 09:00–11:00 WIB");
        assertThat(refused.<List<String>>get("nextSlots")).containsExactly(next.split(", "));
    }

    @Test
    void refusesAnAudienceTimeThatHasPassed() {
        clock.set(OffsetDateTime.parse("2026-10-01T09:00:00+07:00").toInstant());
        var organ = newOrgan("Pansus Uji Waktu Lewat");
        var caseId = delegationAtCoordination("2026-10-29T10:00:00+07:00", Map.of());
        clock.set(MONDAY.toInstant());

        var refused = coordinate(caseId, organ, "2026-10-29T10:00:00+07:00");

        assertRefusedAtTheTime(refused, "PAST");
        assertThat(refused.<List<String>>get("nextSlots")).first().isEqualTo("2026-11-02T10:00+07:00");
    }

    @Test
    void admitsExactlyOneOfConcurrentAgreementsForAnOrgansLastPlaceOfTheDay() throws Exception {
        var organ = newOrgan("Pansus Uji Serentak");
        for (var day : List.of("2026-11-18", "2026-11-19", "2026-11-23")) {
            agreed(delegationAtCoordination(day + "T10:00:00+07:00", Map.of()), organ, day + "T09:00:00+07:00");
            agreed(delegationAtCoordination(day + "T10:00:00+07:00", Map.of()), organ, day + "T10:00:00+07:00");
            var contenders = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                contenders.add(delegationAtCoordination(day + "T10:00:00+07:00", Map.of()));
            }

            var statuses = runTogether(
                    () -> coordinate(contenders.get(0), organ, day + "T13:00:00+07:00")
                            .status(),
                    () -> coordinate(contenders.get(1), organ, day + "T14:00:00+07:00")
                            .status(),
                    () -> coordinate(contenders.get(2), organ, day + "T15:00:00+07:00")
                            .status());

            assertThat(statuses).as(day).containsExactlyInAnyOrder(200, 422, 422);
            var places = jdbc.sql("select count(*) from audience where unit_id = ? and day = ?::date"
                            + " and status in ('AGREED', 'HELD')")
                    .params(organ, day)
                    .query(Long.class)
                    .single();
            assertThat(places).as(day).isEqualTo(3);
        }
    }

    @Test
    void aDelegationReceivedOnAnotherDayOrRedirectedFreesItsPlaceForAnother() {
        var organ = newOrgan("Pansus Uji Hari Lain");
        var day = "2026-11-24T";
        var first = delegationAtCoordination(day + "10:00:00+07:00", Map.of());
        var second = delegationAtCoordination(day + "10:00:00+07:00", Map.of());
        var third = delegationAtCoordination(day + "10:00:00+07:00", Map.of());
        agreed(first, organ, day + "09:00:00+07:00");
        agreed(second, organ, day + "10:00:00+07:00");
        agreed(third, organ, day + "11:00:00+07:00");
        var waiting = delegationAtCoordination(day + "10:00:00+07:00", Map.of());
        assertRefusedAtTheTime(coordinate(waiting, organ, day + "13:00:00+07:00"), "DAILY_LIMIT");

        // the leadership cannot receive the first one that day: Humas sets another day (003 IV.A.6.j.2) ...
        act("kebumen.pimpinan", first, "receive", Map.of());
        clock.advance(Duration.ofMinutes(1));
        var laterThatDay = api.act("kebumen.humas", first, "reschedule", Map.of("meetingAt", day + "14:00:00+07:00"));
        assertThat(laterThatDay.status())
                .as("its own place counts for it: " + laterThatDay.raw())
                .isEqualTo(200);
        act("kebumen.pimpinan", first, "receive", Map.of());
        clock.advance(Duration.ofMinutes(1));
        act("kebumen.humas", first, "reschedule", Map.of("meetingAt", "2026-11-25T10:00:00+07:00"));
        assertThat(api.view("kebumen.humas", first).<String>get("currentStep.code"))
                .isEqualTo("receive-delegation");
        // ... and its place on the first day is free again
        agreed(waiting, organ, day + "13:00:00+07:00");

        // the second one is redirected to the written route (003 IV.A.6.j.1): its place is free again too
        act("kebumen.pimpinan", second, "receive", Map.of());
        act("kebumen.humas", second, "redirect", Map.of());
        assertThat(api.view("kebumen.humas", second).<String>get("status")).isEqualTo("REDIRECTED");
        agreed(delegationAtCoordination(day + "10:00:00+07:00", Map.of()), organ, day + "15:00:00+07:00");

        assertRefusedAtTheTime(
                coordinate(delegationAtCoordination(day + "10:00:00+07:00", Map.of()), organ, day + "15:30:00+07:00"),
                "DAILY_LIMIT");
        List<Map<String, Object>> audiences = api.send(
                        Api.as("kebumen.humas", get("/api/v1/cases/{id}/audiences", first)))
                .get("audiences");
        assertThat(audiences).extracting(a -> a.get("status")).containsExactly("AGREED", "RESCHEDULED", "RESCHEDULED");
    }

    @Test
    void refusesADelegationOfMoreThanFiveUntilTheLeadershipSetsAnotherNumberForIt() {
        var organ = newOrgan("Pansus Uji Jumlah");
        var caseId = walkInAtCoordination("2026-11-12T10:00:00+07:00", 12);

        var refused = coordinate(caseId, organ, "2026-11-12T10:00:00+07:00");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("delegationSize");
        assertThat(refused.<String>get("rule")).isEqualTo("DELEGATION_SIZE");
        assertThat(message(refused)).contains("berjumlah 12 orang", "paling banyak 5 orang");
        var limit = Map.<String, Object>of("maxMembers", 12, "reason", "Perwakilan 12 desa terdampak banjir");
        assertThat(api.send(Api.as(
                                "kebumen.humas",
                                put("/api/v1/cases/{id}/delegation-limit", caseId)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(api.json(limit))))
                        .status())
                .isEqualTo(403);
        var set = api.send(Api.as(
                "kebumen.pimpinan",
                put("/api/v1/cases/{id}/delegation-limit", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(limit))));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.<Integer>get("delegationLimit")).isEqualTo(12);
        assertThat(set.<String>get("limitSet.reason")).isEqualTo("Perwakilan 12 desa terdampak banjir");

        agreed(caseId, organ, "2026-11-12T10:00:00+07:00");
        List<Map<String, Object>> history = api.view("kebumen.sekwan", caseId).get("history");
        assertThat(history)
                .filteredOn(e -> "delegation-limit".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("note")).isEqualTo("Perwakilan 12 desa terdampak banjir");
                    assertThat((Map<String, Object>) e.get("fields")).containsEntry("maxMembers", 12);
                });
    }

    Response arrival(String user, String caseId, List<Map<String, Object>> members) {
        return api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/audience/arrival", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("members", members)))));
    }

    Response notes(String user, String caseId, String notes, String outcome) {
        var body = new LinkedHashMap<String, Object>();
        body.put("notes", notes);
        body.put("outcome", outcome);
        return api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/audience/notes", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
    }

    static Map<String, Object> member(String name, String identityNumber) {
        var member = new LinkedHashMap<String, Object>();
        member.put("name", name);
        member.put("identityNumber", identityNumber);
        return member;
    }

    @Test
    void theGateRecordsTheArrivalAndMembersOnTheDayAndHumasWhatWasSaidOnTheCase() {
        var organ = newOrgan("Pansus Uji Kedatangan");
        var caseId = delegationAtCoordination("2026-11-11T10:00:00+07:00", Map.of());
        agreed(caseId, organ, "2026-11-11T10:00:00+07:00");
        var three = List.of(member("Sutrisno", null), member("Wagiyem", "3305014101900002"), member("Darmaji", null));

        var tooEarly = arrival("kebumen.humas", caseId, three);
        assertThat(tooEarly.status()).as(tooEarly.raw()).isEqualTo(422);
        assertThat(tooEarly.errorFields()).containsExactly("arrivedAt");

        clock.set(OffsetDateTime.parse("2026-11-11T09:50:00+07:00").toInstant());
        assertThat(notes("kebumen.humas", caseId, "Catatan", "Hasil").status()).isEqualTo(409);
        assertThat(arrival("kebumen.pimpinan", caseId, three).status()).isEqualTo(403);
        var six = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 6; i++) {
            six.add(member("Anggota " + i, null));
        }
        var tooMany = arrival("kebumen.humas", caseId, six);
        assertThat(tooMany.status()).as(tooMany.raw()).isEqualTo(422);
        assertThat(tooMany.errorFields()).containsExactly("members");
        var badNumber = arrival("kebumen.humas", caseId, List.of(member("Sutrisno", null), member("Wagiyem", "3305")));
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.errorFields()).containsExactly("members[1].identityNumber");

        var arrived = arrival("kebumen.humas", caseId, three);

        assertThat(arrived.status()).as(arrived.raw()).isEqualTo(200);
        assertThat(arrived.<String>get("audiences.0.status")).isEqualTo("HELD");
        assertThat(arrived.<List<Map<String, Object>>>get("audiences.0.members"))
                .extracting(m -> m.get("name"), m -> m.get("identityNumber"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sutrisno", null),
                        org.assertj.core.groups.Tuple.tuple("Wagiyem", "************0002"),
                        org.assertj.core.groups.Tuple.tuple("Darmaji", null));
        assertThat(arrival("kebumen.humas", caseId, three).status())
                .as("recorded once")
                .isEqualTo(409);
        var stored = jdbc.sql("select name || coalesce(identity_number, '') from audience_member m"
                        + " join audience a on a.id = m.audience_id where a.case_id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .list();
        assertThat(stored)
                .hasSize(3)
                .allSatisfy(value ->
                        assertThat(value).startsWith("v1:").doesNotContain("Sutrisno", "Wagiyem", "3305014101900002"));

        var recorded = notes(
                "kebumen.humas",
                caseId,
                "Delegasi menyampaikan kerusakan saluran irigasi.\nPansus berjanji meninjau lokasi.",
                "Peninjauan lapangan bersama Dinas PU pekan depan");

        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(200);
        assertThat(recorded.<String>get("audiences.0.outcome"))
                .isEqualTo("Peninjauan lapangan bersama Dinas PU pekan depan");
        assertThat(recorded.<String>get("audiences.0.notesRecordedBy")).isEqualTo("Staf Humas");
        List<Map<String, Object>> history = api.view("kebumen.sekwan", caseId).get("history");
        assertThat(history)
                .filteredOn(e -> "audience-arrival".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e.get("fields"))
                        .containsEntry("membersPresent", 3)
                        .containsEntry("arrivedAt", "2026-11-11T02:50:00Z")
                        .doesNotContainValue("Sutrisno"));
        assertThat(history)
                .filteredOn(e -> "audience-notes".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e.get("fields"))
                        .containsEntry("outcome", "Peninjauan lapangan bersama Dinas PU pekan depan"));
        List<Map<String, Object>> today = agenda("kebumen.sekwan", organ).get("upcoming");
        assertThat(today).singleElement().satisfies(e -> {
            assertThat(e.get("stage")).isEqualTo("RECORDED");
            assertThat(e.get("size")).isEqualTo(3);
            assertThat(e.get("delegation")).isEqualTo("Kelompok Tani Sido Makmur");
        });
    }

    @Test
    void withholdsTheMembersOfAConfidentialDelegationFromThoseWhoMayNotSeeItsIdentity() {
        var organ = newOrgan("Pansus Uji Rahasia");
        var caseId = delegationAtCoordination("2026-11-12T10:00:00+07:00", Map.of("confidential", true));
        agreed(caseId, organ, "2026-11-12T10:00:00+07:00");
        clock.set(OffsetDateTime.parse("2026-11-12T09:45:00+07:00").toInstant());
        assertThat(arrival("kebumen.petugas", caseId, List.of(member("Siti Aminah", "3305014101900001")))
                        .status())
                .isEqualTo(200);

        var leadership = api.send(Api.as("kebumen.pimpinan", get("/api/v1/cases/{id}/audiences", caseId)));
        var humas = api.send(Api.as("kebumen.humas", get("/api/v1/cases/{id}/audiences", caseId)));

        assertThat(leadership.<Boolean>get("identityWithheld")).isTrue();
        assertThat(leadership.<String>get("audiences.0.members.0.name")).isEqualTo("Dirahasiakan");
        assertThat(leadership.raw()).doesNotContain("Siti Aminah", "3305014101900001");
        assertThat(humas.<String>get("audiences.0.members.0.name")).isEqualTo("Siti Aminah");
        assertThat(humas.<String>get("audiences.0.members.0.identityNumber")).isEqualTo("************0001");
        assertThat(agenda("kebumen.sekwan", organ).<String>get("upcoming.0.delegation"))
                .isEqualTo("Dirahasiakan");
    }

    @Test
    void anOrgansAgendaListsItsAudiencesAndFlagsWhatItHasNotDiscussedForOverAMonth() {
        var organ = newOrgan("Pansus Uji Agenda");
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        letter.put("title", "Pungutan liar di pasar desa");
        String complaint = api.register("kebumen.umum", letter).get("case.id");
        assertThat(api.check("kebumen.umum", complaint, ALL_MET).status()).isEqualTo(200);
        act("kebumen.umum", complaint, "accept", Map.of());
        act("kebumen.petugas", complaint, "record", Map.of());
        act("kebumen.petugas", complaint, "forward", Map.of());
        act("kebumen.pengaduan", complaint, "forward", Map.of());
        act("kebumen.sekwan", complaint, "coordinate", Map.of("assignedUnit", organ.toString()));
        var delegation = delegationAtCoordination("2026-11-12T10:00:00+07:00", Map.of());
        agreed(delegation, organ, "2026-11-12T10:00:00+07:00");

        var fresh = agenda("kebumen.sekwan", organ);

        assertThat(fresh.status()).as(fresh.raw()).isEqualTo(200);
        assertThat(fresh.<String>get("unit.name")).isEqualTo("Pansus Uji Agenda");
        assertThat(fresh.<List<Map<String, Object>>>get("upcoming"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("caseId")).isEqualTo(delegation);
                    assertThat(e.get("stage")).isEqualTo("SCHEDULED");
                    assertThat(e.get("size")).isEqualTo(4);
                    assertThat((String) e.get("registrationNumber")).isNotBlank();
                });
        assertThat(fresh.<List<Map<String, Object>>>get("undiscussed"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.get("caseId")).isEqualTo(complaint);
                    assertThat(w.get("title")).isEqualTo("Pungutan liar di pasar desa");
                    assertThat(w.get("overdue")).isEqualTo(false);
                });

        clock.set(OffsetDateTime.parse("2026-12-04T09:00:00+07:00").toInstant());
        var aMonthLater = agenda("kebumen.sekwan", organ);
        assertThat(aMonthLater.<Boolean>get("undiscussed.0.overdue")).isTrue();
        assertThat(aMonthLater.<List<Map<String, Object>>>get("past"))
                .extracting(e -> e.get("caseId"), e -> e.get("stage"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(delegation, "NOT_RECORDED"));

        var discussed = api.send(Api.as(
                "kebumen.pengaduan",
                post("/api/v1/cases/{id}/discussions", complaint)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("discussedOn", "2026-12-03", "note", "Rapat Pansus 3 Desember")))));
        assertThat(discussed.status()).as(discussed.raw()).isEqualTo(204);
        assertThat(agenda("kebumen.sekwan", organ).<List<Object>>get("undiscussed"))
                .isEmpty();
        List<Map<String, Object>> history =
                api.view("kebumen.sekwan", complaint).get("history");
        assertThat(history)
                .filteredOn(e -> "organ-discussion".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e.get("fields"))
                        .containsEntry("unit", organ.toString())
                        .containsEntry("discussedOn", "2026-12-03"));
    }

    @Test
    void onlyStaffWhoReadAnOrgansCasesReadItsAgenda() {
        var komisiA = api.unit("dprd-kebumen", "komisi-a");
        var komisiC = api.unit("dprd-kebumen", "komisi-c");

        assertThat(agenda("kebumen.komisia", komisiA).status()).isEqualTo(200);
        assertThat(agenda("kebumen.komisia", komisiC).status()).isEqualTo(404);
        assertThat(agenda("kebumen.auditor", komisiC).status()).isEqualTo(200);
        assertThat(agenda("pekalongan.staf", komisiA).status()).isEqualTo(404);
        assertThat(agenda("sysadmin", komisiA).status()).isEqualTo(200);
        assertThat(api.send(get("/api/v1/units/{id}/agenda", komisiA)).status()).isEqualTo(401);
    }

    @SafeVarargs
    private static List<Integer> runTogether(Callable<Integer>... tasks) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.length)) {
            var futures = new ArrayList<Future<Integer>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<Integer>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
