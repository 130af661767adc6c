package id.suara.casework;

import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Changes to a meeting after it was scheduled (ADR 0028): its details edited, its time moved with a reason, the meeting
 * cancelled, a case removed; each checked against the version it was made on, refused where it makes no sense, and
 * recorded on the meeting, in the history of each case it discusses and in the audit log. An invitation signed for the
 * old date is flagged until its corrected version is signed.
 */
@SuaraIntegrationTest
class MeetingChangesIntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    Api api;

    String registeredLetter() {
        var letter = Api.webSubmission("setwan-pekalongan");
        letter.put("channel", "LETTER");
        var response = api.register("pekalongan.staf", letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("case.id");
    }

    static OffsetDateTime daysAhead(int days) {
        return OffsetDateTime.now(WIB)
                .plusDays(days)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
    }

    Map<String, Object> meeting(OffsetDateTime at, List<String> caseIds) {
        var meeting = new LinkedHashMap<String, Object>();
        meeting.put("kind", "RDP");
        meeting.put("title", "Jalan desa rusak di Sruweng");
        meeting.put("agenda", "Pembahasan pengaduan jalan desa rusak");
        meeting.put("startsAt", at.toString());
        meeting.put("place", "Ruang Rapat Komisi A");
        meeting.put("chair", "Ketua Komisi A");
        meeting.put("invitees", "Ir. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum");
        meeting.put("caseIds", caseIds);
        return meeting;
    }

    /** A meeting discussing the given cases, scheduled by the clerk; its view. */
    Api.Response scheduled(OffsetDateTime at, String... caseIds) {
        var created = api.createMeeting("pekalongan.staf", caseIds[0], meeting(at, List.of(caseIds)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created;
    }

    /** The meeting's details as they stand, with some changed, as a PUT sends them. */
    static Map<String, Object> edit(Api.Response meeting, Object... changes) {
        var edit = new LinkedHashMap<String, Object>();
        for (var field : List.of("kind", "title", "agenda", "startsAt", "place", "chair", "unitId", "version")) {
            edit.put(field, meeting.get(field));
        }
        List<Map<String, Object>> invitees = meeting.get("invitees");
        edit.put(
                "invitees",
                String.join(
                        "\n",
                        invitees.stream()
                                .map(i -> i.get("name") + "; " + i.get("position"))
                                .toList()));
        for (int i = 0; i < changes.length; i += 2) {
            edit.put((String) changes[i], changes[i + 1]);
        }
        return edit;
    }

    Api.Response update(String user, Object meetingId, Map<String, Object> edit) {
        return api.send(Api.as(
                user,
                put("/api/v1/meetings/{id}", meetingId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(edit))));
    }

    Api.Response cancel(String user, Object meetingId, Map<String, Object> body) {
        return api.meetingPost(user, meetingId, "cancel", body);
    }

    Api.Response meeting(Object meetingId) {
        return api.send(Api.as("pekalongan.staf", get("/api/v1/meetings/{id}", meetingId)));
    }

    List<Map<String, Object>> history(String caseId, String action) {
        List<Map<String, Object>> history = api.view("pekalongan.staf", caseId).get("history");
        return history.stream().filter(e -> action.equals(e.get("action"))).toList();
    }

    List<String> auditActions(Object meetingId) {
        var found = api.send(Api.as(
                "sysadmin",
                get("/api/v1/audit").param("subjectType", "meeting").param("subjectId", (String) meetingId)));
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        List<Map<String, Object>> items = found.get("items");
        return items.stream().map(i -> (String) i.get("action")).toList();
    }

    @Test
    void aPostponedMeetingIsRecordedOnTheMeetingInTheHistoryOfEachCaseItDiscussesAndInTheAuditLog() {
        var first = registeredLetter();
        var second = registeredLetter();
        var at = daysAhead(10);
        var created = scheduled(at, first, second);
        String meetingId = created.get("id");
        assertThat(history(first, Meetings.SCHEDULED)).hasSize(1);
        assertThat(history(second, Meetings.SCHEDULED)).hasSize(1);

        var later = daysAhead(17).withHour(13);
        var moved = update(
                "pekalongan.staf",
                meetingId,
                edit(
                        created,
                        "startsAt",
                        later.toString(),
                        "place",
                        "Ruang Paripurna",
                        "reason",
                        "Kepala Dinas PU menghadiri rapat di provinsi"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(moved.get("startsAt")).toInstant()).isEqualTo(later.toInstant());
        assertThat((Integer) moved.get("version")).isEqualTo((Integer) created.get("version") + 1);
        List<Map<String, Object>> changes = moved.get("changes");
        assertThat(changes).extracting(c -> c.get("kind")).containsExactly("SCHEDULED", "RESCHEDULED");
        assertThat(changes.getLast())
                .containsEntry("reason", "Kepala Dinas PU menghadiri rapat di provinsi")
                .containsEntry("byName", "Staf Sekretariat DPRD");
        assertThat((List<Map<String, Object>>) changes.getLast().get("fields"))
                .extracting(f -> f.get("field"), f -> f.get("after"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "startsAt", later.toInstant().toString()),
                        org.assertj.core.groups.Tuple.tuple("place", "Ruang Paripurna"));

        for (var caseId : List.of(first, second)) {
            var entries = history(caseId, Meetings.RESCHEDULED);
            assertThat(entries).hasSize(1);
            var entry = entries.getFirst();
            assertThat(entry.get("note")).isEqualTo("Kepala Dinas PU menghadiri rapat di provinsi");
            assertThat((Map<String, Object>) entry.get("fields"))
                    .containsEntry("meetingId", meetingId)
                    .containsEntry("previousStartsAt", at.toInstant().toString())
                    .containsEntry("startsAt", later.toInstant().toString())
                    .containsEntry("previousPlace", "Ruang Rapat Komisi A")
                    .containsEntry("place", "Ruang Paripurna")
                    .containsEntry("changed", "startsAt,place");
            // a record of the meeting does not move the case
            assertThat(entry.get("fromStep")).isEqualTo(entry.get("toStep"));
        }
        assertThat(auditActions(meetingId)).containsExactly("meeting.rescheduled", "meeting.scheduled");
    }

    @Test
    void correctingADetailIsRecordedWithoutAReasonAndAnUnchangedMeetingRecordsNothing() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");
        var same = update("pekalongan.staf", meetingId, edit(created));
        assertThat(same.status()).as(same.raw()).isEqualTo(200);
        assertThat((Integer) same.get("version")).isEqualTo((Integer) created.get("version"));

        var corrected = update("pekalongan.staf", meetingId, edit(created, "chair", "Wakil Ketua Komisi A"));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat((String) corrected.get("chair")).isEqualTo("Wakil Ketua Komisi A");
        assertThat(history(caseId, Meetings.CHANGED))
                .singleElement()
                .satisfies(
                        e -> assertThat((Map<String, Object>) e.get("fields")).containsEntry("changed", "chair"));
        assertThat(auditActions(meetingId)).containsExactly("meeting.changed", "meeting.scheduled");
    }

    @Test
    void movingAMeetingNeedsAReasonAndATimeStillToComeAndKeepsNothingWhenRefused() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");

        var withoutReason = update(
                "pekalongan.staf",
                meetingId,
                edit(created, "startsAt", daysAhead(12).toString()));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.errorFields()).containsExactly("reason");

        var past = update(
                "pekalongan.staf",
                meetingId,
                edit(created, "startsAt", daysAhead(-2).toString(), "reason", "Salah ketik"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorFields()).containsExactly("startsAt");

        var missing = update("pekalongan.staf", meetingId, edit(created, "place", " ", "title", null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("title", "place");

        var unchanged = meeting(meetingId);
        assertThat((String) unchanged.get("startsAt")).isEqualTo(created.get("startsAt"));
        assertThat((Integer) unchanged.get("version")).isEqualTo((Integer) created.get("version"));
        assertThat(history(caseId, Meetings.RESCHEDULED)).isEmpty();
    }

    @Test
    void aChangeMadeOnAnOlderVersionOfTheMeetingIsRefusedNamingTheVersion() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");
        assertThat(update("pekalongan.staf", meetingId, edit(created, "chair", "Wakil Ketua Komisi A"))
                        .status())
                .isEqualTo(200);
        // a second clerk still looking at the first version
        var stale = update("pekalongan.kabag", meetingId, edit(created, "place", "Ruang Paripurna"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        var staleCancel = cancel(
                "pekalongan.kabag", meetingId, Map.of("reason", "Tidak jadi", "version", created.get("version")));
        assertThat(staleCancel.status()).isEqualTo(409);
        assertThat(staleCancel.errorFields()).containsExactly("version");
        assertThat((String) meeting(meetingId).get("place")).isEqualTo("Ruang Rapat Komisi A");

        var withoutVersion = edit(created, "place", "Ruang Paripurna");
        withoutVersion.remove("version");
        assertThat(update("pekalongan.staf", meetingId, withoutVersion).errorFields())
                .containsExactly("version");
    }

    @Test
    void aHeldMeetingKeepsItsTimeAndIsNotCancelledButItsDetailsCanBeCorrected() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");
        var minutes = api.recordMinutes(
                "pekalongan.staf",
                meetingId,
                Map.of("decisions", List.of("Dinas PU menambal jalan."), "noteTaker", "Rina Wulandari"));
        assertThat(minutes.status()).as(minutes.raw()).isEqualTo(201);

        var moved = update(
                "pekalongan.staf",
                meetingId,
                edit(created, "startsAt", daysAhead(12).toString(), "reason", "Ditunda"));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.errorFields()).containsExactly("startsAt");
        var cancelled = cancel("pekalongan.staf", meetingId, Map.of("reason", "Ditunda", "version", 0));
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.errorFields()).containsExactly("status");
        assertThat(update("pekalongan.staf", meetingId, edit(created, "chair", "Wakil Ketua Komisi A"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCancelledMeetingTellsEveryCaseWhyAndChangesNoMore() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");
        var room = api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "logistics",
                Map.of(
                        "item",
                        "ROOM",
                        "ownerName",
                        "Subbagian Rumah Tangga",
                        "dueOn",
                        daysAhead(-1).toLocalDate().toString()));
        assertThat(room.status()).isEqualTo(201);
        assertThat((Boolean) room.get("logistics.0.overdue")).isTrue();

        var withoutReason = cancel("pekalongan.staf", meetingId, Map.of("version", 0));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.errorFields()).containsExactly("reason");

        var cancelled =
                cancel("pekalongan.staf", meetingId, Map.of("reason", "Pengadu mencabut aduannya", "version", 0));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat((String) cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat((String) cancelled.get("cancelReason")).isEqualTo("Pengadu mencabut aduannya");
        assertThat((String) cancelled.get("cancelledAt")).isNotNull();
        // its preparations are no longer due
        assertThat((Boolean) cancelled.get("logistics.0.overdue")).isFalse();
        assertThat(history(caseId, Meetings.CANCELLED))
                .singleElement()
                .satisfies(e -> assertThat(e.get("note")).isEqualTo("Pengadu mencabut aduannya"));
        assertThat(auditActions(meetingId)).startsWith("meeting.cancelled");

        var version = (Integer) cancelled.get("version");
        assertThat(update("pekalongan.staf", meetingId, edit(cancelled, "chair", "Lain"))
                        .errorFields())
                .containsExactly("status");
        assertThat(cancel("pekalongan.staf", meetingId, Map.of("reason", "Lagi", "version", version))
                        .errorFields())
                .containsExactly("status");
        for (var refused : List.of(
                api.meetingPost(
                        "pekalongan.staf",
                        meetingId,
                        "logistics",
                        Map.of("item", "CATERING", "ownerName", "Bagian Umum", "dueOn", "2027-01-04")),
                api.meetingPost("pekalongan.staf", meetingId, "attendance-list", null),
                api.recordMinutes("pekalongan.staf", meetingId, Map.of("decisions", List.of("X"), "noteTaker", "Rina")),
                api.meetingPost(
                        "pekalongan.staf",
                        meetingId,
                        "letters",
                        Map.of("type", "INVITATION", "signatoryId", api.signatory("setwan-pekalongan"))),
                api.meetingPost("pekalongan.staf", meetingId, "cases", Map.of("caseId", registeredLetter())))) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.errorFields()).containsExactly("status");
        }
    }

    @Test
    void aCaseIsRemovedWithItsHistoryButNotTheOnlyCaseNorTheFirstOnceTheMeetingsLettersAreMadeUnderIt() {
        var first = registeredLetter();
        var second = registeredLetter();
        var created = scheduled(daysAhead(10), first, second);
        String meetingId = created.get("id");
        var invitation = api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "letters",
                Map.of("type", "INVITATION", "signatoryId", api.signatory("setwan-pekalongan")));
        assertThat(invitation.status()).isEqualTo(201);
        int version = meeting(meetingId).get("version");

        var firstRefused =
                api.meetingPost("pekalongan.staf", meetingId, "cases/" + first + "/remove", Map.of("version", version));
        assertThat(firstRefused.status()).isEqualTo(409);
        assertThat(firstRefused.errorFields()).containsExactly("caseId");

        var removed = api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "cases/" + second + "/remove",
                Map.of("version", version, "reason", "Dibahas tersendiri"));
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) removed.get("cases"))
                .extracting(c -> c.get("id"))
                .containsExactly(first);
        assertThat(history(second, Meetings.CASE_REMOVED))
                .singleElement()
                .satisfies(e -> assertThat(e.get("note")).isEqualTo("Dibahas tersendiri"));
        assertThat(history(first, Meetings.CASE_REMOVED)).isEmpty();
        assertThat(api.send(Api.as("pekalongan.staf", get("/api/v1/cases/{id}/meetings", second)))
                        .raw())
                .isEqualTo("[]");
        assertThat(auditActions(meetingId)).startsWith("meeting.case-removed");

        var only =
                api.meetingPost("pekalongan.staf", meetingId, "cases/" + first + "/remove", Map.of("version", (Integer)
                        removed.get("version")));
        assertThat(only.status()).isEqualTo(409);
        assertThat(only.errorFields()).containsExactly("caseId");

        // added again: recorded in its history too
        var added = api.meetingPost("pekalongan.staf", meetingId, "cases", Map.of("caseId", second));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        assertThat(history(second, Meetings.CASE_ADDED)).hasSize(1);
    }

    @Test
    void anInvitationSignedForTheOldDateIsFlaggedUntilItsCorrectedVersionIsSignedUnderTheSameNumber() throws Exception {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");
        var signed = api.meetingLetterSigned(
                "setwan-pekalongan",
                meetingId,
                "pekalongan.staf",
                "INVITATION",
                "pekalongan.kabag",
                "pekalongan.sekwan");
        String letterId = signed.get("id");
        String number = signed.get("number");
        List<Map<String, Object>> letters = meeting(meetingId).get("letters");
        assertThat(letters)
                .singleElement()
                .satisfies(l -> assertThat((List<?>) l.get("outdated")).isEmpty());

        var later = daysAhead(20).withHour(13).withMinute(30);
        var moved = update(
                "pekalongan.staf",
                meetingId,
                edit(meeting(meetingId), "startsAt", later.toString(), "reason", "Bentrok dengan rapat paripurna"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) moved.get("letters"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l).containsEntry("status", "SIGNED").containsEntry("number", number);
                    assertThat((List<String>) l.get("outdated")).containsExactly("date", "time");
                });

        // a signed letter changes only once its signer reopens it
        var refused = api.meetingPost("pekalongan.staf", meetingId, "letters/" + letterId + "/refresh", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("status");
        assertThat(api.letterAction("pekalongan.sekwan", caseId, letterId, "reopen")
                        .status())
                .isEqualTo(200);
        var refreshed = api.meetingPost("pekalongan.staf", meetingId, "letters/" + letterId + "/refresh", null);
        assertThat(refreshed.status()).as(refreshed.raw()).isEqualTo(200);
        assertThat((String) refreshed.get("content.date"))
                .isEqualTo(later.toLocalDate().toString());
        assertThat((String) refreshed.get("content.time")).isEqualTo("13.30 WIB s.d. selesai");
        assertThat((List<Map<String, Object>>) meeting(meetingId).get("letters"))
                .singleElement()
                .satisfies(l -> assertThat((List<?>) l.get("outdated")).isEmpty());

        assertThat(api.letterAction("pekalongan.kabag", caseId, letterId, "initial")
                        .status())
                .isEqualTo(200);
        var resigned = api.letterAction("pekalongan.sekwan", caseId, letterId, "sign");
        assertThat(resigned.status()).as(resigned.raw()).isEqualTo(200);
        assertThat((String) resigned.get("number")).isEqualTo(number);
        assertThat((List<?>) resigned.get("documents")).hasSize(2);
        var pdf = text(api.bytes("pekalongan.staf", "/api/v1/cases/{id}/letters/{l}/pdf", caseId, letterId));
        assertThat(pdf.replaceAll("\\s+", " "))
                .contains(number)
                .contains(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"))
                        .format(later.toLocalDate()))
                .contains("13.30 WIB s.d. selesai")
                .contains("Perbaikan ke-1");
    }

    @Test
    void unreadableValuesAreRefusedNamingTheirFieldAndChangeNothing() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        String meetingId = created.get("id");
        for (var bad : List.of(
                Map.<String, Object>of("startsAt", "besok pagi"),
                Map.<String, Object>of("version", "dua"),
                Map.<String, Object>of("kind", "RAPAT_BESAR"),
                Map.<String, Object>of("unitId", "komisi-a"))) {
            var body = edit(created);
            body.putAll(bad);
            var refused = update("pekalongan.staf", meetingId, body);
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.errorFields())
                    .containsExactly(bad.keySet().iterator().next());
        }
        var unknownUnit = update("pekalongan.staf", meetingId, edit(created, "unitId", java.util.UUID.randomUUID()));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.errorFields()).containsExactly("unitId");
        var notDiscussed = api.meetingPost(
                "pekalongan.staf", meetingId, "cases/" + registeredLetter() + "/remove", Map.of("version", 0));
        assertThat(notDiscussed.status()).isEqualTo(404);
        assertThat((Integer) meeting(meetingId).get("version")).isEqualTo((Integer) created.get("version"));
    }

    @Test
    void aMemberOfAnotherOrganMayNotChangeTheMeeting() {
        var caseId = registeredLetter();
        var created = scheduled(daysAhead(10), caseId);
        var response = api.send(Api.as(
                "kebumen.sekwan",
                post("/api/v1/meetings/{id}/cancel", (Object) created.get("id"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("reason", "Bukan urusan saya", "version", 0)))));
        assertThat(response.status()).isEqualTo(404);
        assertThat((String) meeting(created.get("id")).get("status")).isEqualTo("SCHEDULED");
    }
}
