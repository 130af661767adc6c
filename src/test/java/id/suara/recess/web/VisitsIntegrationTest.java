package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.recess.AspirationCategory;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewAspiration;
import id.suara.recess.NewCouncilMember;
import id.suara.recess.PeriodKind;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessVisits;
import id.suara.recess.SourceLine;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Recess visits and the aspirations heard at them, through the API and the public agenda (ADR 0032). */
@SuaraIntegrationTest
class VisitsIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    RecessCalendar calendar;

    @Autowired
    CouncilMembers members;

    @Autowired
    RecessVisits visits;

    @Autowired
    SopVersions sops;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Council newCouncil() {
        return Council.create(institutions, staff, calendar, members, sops);
    }

    private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>>
            Response send(String user, B r) {
        return api.send(Api.as(user, r));
    }

    private Response postJson(String user, String url, Object body, Object... vars) {
        return send(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body)));
    }

    private static String visitsUrl(Council c) {
        return "/api/v1/institutions/" + c.id() + "/recesses/" + c.recess() + "/visits";
    }

    private static Map<String, Object> visit(UUID member, String startsAt, String district, String village) {
        var visit = new LinkedHashMap<String, Object>();
        visit.put("memberId", member);
        visit.put("startsAt", startsAt);
        visit.put("place", "Balai Desa " + village);
        visit.put("district", district);
        visit.put("village", village);
        visit.put("expectedParticipants", 80);
        return visit;
    }

    private String planned(String user, Council c, Map<String, Object> visit) {
        var response = postJson(user, visitsUrl(c), visit);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("id");
    }

    private static Map<String, Object> aspiration(String summary, String district, String village) {
        var a = new HashMap<String, Object>();
        a.put("groupName", "Kelompok Tani Makmur");
        a.put("district", district);
        a.put("village", village);
        a.put("summary", summary);
        a.put("problem", "Warga menyampaikan: " + summary + ". Sudah lama belum ditangani.");
        a.put("category", "INFRASTRUCTURE");
        a.put("urgency", "SEGERA");
        a.put("volume", 300);
        a.put("volumeUnit", "m");
        a.put("estimatedCost", 250000000);
        return a;
    }

    private Response record(String user, Council c, String visitId, Map<String, Object> aspiration) {
        return postJson(user, visitsUrl(c) + "/" + visitId + "/aspirations", aspiration);
    }

    private String recorded(String user, Council c, String visitId, Map<String, Object> aspiration) {
        var response = record(user, c, visitId, aspiration);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("id");
    }

    @Test
    void aVisitIsPlannedWithinTheRecessAtADistrictOfTheMembersDapilAndPublishedAtOnce() {
        var c = newCouncil();
        var response =
                postJson(c.officer(), visitsUrl(c), visit(c.ani(), "2027-04-20T09:00:00+07:00", "sruweng", "Sruweng"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat((String) response.get("district")).isEqualTo("Sruweng");
        assertThat((String) response.get("memberName")).isEqualTo("Ani Lestari");
        assertThat((String) response.get("factionName")).isEqualTo("Fraksi Karya Bangsa");
        assertThat((String) response.get("status")).isEqualTo("PLANNED");
        assertThat((Object) response.get("publishedAt")).isNotNull();
        assertThat((Boolean) response.get("lateNotice")).isFalse();

        var list = api.jsonList(
                send(c.reader(), get(visitsUrl(c) + "?member=" + c.ani())).raw());
        assertThat(list).extracting(v -> v.get("place")).containsExactly("Balai Desa Sruweng");
        assertThat(api.jsonList(send(c.reader(), get(visitsUrl(c) + "?member=" + c.budi()))
                        .raw()))
                .isEmpty();
    }

    @Test
    void aVisitOutsideTheRecessOrDapilOrWithoutAPlaceIsRefusedNamingEachField() {
        var c = newCouncil();
        // 24 April 23:30 in Jakarta is still in the recess, though it is the 24th 16:30 UTC
        planned(c.officer(), c, visit(c.ani(), "2027-04-24T23:30:00+07:00", "Kebumen", "Panjer"));
        // 25 April 00:30 in Jakarta is after the recess, though it is still the 24th in UTC
        var late = postJson(c.officer(), visitsUrl(c), visit(c.ani(), "2027-04-24T17:30:00Z", "Kebumen", "Panjer"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.errorFields()).containsExactly("startsAt");

        var wrong = visit(c.ani(), "2027-04-20T09:00:00+07:00", "Gombong", "Wero");
        wrong.put("place", " ");
        wrong.put("expectedParticipants", -1);
        var refused = postJson(c.officer(), visitsUrl(c), wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("district", "place", "expectedParticipants");

        var nobody = postJson(
                c.officer(), visitsUrl(c), visit(UUID.randomUUID(), "2027-04-20T09:00:00+07:00", "Kebumen", "X"));
        assertThat(nobody.errorFields()).contains("memberId");

        var session = calendar.periods(c.id(), 2027).stream()
                .filter(p -> p.kind() == PeriodKind.SESSION)
                .findFirst()
                .orElseThrow();
        var notARecess = postJson(
                c.officer(),
                "/api/v1/institutions/{id}/recesses/{recess}/visits",
                visit(c.ani(), "2027-02-01T09:00:00+07:00", "Kebumen", "X"),
                c.id(),
                session.id());
        assertThat(notARecess.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from recess_visit where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMemberOutOfOfficeDuringTheRecessHasNoVisit() {
        var c = newCouncil();
        var admin = staff.findByUsername(c.admin()).orElseThrow();
        var ani = members.findMember(c.id(), c.ani()).orElseThrow();
        members.changeMember(
                admin,
                c.institution(),
                c.ani(),
                new NewCouncilMember(
                        ani.name(), ani.factionId(), ani.dapilId(), ani.activeFrom(), LocalDate.of(2027, 3, 1), null));
        var refused = postJson(c.officer(), visitsUrl(c), visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "X"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("memberId");
    }

    @Test
    void aVisitPublishedLessThanThreeDaysBeforeItStartsIsFlaggedAsALateNoticeAndIsHeldOnceStarted() {
        var c = newCouncil();
        clock.set(Instant.parse("2027-04-18T03:00:00Z"));
        var id = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var early = planned(c.officer(), c, visit(c.ani(), "2027-04-22T09:00:00+07:00", "Kebumen", "Bumirejo"));
        var url = visitsUrl(c) + "/" + id;
        assertThat((Boolean) send(c.reader(), get(url)).get("lateNotice")).isTrue();
        assertThat((Boolean) send(c.reader(), get(visitsUrl(c) + "/" + early)).get("lateNotice"))
                .isFalse();

        var tooEarly = send(c.officer(), post(url + "/held"));
        assertThat(tooEarly.status()).isEqualTo(409);
        clock.set(Instant.parse("2027-04-20T04:00:00Z"));
        var held = send(c.officer(), post(url + "/held"));
        assertThat(held.status()).as(held.raw()).isEqualTo(200);
        assertThat((String) held.get("status")).isEqualTo("HELD");
        var again = send(c.officer(), post(url + "/cancel"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("status");
    }

    @Test
    void aChangedTimeIsPublishedAgainAndTheMemberStaysWithTheVisit() {
        var c = newCouncil();
        clock.set(Instant.parse("2027-04-01T03:00:00Z"));
        var id = planned(c.officer(), c, visit(c.ani(), "2027-04-22T09:00:00+07:00", "Kebumen", "Panjer"));
        clock.set(Instant.parse("2027-04-19T03:00:00Z"));
        var url = visitsUrl(c) + "/" + id;
        var moved = send(
                c.aniCompanion(),
                patch(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("startsAt", "2027-04-21T13:00:00+07:00"))));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat((Boolean) moved.get("lateNotice")).isTrue();
        assertThat((String) moved.get("place")).isEqualTo("Balai Desa Panjer");
        var otherMember = send(
                c.officer(),
                patch(url).contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("memberId", c.budi()))));
        assertThat(otherMember.status()).isEqualTo(400);
        assertThat(otherMember.errorFields()).containsExactly("memberId");
    }

    @Test
    void anAspirationOpensACaseOfKindAspirationOnChannelRecessTraceableToTheVisitAndMember() {
        var c = newCouncil();
        var visitId = planned(c.aniCompanion(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var entered = aspiration("Perbaikan jalan desa Panjer sepanjang 300 m", "Kebumen", "Panjer");
        entered.put("targetUnitId", c.office());
        var response = record(c.aniCompanion(), c, visitId, entered);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat((String) response.get("memberName")).isEqualTo("Ani Lestari");
        assertThat((String) response.get("visitId")).isEqualTo(visitId);
        assertThat((String) response.get("recessId")).isEqualTo(c.recess().toString());
        String caseId = response.get("caseId");

        var view = api.view(c.officer(), caseId);
        assertThat(view.status()).as(view.raw()).isEqualTo(200);
        assertThat((String) view.get("submission.kind")).isEqualTo("ASPIRATION");
        assertThat((String) view.get("submission.channel")).isEqualTo("RECESS");
        assertThat((String) view.get("submission.title")).isEqualTo("Perbaikan jalan desa Panjer sepanjang 300 m");
        assertThat((Boolean) view.get("submission.confidential")).isFalse();
        assertThat((String) view.get("category"))
                .as("the case is about what the aspiration is about")
                .isEqualTo("INFRASTRUCTURE");
        assertThat(visits.aspirationOfCase(UUID.fromString(caseId))).hasValueSatisfying(a -> {
            assertThat(a.memberId()).isEqualTo(c.ani());
            assertThat(a.visitId().toString()).isEqualTo(visitId);
            assertThat(a.volume()).isEqualByComparingTo("300");
            assertThat(a.estimatedCost()).isEqualByComparingTo("250000000");
        });
        assertThat(api.jsonList(send(c.reader(), get(visitsUrl(c) + "/" + visitId + "/aspirations"))
                        .raw()))
                .extracting(a -> a.get("caseId"))
                .containsExactly(caseId);
    }

    @Test
    void anAspirationHeardFromTheFloorNamesTheResidentsOfThePlaceAsAGroupAndAPersonByName() {
        var c = newCouncil();
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Sruweng", "Karangsari"));
        var floor = aspiration("Sumur bor untuk air bersih", "Sruweng", "Karangsari");
        floor.remove("groupName");
        var response = record(c.officer(), c, visitId, floor);
        var view = api.view(c.officer(), response.get("caseId"));
        assertThat((String) view.get("submission.complainant.type")).isEqualTo("GROUP");
        assertThat((String) view.get("submission.complainant.organisation"))
                .isEqualTo("Warga Karangsari, Kecamatan Sruweng");

        var person = aspiration("Sumur bor untuk air bersih", "Sruweng", "Karangsari");
        person.put("personName", "Pak Warno");
        var named =
                api.view(c.officer(), record(c.officer(), c, visitId, person).get("caseId"));
        assertThat((String) named.get("submission.complainant.type")).isEqualTo("INDIVIDUAL");
        assertThat((String) named.get("submission.complainant.name")).isEqualTo("Pak Warno");
        assertThat((String) named.get("submission.complainant.organisation")).isEqualTo("Kelompok Tani Makmur");
    }

    @Test
    void aBadAspirationIsRefusedNamingEachFieldAndOpensNoCase() {
        var c = newCouncil();
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var bad = aspiration("x".repeat(201), "Gombong", "Wero");
        bad.put("problem", "y".repeat(5001));
        bad.put("category", null);
        bad.put("urgency", "KILAT");
        bad.put("volume", 0);
        bad.put("estimatedCost", -5);
        bad.put("targetUnitId", UUID.randomUUID());
        var refused = record(c.officer(), c, visitId, bad);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields())
                .containsExactlyInAnyOrder(
                        "district",
                        "summary",
                        "problem",
                        "category",
                        "urgency",
                        "volume",
                        "estimatedCost",
                        "targetUnitId");
        var unitWithoutVolume = aspiration("Lampu jalan", "Kebumen", "Panjer");
        unitWithoutVolume.remove("volume");
        assertThat(record(c.officer(), c, visitId, unitWithoutVolume).errorFields())
                .containsExactly("volume");
        assertThat(jdbc.sql("select count(*) from submission where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void whereNoProcedureTakesRecessAspirationsAnAspirationIsRefusedOnChannelAndNothingIsStored() {
        var c = Council.create(institutions, staff, calendar, members, sops, "kebumen-in-person");
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var refused = record(c.officer(), c, visitId, aspiration("Jalan desa", "Kebumen", "Panjer"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("channel");
        assertThat(jdbc.sql("select count(*) from recess_aspiration where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSameSourceLineEnteredTwiceCreatesOneAspirationAndOneCase() {
        var c = newCouncil();
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var officer = staff.findByUsername(c.officer()).orElseThrow();
        var entered = new NewAspiration(
                "Pak Warno",
                null,
                "Kebumen",
                "Panjer",
                "Talud sungai di RT 02",
                "Talud longsor saat hujan",
                AspirationCategory.ENVIRONMENT,
                "SANGAT_SEGERA",
                null,
                null,
                null,
                null,
                new SourceLine("RS-7Q2K-A1", 3));
        assertThat(visits.recordAspiration(officer, c.institution(), UUID.fromString(visitId), entered))
                .isTrue();
        assertThat(visits.recordAspiration(officer, c.institution(), UUID.fromString(visitId), entered))
                .isFalse();
        var again = record(
                c.officer(),
                c,
                visitId,
                Map.of(
                        "district", "Kebumen",
                        "summary", "Talud sungai di RT 02",
                        "problem", "Talud longsor",
                        "category", "ENVIRONMENT",
                        "urgency", "SEGERA",
                        "source", Map.of("sheet", "RS-7Q2K-A1", "line", 3)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from recess_aspiration where visit_id = ?")
                        .param(UUID.fromString(visitId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from submission where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var attendee = Map.<String, Object>of(
                "name", "Siti", "invited", false, "attended", true, "source", Map.of("sheet", "RS-7Q2K-A2", "line", 1));
        var url = visitsUrl(c) + "/" + visitId + "/attendees";
        assertThat(postJson(c.officer(), url, attendee).status()).isEqualTo(201);
        assertThat(postJson(c.officer(), url, attendee).status()).isEqualTo(200);
        assertThat(api.jsonList(send(c.reader(), get(url)).raw())).hasSize(1);
    }

    @Test
    void theGuestListAndAttendanceKeepInvitedAndAttendedAndAnEntryByMistakeIsRemoved() {
        var c = newCouncil();
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var url = visitsUrl(c) + "/" + visitId + "/attendees";
        var neither = postJson(c.aniCompanion(), url, Map.of("name", "Siti", "invited", false, "attended", false));
        assertThat(neither.errorFields()).containsExactly("attended");
        var invited = postJson(
                c.aniCompanion(), url, Map.of("name", "Kepala Desa Panjer", "invited", true, "attended", true));
        assertThat(invited.status()).isEqualTo(201);
        String attendeeId = invited.get("id");
        assertThat(send(c.aniCompanion(), delete(url + "/" + attendeeId)).status())
                .isEqualTo(204);
        assertThat(api.jsonList(send(c.reader(), get(url)).raw())).isEmpty();
    }

    @Test
    void companionsAndTheMemberChangeOnlyThatMembersVisitsReadersReadAndOtherInstitutionsSeeNothing() {
        var c = newCouncil();
        var aniVisit = planned(c.aniCompanion(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var budiVisit = planned(c.budiAccount(), c, visit(c.budi(), "2027-04-21T09:00:00+07:00", "Sruweng", "Sruweng"));

        var companionForOther =
                postJson(c.aniCompanion(), visitsUrl(c), visit(c.budi(), "2027-04-22T09:00:00+07:00", "Kebumen", "X"));
        assertThat(companionForOther.status()).isEqualTo(403);
        assertThat(record(c.aniCompanion(), c, budiVisit, aspiration("Jalan", "Kebumen", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(record(c.budiAccount(), c, aniVisit, aspiration("Jalan", "Kebumen", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(postJson(c.reader(), visitsUrl(c), visit(c.ani(), "2027-04-22T09:00:00+07:00", "Kebumen", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(send(c.reader(), get(visitsUrl(c) + "/" + budiVisit)).status())
                .isEqualTo(200);

        var other = newCouncil();
        assertThat(send(other.officer(), get(visitsUrl(c))).status()).isEqualTo(404);
        assertThat(send(other.officer(), get(visitsUrl(c) + "/" + aniVisit)).status())
                .isEqualTo(404);
        assertThat(record(other.officer(), c, aniVisit, aspiration("Jalan", "Kebumen", "X"))
                        .status())
                .isEqualTo(404);
        // a visit of another institution under one's own path is not found either
        assertThat(send(other.officer(), get(visitsUrl(other) + "/" + aniVisit)).status())
                .isEqualTo(404);
    }

    @Test
    void groupingSuggestsTwoMembersSameNeedAtTheSamePlaceButNotUnrelatedOnesAndUngroupingKeepsEveryCase() {
        var c = newCouncil();
        var aniVisit = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var budiVisit = planned(c.officer(), c, visit(c.budi(), "2027-04-21T09:00:00+07:00", "Kebumen", "Panjer"));
        var aniRoad = recorded(
                c.officer(), c, aniVisit, aspiration("Perbaikan jalan desa Panjer 300 m", "Kebumen", "Panjer"));
        var budiRoad = recorded(
                c.officer(), c, budiVisit, aspiration("Mohon perbaikan jalan Desa Panjer", "kebumen", "panjer"));
        var budiSchool =
                recorded(c.officer(), c, budiVisit, aspiration("Rehab gedung SD Negeri 2", "Kebumen", "Panjer"));
        // the same need of the same member, and the same need at another village, are not suggested
        recorded(c.officer(), c, aniVisit, aspiration("Perbaikan jalan desa Panjer ruas utara", "Kebumen", "Panjer"));
        recorded(c.officer(), c, budiVisit, aspiration("Perbaikan jalan desa", "Kebumen", "Bumirejo"));

        var groupsUrl = "/api/v1/institutions/" + c.id() + "/recesses/" + c.recess() + "/aspiration-groups";
        var suggestions =
                api.jsonList(send(c.reader(), get(groupsUrl + "/suggestions")).raw());
        assertThat(suggestions).hasSize(1);
        @SuppressWarnings("unchecked")
        var suggested = ((List<Map<String, Object>>) suggestions.getFirst().get("aspirations"))
                .stream().map(a -> a.get("id")).toList();
        assertThat(suggested).contains(aniRoad, budiRoad).doesNotContain(budiSchool);

        assertThat(postJson(
                                c.aniCompanion(),
                                groupsUrl,
                                Map.of("title", "Jalan Panjer", "aspirationIds", List.of(aniRoad, budiRoad)))
                        .status())
                .isEqualTo(403);
        var group = postJson(
                c.officer(),
                groupsUrl,
                Map.of("title", "Perbaikan jalan Desa Panjer", "aspirationIds", List.of(aniRoad, budiRoad)));
        assertThat(group.status()).as(group.raw()).isEqualTo(201);
        String groupId = group.get("id");
        var twice = postJson(
                c.officer(), groupsUrl, Map.of("title", "Lagi", "aspirationIds", List.of(aniRoad, budiSchool)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("aspirationIds");

        var listed = api.jsonList(send(c.reader(), get(groupsUrl)).raw());
        assertThat(listed).hasSize(1);
        @SuppressWarnings("unchecked")
        var grouped = (List<Map<String, Object>>) listed.getFirst().get("aspirations");
        assertThat(grouped)
                .extracting(a -> a.get("memberName"))
                .containsExactlyInAnyOrder("Ani Lestari", "Budi Santoso");
        assertThat(grouped).allSatisfy(a -> assertThat(a.get("caseId")).isNotNull());

        assertThat(send(c.officer(), delete(groupsUrl + "/" + groupId)).status())
                .isEqualTo(204);
        assertThat(api.jsonList(send(c.reader(), get(groupsUrl)).raw())).isEmpty();
        assertThat(jdbc.sql("select count(*) from recess_aspiration where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from submission where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aCompanionUploadsAPhotoWithACaptionWhichStaffDownloadAndOnlyImagesAreAccepted() throws Exception {
        var c = newCouncil();
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var url = visitsUrl(c) + "/" + visitId + "/photos";
        var png = id.suara.test.TestFiles.png();
        var uploaded = send(
                c.aniCompanion(),
                multipart(url)
                        .file(new MockMultipartFile("file", "suasana.png", "image/png", png))
                        .param("caption", "Suasana reses di Balai Desa Panjer"));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String photoId = uploaded.get("id");
        assertThat((String) uploaded.get("mediaType")).isEqualTo("image/png");

        var pdf = send(
                c.aniCompanion(),
                multipart(url)
                        .file(new MockMultipartFile(
                                "file", "undangan.pdf", "application/pdf", id.suara.test.TestFiles.pdf())));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.errorFields()).containsExactly("file");
        var disguised = send(
                c.aniCompanion(),
                multipart(url)
                        .file(new MockMultipartFile("file", "foto.png", "image/png", id.suara.test.TestFiles.pdf())));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(send(c.budiAccount(), multipart(url).file(new MockMultipartFile("file", "a.png", "image/png", png)))
                        .status())
                .isEqualTo(403);

        var captioned = send(
                c.aniCompanion(),
                patch(url + "/" + photoId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("caption", "Warga menyampaikan aspirasi"))));
        assertThat((String) captioned.get("caption")).isEqualTo("Warga menyampaikan aspirasi");
        assertThat(api.jsonList(send(c.reader(), get(url)).raw())).hasSize(1);
        var download = mvc.perform(Api.as(c.reader(), get(url + "/" + photoId)))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(png);
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        var other = newCouncil();
        assertThat(mvc.perform(Api.as(other.officer(), get(url + "/" + photoId)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anAspirationIsAddedToAGroupAndTakenOutAndAGroupLeftWithOneIsDissolvedKeepingEveryCase() {
        var c = newCouncil();
        var aniVisit = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var budiVisit = planned(c.officer(), c, visit(c.budi(), "2027-04-21T09:00:00+07:00", "Kebumen", "Panjer"));
        var one = recorded(c.officer(), c, aniVisit, aspiration("Sumur bor Desa Panjer", "Kebumen", "Panjer"));
        var two = recorded(c.officer(), c, budiVisit, aspiration("Sumur bor untuk Panjer", "Kebumen", "Panjer"));
        var three = recorded(c.officer(), c, budiVisit, aspiration("Sumur bor di RT 02 Panjer", "Kebumen", "Panjer"));
        var groupsUrl = "/api/v1/institutions/" + c.id() + "/recesses/" + c.recess() + "/aspiration-groups";
        String groupId = postJson(
                        c.officer(), groupsUrl, Map.of("title", "Sumur bor Panjer", "aspirationIds", List.of(one, two)))
                .get("id");
        var added = postJson(
                c.officer(), groupsUrl + "/" + groupId + "/aspirations", Map.of("aspirationIds", List.of(three)));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        assertThat((List<?>) added.get("aspirations")).hasSize(3);

        assertThat(send(c.officer(), delete(groupsUrl + "/" + groupId + "/aspirations/" + three))
                        .status())
                .isEqualTo(204);
        assertThat(send(c.officer(), delete(groupsUrl + "/" + groupId + "/aspirations/" + two))
                        .status())
                .isEqualTo(204);
        // one left: the group is dissolved, its aspirations and cases stay
        assertThat(api.jsonList(send(c.reader(), get(groupsUrl)).raw())).isEmpty();
        assertThat(jdbc.sql("select count(*) from recess_aspiration_group where institution_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from recess_aspiration a join case_file f on f.id = a.case_id"
                                + " where a.institution_id = ? and a.group_id is null")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theSheetOfAVisitNamesTheRecessMemberFactionAndDapil() {
        var c = newCouncil();
        var visitId = planned(c.officer(), c, visit(c.ani(), "2027-04-20T09:00:00+07:00", "Kebumen", "Panjer"));
        var sheet = visits.sheetOf(c.id(), UUID.fromString(visitId)).orElseThrow();
        assertThat(sheet.recessLabel()).isEqualTo("Masa Reses I Tahun 2027");
        assertThat(sheet.memberName()).isEqualTo("Ani Lestari");
        assertThat(sheet.factionName()).isEqualTo("Fraksi Karya Bangsa");
        assertThat(sheet.dapilName()).isEqualTo("Uji 1");
        assertThat(sheet.districts()).containsExactly("Kebumen", "Sruweng", "Pejagoan");
        assertThat(sheet.startsAt()).isEqualTo(OffsetDateTime.parse("2027-04-20T09:00:00+07:00"));
        assertThat(sheet.startsAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(visits.sheetOf(newCouncil().id(), UUID.fromString(visitId))).isEmpty();
    }
}
