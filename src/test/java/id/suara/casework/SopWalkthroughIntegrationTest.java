package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every shipped SOP end to end through the API, as the demo staff of each institution: the happy path to a
 * published answer, and every failure branch the SOP describes.
 */
@SuaraIntegrationTest
class SopWalkthroughIntegrationTest {

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    /** A case registered by staff, with what the complainant gets on the receipt. */
    record Registered(String caseId, String trackingNumber, String accessCode) {}

    Registered registerLetter(String user, String institution) {
        var letter = Api.webSubmission(institution);
        letter.put("channel", "LETTER");
        var response = api.register(user, letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new Registered(response.get("case.id"), response.get("trackingNumber"), response.get("accessCode"));
    }

    Registered submitOnline(String institution, Map<String, Object> changes) {
        var submission = Api.webSubmission(institution);
        submission.putAll(changes);
        var response = api.submit(submission);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var tracking = (String) response.get("trackingNumber");
        return new Registered(caseIdOf(tracking), tracking, response.get("accessCode"));
    }

    String caseIdOf(String trackingNumber) {
        var page = api.send(Api.as(
                "sysadmin",
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/cases")
                        .param("q", trackingNumber)));
        List<Map<String, Object>> items = page.get("items");
        assertThat(items).hasSize(1);
        return (String) items.getFirst().get("id");
    }

    Response act(String user, Registered c, String action, Map<String, Object> fields) {
        var response = api.act(user, c.caseId(), action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
        return response;
    }

    void check(String user, Registered c, Map<String, Boolean> items) {
        var response = api.check(user, c.caseId(), items);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    void assertAt(Registered c, String step, String status) {
        var view = api.view("sysadmin", c.caseId());
        assertThat((String) view.get("currentStep.code")).isEqualTo(step);
        assertThat((String) view.get("status")).isEqualTo(status);
    }

    void assertRefused(String user, Registered c, String action, Map<String, Object> fields, int status) {
        assertThat(api.act(user, c.caseId(), action, fields).status()).isEqualTo(status);
    }

    /** The public sees the answer and the closed status; every move is in the history. */
    void assertAnsweredPublicly(Registered c, String answer, int expectedMoves) {
        var tracked = api.track(c.trackingNumber(), c.accessCode());
        assertThat((String) tracked.get("status")).isEqualTo("COMPLETED");
        assertThat((String) tracked.get("answer")).isEqualTo(answer);
        assertThat(tracked.raw()).doesNotContain("Siti Aminah", "3305014101900001", "Dikerjakan oleh");
        List<Map<String, Object>> history = api.view("sysadmin", c.caseId()).get("history");
        assertThat(history.stream().filter(e -> !java.util.Objects.equals(e.get("fromStep"), e.get("toStep"))))
                .hasSize(expectedMoves);
        assertThat(history)
                .allSatisfy(e -> assertThat(e).containsKeys("occurredAt", "actorName", "fromStep", "toStep"));
    }

    static String inDays(int days, String offset) {
        return OffsetDateTime.now(ZoneOffset.of(offset))
                .plusDays(days)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toString();
    }

    /** The DPMD meeting result report, as the sub-coordinator drafts it (001 step 12). */
    Map<String, Object> meetingReport() {
        return fields(
                "type",
                "MEETING_REPORT",
                "subject",
                "Hasil rapat penanganan pengaduan",
                "body",
                "Rapat menyepakati pendampingan desa oleh bidang.",
                "signatoryId",
                api.signatory("dpmd-kukar").toString());
    }

    static Map<String, Object> fields(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Nested
    class KebumenWritten {

        @Test
        void movesALetterFromRegistrationToAPublishedAnswer() {
            var c = registerLetter("kebumen.umum", "dprd-kebumen");
            assertAt(c, "check-requirements", "REGISTERED");
            check("kebumen.umum", c, ALL_MET);
            act("kebumen.umum", c, "accept", Map.of());
            act("kebumen.petugas", c, "record", Map.of());
            act("kebumen.petugas", c, "forward", Map.of());
            act("kebumen.pengaduan", c, "forward", Map.of());
            act(
                    "kebumen.sekwan",
                    c,
                    "coordinate",
                    fields("assignedUnit", api.unit("dprd-kebumen", "komisi-c").toString()));
            act("kebumen.pimpinan", c, "approve", fields("direction", "Tindak lanjuti melalui rapat kerja Komisi C"));
            // the response letter is drafted, initialled, signed and delivered before the SOP moves on (003 steps 8–9)
            assertRefused("kebumen.pengaduan", c, "draft", Map.of(), 409);
            api.respondByPost(
                    "dprd-kebumen",
                    c.caseId(),
                    "kebumen.pengaduan",
                    "Dengan hormat, ...",
                    "kebumen.pengaduan",
                    "kebumen.sekwan");
            act("kebumen.pengaduan", c, "draft", Map.of());
            act("kebumen.pengaduan", c, "publish", fields("publicAnswer", "Komisi C menjadwalkan rapat kerja."));
            assertAt(c, "recap", "ANSWERED");
            act("kebumen.pengaduan", c, "recap", Map.of());
            assertAt(c, "completed", "COMPLETED");
            assertAnsweredPublicly(c, "Komisi C menjadwalkan rapat kerja.", 11);
        }

        @Test
        void archivesALetterThatLacksSupportingData() {
            var c = registerLetter("kebumen.umum", "dprd-kebumen");
            check(
                    "kebumen.umum",
                    c,
                    Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", false));
            assertRefused("kebumen.umum", c, "accept", Map.of(), 409);
            act("kebumen.umum", c, "archive", Map.of());
            assertAt(c, "archived", "ARCHIVED");
            assertRefused("kebumen.umum", c, "accept", Map.of(), 409);
            assertThat((String) api.track(c.trackingNumber(), c.accessCode()).get("status"))
                    .isEqualTo("ARCHIVED");
        }

        @Test
        void refusesToMoveBeforeTheRequirementsAreChecked() {
            var c = registerLetter("kebumen.umum", "dprd-kebumen");
            var response = api.act("kebumen.umum", c.caseId(), "accept", Map.of());
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.errorFields()).containsExactly("action");
        }

        @Test
        void refusesAStepToSomeoneWithoutItsRole() {
            var c = registerLetter("kebumen.umum", "dprd-kebumen");
            assertThat(api.check("kebumen.pimpinan", c.caseId(), ALL_MET).status())
                    .isEqualTo(403);
            check("kebumen.umum", c, ALL_MET);
            assertRefused("kebumen.petugas", c, "accept", Map.of(), 403);
            assertRefused("pekalongan.staf", c, "accept", Map.of(), 404);
        }

        @Test
        void requiresTheFieldsAnActionAsksFor() {
            var c = registerLetter("kebumen.umum", "dprd-kebumen");
            check("kebumen.umum", c, ALL_MET);
            act("kebumen.umum", c, "accept", Map.of());
            act("kebumen.petugas", c, "record", Map.of());
            act("kebumen.petugas", c, "forward", Map.of());
            act("kebumen.pengaduan", c, "forward", Map.of());
            var missing = api.act("kebumen.sekwan", c.caseId(), "coordinate", Map.of());
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.errorFields()).containsExactly("fields.assignedUnit");
            var foreignUnit = api.act(
                    "kebumen.sekwan",
                    c.caseId(),
                    "coordinate",
                    fields(
                            "assignedUnit",
                            api.unit("setwan-pekalongan", "komisi-a").toString()));
            assertThat(foreignUnit.errorFields()).containsExactly("fields.assignedUnit");
            var unknownField = api.act(
                    "kebumen.sekwan",
                    c.caseId(),
                    "coordinate",
                    fields("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString(), "colour", "red"));
            assertThat(unknownField.errorFields()).containsExactly("fields.colour");
            assertAt(c, "coordinate", "IN_PROGRESS");
        }
    }

    @Nested
    class KebumenOnline {

        @Test
        void movesAWebComplaintToAPublishedAnswer() {
            var c = submitOnline("dprd-kebumen", Map.of());
            assertAt(c, "check-requirements", "REGISTERED");
            check("kebumen.petugas", c, withAuthority(true));
            act("kebumen.petugas", c, "accept", Map.of());
            act("kebumen.petugas", c, "record", Map.of());
            act("kebumen.petugas", c, "forward", Map.of());
            act("kebumen.pengaduan", c, "forward", Map.of());
            act(
                    "kebumen.sekwan",
                    c,
                    "coordinate",
                    fields("assignedUnit", api.unit("dprd-kebumen", "pimpinan").toString()));
            act("kebumen.pimpinan", c, "approve", fields("direction", "Jawab sesuai data Dinas PU"));
            api.respondByPost(
                    "dprd-kebumen",
                    c.caseId(),
                    "kebumen.pengaduan",
                    "Surat tanggapan",
                    "kebumen.pengaduan",
                    "kebumen.sekwan");
            act("kebumen.pengaduan", c, "draft", Map.of());
            act("kebumen.pengaduan", c, "publish", fields("publicAnswer", "Perbaikan dijadwalkan tahun ini."));
            act("kebumen.pengaduan", c, "recap", Map.of());
            assertAnsweredPublicly(c, "Perbaikan dijadwalkan tahun ini.", 11);
        }

        @Test
        void archivesAComplaintOutsideTheCouncilsAuthority() {
            var c = submitOnline("dprd-kebumen", Map.of("channel", "MOBILE_APP"));
            check("kebumen.petugas", c, withAuthority(false));
            assertRefused("kebumen.petugas", c, "accept", Map.of(), 409);
            act("kebumen.petugas", c, "archive", Map.of());
            assertAt(c, "archived", "ARCHIVED");
        }

        @Test
        void refusesACheckThatLeavesOutARequiredItem() {
            var c = submitOnline("dprd-kebumen", Map.of());
            var response = api.check("kebumen.petugas", c.caseId(), ALL_MET);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("items.AUTHORITY");
        }

        private static Map<String, Boolean> withAuthority(boolean authority) {
            var items = new LinkedHashMap<>(ALL_MET);
            items.put("AUTHORITY", authority);
            return items;
        }
    }

    @Nested
    class KebumenInPerson {

        Registered requestAudience(int daysAhead) {
            var when = id.suara.test.Audiences.receptionTime(daysAhead);
            return submitOnline(
                    "dprd-kebumen",
                    Map.of("channel", "IN_PERSON", "audienceRequestedFor", when.toString(), "delegationSize", 4));
        }

        @Test
        void receivesADelegationThroughTheCommissionItWasDisposedTo() {
            var c = requestAudience(14);
            check("kebumen.petugas", c, ALL_MET);
            var checked = api.view("kebumen.petugas", c.caseId());
            assertThat((Boolean) checked.get("requirementCheck.latest.items.AUDIENCE_NOTICE"))
                    .isTrue();
            act("kebumen.petugas", c, "accept", Map.of());
            act("kebumen.petugas", c, "record", Map.of());
            act("kebumen.petugas", c, "forward", Map.of());
            act("kebumen.humas", c, "forward", Map.of());
            act(
                    "kebumen.sekwan",
                    c,
                    "coordinate",
                    fields("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString()));
            // another commission does not even find a case disposed to Komisi A (ADR 0014)
            assertRefused("kebumen.komisic", c, "receive", Map.of(), 404);
            act("kebumen.komisia", c, "receive", Map.of());
            act("kebumen.humas", c, "record", Map.of());
            act(
                    "kebumen.humas",
                    c,
                    "publish",
                    fields("publicAnswer", "Komisi A menerima delegasi dan akan memanggil dinas."));
            act("kebumen.humas", c, "recap", Map.of());
            assertAnsweredPublicly(c, "Komisi A menerima delegasi dan akan memanggil dinas.", 11);
        }

        @Test
        void returnsADelegationThatAskedLessThanThreeWorkingDaysAhead() {
            // the public form refuses so short a notice; a delegation registered at the desk is checked and returned
            var walkIn = Api.webSubmission("dprd-kebumen");
            walkIn.put("channel", "IN_PERSON");
            walkIn.put(
                    "audienceRequestedFor",
                    id.suara.test.Audiences.receptionTime(1).toString());
            walkIn.put("delegationSize", 4);
            var registered = api.register("kebumen.petugas", walkIn);
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            var c = new Registered(
                    registered.get("case.id"), registered.get("trackingNumber"), registered.get("accessCode"));
            check("kebumen.petugas", c, ALL_MET);
            var view = api.view("kebumen.petugas", c.caseId());
            assertThat((Boolean) view.get("requirementCheck.latest.items.AUDIENCE_NOTICE"))
                    .isFalse();
            assertRefused("kebumen.petugas", c, "accept", Map.of(), 409);
            act("kebumen.petugas", c, "return", Map.of());
            assertAt(c, "returned", "RETURNED");
        }

        @Test
        void redirectsADelegationWithIncompleteDocumentsToTheWrittenRoute() {
            var c = requestAudience(14);
            check(
                    "kebumen.petugas",
                    c,
                    Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", false));
            act("kebumen.petugas", c, "redirect", Map.of());
            assertAt(c, "redirected", "REDIRECTED");
        }

        @Test
        void offersAnotherDayOrTheWrittenRouteWhenTheLeadershipCannotReceive() {
            var c = requestAudience(14);
            check("kebumen.petugas", c, ALL_MET);
            act("kebumen.petugas", c, "accept", Map.of());
            act("kebumen.petugas", c, "record", Map.of());
            act("kebumen.petugas", c, "forward", Map.of());
            act("kebumen.humas", c, "forward", Map.of());
            act(
                    "kebumen.sekwan",
                    c,
                    "coordinate",
                    fields("assignedUnit", api.unit("dprd-kebumen", "pimpinan").toString()));
            act("kebumen.pimpinan", c, "receive", Map.of());
            // another day within reception hours: the agreed time keeps the audience rules (ADR 0026)
            var otherDay = id.suara.test.Audiences.receptionTime(21)
                    .withHour(9)
                    .withMinute(30)
                    .toString();
            var farFuture = api.act(
                    "kebumen.humas", c.caseId(), "reschedule", fields("meetingAt", "2199-01-05T09:00:00+07:00"));
            assertThat(farFuture.status()).isEqualTo(400);
            assertThat(farFuture.errorFields()).containsExactly("fields.meetingAt");
            act("kebumen.humas", c, "reschedule", fields("meetingAt", otherDay));
            assertAt(c, "receive-delegation", "IN_PROGRESS");
            act("kebumen.pimpinan", c, "receive", Map.of());
            act("kebumen.humas", c, "redirect", Map.of());
            assertAt(c, "redirected", "REDIRECTED");
        }
    }

    @Nested
    class Pekalongan {

        @Test
        void followsALetterUpThroughAMeetingToItsDistributedReport() {
            var c = registerLetter("pekalongan.staf", "setwan-pekalongan");
            assertAt(c, "follow-up-and-register", "REGISTERED");
            check("pekalongan.staf", c, Map.of("IDENTITY", true));
            act("pekalongan.staf", c, "accept", Map.of());
            act(
                    "pekalongan.kabag",
                    c,
                    "schedule",
                    fields(
                            "assignedUnit",
                            api.unit("setwan-pekalongan", "komisi-a").toString(),
                            "forum",
                            "RDPU",
                            "meetingAt",
                            inDays(10, "+07:00")));
            // the forum's meeting (ADR 0028): its invitation signed before the invitations go out
            var meeting = api.createMeeting(
                    "pekalongan.staf",
                    c.caseId(),
                    fields(
                            "kind",
                            "RDPU",
                            "title",
                            "Jalan desa rusak",
                            "startsAt",
                            inDays(10, "+07:00"),
                            "place",
                            "Ruang Rapat Komisi A",
                            "invitees",
                            "Ir. Bambang; Kepala Dinas PU"));
            assertThat(meeting.status()).as(meeting.raw()).isEqualTo(201);
            String meetingId = meeting.get("id");
            api.meetingLetterSigned(
                    "setwan-pekalongan",
                    meetingId,
                    "pekalongan.staf",
                    "INVITATION",
                    "pekalongan.kabag",
                    "pekalongan.sekwan");
            act("pekalongan.staf", c, "invite", Map.of());
            act("pekalongan.staf", c, "prepare", Map.of());
            assertThat(api.recordMinutes(
                                    "pekalongan.staf",
                                    meetingId,
                                    fields("decisions", List.of("Dinas PU menambal jalan."), "noteTaker", "Rina"))
                            .status())
                    .isEqualTo(201);
            act("pekalongan.staf", c, "record-minutes", Map.of());
            var report = api.meetingLetterSigned(
                    "setwan-pekalongan",
                    meetingId,
                    "pekalongan.staf",
                    "MEETING_REPORT",
                    "pekalongan.kabag",
                    "pekalongan.sekwan");
            act("pekalongan.staf", c, "copy-report", Map.of());
            assertThat(api.send(Api.as(
                                    "pekalongan.staf",
                                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                                    "/api/v1/cases/{id}/letters/{l}/posted",
                                                    c.caseId(),
                                                    report.get("id"))
                                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                            .content(api.json(Map.of("note", "Diantar kurir")))))
                            .status())
                    .isEqualTo(201);
            act("pekalongan.staf", c, "distribute", fields("publicAnswer", "RDPU Komisi A telah membahas aduan."));
            assertAnsweredPublicly(c, "RDPU Komisi A telah membahas aduan.", 9);
        }

        @Test
        void refusesAForumOutsideTheSopsList() {
            var c = registerLetter("pekalongan.staf", "setwan-pekalongan");
            check("pekalongan.staf", c, Map.of("IDENTITY", true));
            act("pekalongan.staf", c, "accept", Map.of());
            var response = api.act(
                    "pekalongan.kabag",
                    c.caseId(),
                    "schedule",
                    fields(
                            "assignedUnit",
                            api.unit("setwan-pekalongan", "komisi-a").toString(),
                            "forum",
                            "PARTY"));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("fields.forum");
        }

        @Test
        void archivesALetterWithoutTheSendersIdentity() {
            var c = registerLetter("pekalongan.staf", "setwan-pekalongan");
            check("pekalongan.staf", c, Map.of("IDENTITY", false));
            act("pekalongan.staf", c, "archive", Map.of());
            assertAt(c, "archived", "ARCHIVED");
        }
    }

    @Nested
    class KutaiKartanegara {

        @Test
        void handlesAComplaintThroughDispositionMeetingAndInitialsToTheHeadsSignature() {
            var c = registerLetter("kukar.umum", "dpmd-kukar");
            assertAt(c, "record-in-register", "REGISTERED");
            act("kukar.umum", c, "record", Map.of());
            act("kukar.umum", c, "forward", Map.of());
            assertRefused("kukar.subkoor", c, "receive", Map.of(), 403);
            act("kukar.kadis", c, "receive", Map.of());
            act("kukar.kadis", c, "assign", Map.of());
            act(
                    "kukar.sekdis",
                    c,
                    "assign-division",
                    fields("assignedUnit", api.unit("dpmd-kukar", "bidang-pm").toString()));
            act("kukar.kabid", c, "dispose", Map.of());
            act("kukar.subkoor", c, "review", Map.of());
            // the coordination meeting (001 steps 8–11, ADR 0028): each of its steps needs its record
            var meeting = api.createMeeting(
                    "kukar.subkoor",
                    c.caseId(),
                    fields(
                            "kind",
                            "RAKOR",
                            "title",
                            "Penanganan pengaduan dana desa",
                            "startsAt",
                            inDays(14, "+08:00"),
                            "place",
                            "Ruang Rapat DPMD",
                            "invitees",
                            "Kepala Desa Loa Janan; Pemerintah Desa"));
            assertThat(meeting.status()).as(meeting.raw()).isEqualTo(201);
            String meetingId = meeting.get("id");
            assertRefused("kukar.subkoor", c, "invite", fields("meetingAt", inDays(14, "+08:00")), 409);
            api.meetingLetterSigned(
                    "dpmd-kukar", meetingId, "kukar.subkoor", "INVITATION", "kukar.kabid", "kukar.kadis");
            act("kukar.subkoor", c, "invite", fields("meetingAt", inDays(14, "+08:00")));
            assertRefused("kukar.subkoor", c, "hold-meeting", Map.of(), 409);
            assertThat(api.meetingPost("kukar.subkoor", meetingId, "attendance-list", null)
                            .status())
                    .isEqualTo(201);
            assertThat(api.recordMinutes(
                                    "kukar.subkoor",
                                    meetingId,
                                    fields(
                                            "decisions",
                                            List.of("Bidang PM mendampingi desa."),
                                            "noteTaker",
                                            "Sub Koordinator"))
                            .status())
                    .isEqualTo(201);
            act("kukar.subkoor", c, "hold-meeting", Map.of());
            assertRefused("kukar.subkoor", c, "record-official-report", Map.of(), 409);
            api.meetingLetterSigned("dpmd-kukar", meetingId, "kukar.subkoor", "OFFICIAL_REPORT", "kukar.subkoor");
            act("kukar.subkoor", c, "record-official-report", Map.of());
            assertRefused("kukar.subkoor", c, "submit-report", Map.of(), 409);
            var report = api.draftLetter("kukar.subkoor", c.caseId(), meetingReport());
            assertThat(report.status()).as(report.raw()).isEqualTo(201);
            act("kukar.subkoor", c, "submit-report", Map.of());
            act("kukar.kabid", c, "initial", Map.of());
            act("kukar.sekdis", c, "initial", Map.of());
            act("kukar.kadis", c, "sign", Map.of());
            act("kukar.umum", c, "archive-records", Map.of());
            // the complainant is informed by the head's letter, delivered (001 step 17)
            assertRefused("kukar.umum", c, "inform", fields("publicAnswer", "Belum"), 409);
            api.respondByPost(
                    "dpmd-kukar",
                    c.caseId(),
                    "kukar.umum",
                    "Rapat koordinasi menyepakati pendampingan desa.",
                    "kukar.kabid",
                    "kukar.sekdis",
                    "kukar.kadis");
            act("kukar.umum", c, "inform", fields("publicAnswer", "Rapat koordinasi menyepakati pendampingan desa."));
            assertAnsweredPublicly(c, "Rapat koordinasi menyepakati pendampingan desa.", 18);
        }
    }

    @Nested
    class Demak {

        @Test
        void routesAComplaintToTheOfficeConcernedAndBackWithMonitoringWhileItWorks() {
            var c = submitOnline("diskominfo-demak", Map.of("channel", "SMS"));
            assertAt(c, "review-and-clarify", "REGISTERED");
            check("demak.admin-koordinator", c, Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true));
            act("demak.admin-koordinator", c, "accept", Map.of());
            act("demak.admin-koordinator", c, "verify", Map.of());
            act(
                    "demak.admin-koordinator",
                    c,
                    "forward",
                    fields("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString()));
            // another office does not even find a complaint forwarded to DPUPR (ADR 0014)
            assertRefused("demak.penghubung-dinkes", c, "answer", Map.of(), 404);
            act("demak.penghubung-dpupr", c, "answer", Map.of());
            act("demak.penghubung-dpupr", c, "send-answer", Map.of());
            act("demak.admin-koordinator", c, "monitor", Map.of());
            assertAt(c, "office-review", "IN_PROGRESS");
            act("demak.penghubung-dpupr", c, "answer", Map.of());
            act("demak.penghubung-dpupr", c, "send-answer", Map.of());
            act("demak.admin-koordinator", c, "accept", fields("publicAnswer", "DPUPR memperbaiki jalan pekan depan."));
            act("demak.admin-koordinator", c, "record-and-archive", Map.of());
            assertAnsweredPublicly(c, "DPUPR memperbaiki jalan pekan depan.", 12);
        }

        @Test
        void returnsAnUnclearComplaintToTheComplainant() {
            var c = submitOnline("diskominfo-demak", Map.of());
            check("demak.admin-koordinator", c, Map.of("IDENTITY", true, "PURPOSE", false, "SUBSTANCE", true));
            act("demak.admin-koordinator", c, "reject", Map.of());
            assertAt(c, "returned", "RETURNED");
        }
    }
}
