package id.suara.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.institution.Institutions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Drives the HTTP API the way a client does, through MockMvc; answers are parsed JSON. */
@Component
public class Api {

    public static final String DEMO_PASSWORD = "suara-demo";

    private final MockMvc mvc;
    private final JsonMapper json;
    private final Institutions institutions;
    private final Signatories signatories;

    Api(MockMvc mvc, JsonMapper json, Institutions institutions, Signatories signatories) {
        this.mvc = mvc;
        this.json = json;
        this.institutions = institutions;
        this.signatories = signatories;
    }

    /** A response: status, parsed body (a map, or null when empty or not JSON), raw body and headers. */
    public record Response(int status, Map<String, Object> body, String raw, HttpHeaders headers) {

        public Response(int status, Map<String, Object> body, String raw) {
            this(status, body, raw, new HttpHeaders());
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.getFirst(name);
        }

        @SuppressWarnings("unchecked")
        public <T> T get(String path) {
            Object current = body;
            for (var part : path.split("\\.")) {
                if (current instanceof Map<?, ?> map) {
                    current = map.get(part);
                } else if (current instanceof List<?> list) {
                    current = list.get(Integer.parseInt(part));
                } else {
                    return null;
                }
            }
            return (T) current;
        }

        /** The field names listed in a problem response's {@code errors}. */
        public List<String> errorFields() {
            List<Map<String, Object>> errors = get("errors");
            return errors == null
                    ? List.of()
                    : errors.stream().map(e -> (String) e.get("field")).toList();
        }
    }

    public Response send(RequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request).andReturn();
            var raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            Map<String, Object> body = null;
            var type = result.getResponse().getContentType();
            if (!raw.isBlank() && type != null && type.contains("json") && raw.startsWith("{")) {
                body = json.readValue(raw, new TypeReference<Map<String, Object>>() {});
            }
            var headers = new HttpHeaders();
            for (var name : result.getResponse().getHeaderNames()) {
                headers.addAll(name, result.getResponse().getHeaders(name));
            }
            return new Response(result.getResponse().getStatus(), body, raw, headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response submit(Map<String, Object> submission) {
        return send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(submission)));
    }

    public Response track(String trackingNumber, String accessCode) {
        var request = get("/api/v1/submissions/{tn}", trackingNumber);
        if (accessCode != null) {
            request.header("X-Access-Code", accessCode);
        }
        return send(request);
    }

    public Response register(String user, Map<String, Object> submission) {
        return send(as(
                user,
                post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(json(submission))));
    }

    public Response view(String user, Object caseId) {
        return send(as(user, get("/api/v1/cases/{id}", caseId)));
    }

    public Response check(String user, Object caseId, Map<String, Boolean> items) {
        return send(as(
                user,
                post("/api/v1/cases/{id}/requirement-check", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("items", items)))));
    }

    public Response act(String user, Object caseId, String action, Map<String, Object> fields) {
        return act(user, caseId, action, fields, null);
    }

    public Response act(String user, Object caseId, String action, Map<String, Object> fields, Integer version) {
        var body = new LinkedHashMap<String, Object>();
        body.put("note", "Dikerjakan oleh " + user);
        body.put("fields", fields);
        if (version != null) {
            body.put("version", version);
        }
        return send(as(
                user,
                post("/api/v1/cases/{id}/actions/{action}", caseId, action)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(body))));
    }

    /** Drafts a letter of a case: {@code letter} holds type, subject, body and the rest of a letter request. */
    public Response draftLetter(String user, Object caseId, Map<String, Object> letter) {
        return send(as(
                user,
                post("/api/v1/cases/{id}/letters", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(letter))));
    }

    /** Performs {@code initial}, {@code sign} or {@code reopen} on a case's letter. */
    public Response letterAction(String user, Object caseId, Object letterId, String action) {
        return send(as(user, post("/api/v1/cases/{id}/letters/{letter}/{action}", caseId, letterId, action)));
    }

    /**
     * Gives the case a signed response letter that has reached the complainant by post, as the SOP's draft and publish
     * actions need: {@code drafter} drafts it for the first active signatory of the case's institution, each of
     * {@code chain} but the last initials it in turn, the last signs it, and the drafter records its posting.
     *
     * @return the letter's id
     */
    public String respondByPost(String institution, Object caseId, String drafter, String text, String... chain) {
        var letter = new LinkedHashMap<String, Object>();
        letter.put("type", "RESPONSE_LETTER");
        letter.put("subject", "Tanggapan atas laporan Saudara");
        letter.put("addressee", "Sdri. Siti Aminah");
        letter.put("addresseePlace", "Kebumen");
        letter.put("body", text);
        letter.put("signatoryId", signatory(institution).toString());
        var drafted = draftLetter(drafter, caseId, letter);
        expect(201, drafted);
        var letterId = (String) drafted.get("id");
        for (int i = 0; i < chain.length; i++) {
            expect(200, letterAction(chain[i], caseId, letterId, i < chain.length - 1 ? "initial" : "sign"));
        }
        expect(
                201,
                send(as(
                        drafter,
                        post("/api/v1/cases/{id}/letters/{l}/posted", caseId, letterId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json(Map.of("note", "Dikirim lewat Pos, resi RR123456789ID"))))));
        return letterId;
    }

    /** Schedules a meeting for a case ({@code POST /api/v1/cases/{id}/meetings}). */
    public Response createMeeting(String user, Object caseId, Map<String, Object> meeting) {
        return send(as(
                user,
                post("/api/v1/cases/{id}/meetings", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(meeting))));
    }

    /** A POST (or, with {@code put}, a PUT) to a meeting's sub-path, e.g. {@code logistics}, {@code attendance-list}. */
    public Response meetingPost(String user, Object meetingId, String path, Object body) {
        var request = post("/api/v1/meetings/{id}/" + path, meetingId).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request = request.content(json(body));
        }
        return send(as(user, request));
    }

    /** Writes and issues a meeting's minutes ({@code PUT /api/v1/meetings/{id}/minutes}). */
    public Response recordMinutes(String user, Object meetingId, Map<String, Object> minutes) {
        return send(as(
                user,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/meetings/{id}/minutes", meetingId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(minutes))));
    }

    /**
     * Drafts a meeting's letter from the meeting ({@code INVITATION}, {@code OFFICIAL_REPORT}, {@code MEETING_REPORT}),
     * then each of {@code chain} but the last initials it and the last signs it; answers the signed letter.
     */
    public Response meetingLetterSigned(
            String institution, Object meetingId, String drafter, String type, String... chain) {
        var drafted = meetingPost(
                drafter,
                meetingId,
                "letters",
                Map.of("type", type, "signatoryId", signatory(institution).toString()));
        expect(201, drafted);
        String caseId = drafted.get("caseId");
        String letterId = drafted.get("id");
        Response last = drafted;
        for (int i = 0; i < chain.length; i++) {
            last = letterAction(chain[i], caseId, letterId, i < chain.length - 1 ? "initial" : "sign");
            expect(200, last);
        }
        return last;
    }

    /**
     * Gives a DPMD case (001) its coordination meeting with the records its SOP's meeting steps need: the invitation
     * drafted by the division head, initialled by them and signed by the head of office (step 9), the minutes (step 10)
     * and the berita acara signed by the sub-coordinator (step 11).
     *
     * @return the meeting's id
     */
    public String dpmdCoordinationMeeting(Object caseId) {
        var meeting = new LinkedHashMap<String, Object>();
        meeting.put("kind", "RAKOR");
        meeting.put("title", "Penanganan pengaduan");
        meeting.put(
                "startsAt",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8))
                        .plusDays(7)
                        .withHour(9)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        meeting.put("place", "Ruang Rapat DPMD");
        meeting.put("invitees", "Kepala Desa Loa Janan; Pemerintah Desa\nCamat Loa Janan; Kecamatan");
        var created = createMeeting("kukar.subkoor", caseId, meeting);
        expect(201, created);
        String meetingId = created.get("id");
        meetingLetterSigned("dpmd-kukar", meetingId, "kukar.kabid", "INVITATION", "kukar.kabid", "kukar.kadis");
        expect(
                201,
                recordMinutes(
                        "kukar.subkoor",
                        meetingId,
                        Map.of(
                                "decisions",
                                List.of("Pendampingan desa oleh Bidang PM."),
                                "noteTaker",
                                "Sub Koordinator")));
        meetingLetterSigned("dpmd-kukar", meetingId, "kukar.subkoor", "OFFICIAL_REPORT", "kukar.subkoor");
        return meetingId;
    }

    /** The bytes of a GET, e.g. a meeting record's PDF. */
    public byte[] bytes(String user, String path, Object... variables) {
        try {
            var result = mvc.perform(as(user, get(path, variables))).andReturn();
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError(path + ": " + result.getResponse().getStatus() + " "
                        + result.getResponse().getContentAsString());
            }
            return result.getResponse().getContentAsByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.raw());
        }
    }

    /** The first active signatory of a demo institution. */
    public UUID signatory(String institutionCode) {
        var institution = institutions.findByCode(institutionCode).orElseThrow();
        return signatories.of(institution.id()).stream()
                .filter(Signatory::active)
                .findFirst()
                .orElseThrow()
                .id();
    }

    public UUID unit(String institutionCode, String unitCode) {
        var institution = institutions.findByCode(institutionCode).orElseThrow();
        return institutions.findUnit(institution.id(), unitCode).orElseThrow().id();
    }

    /** The request with HTTP Basic credentials of a demo account. */
    public static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
        var token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request.header(HttpHeaders.AUTHORIZATION, "Basic " + token);
    }

    public String json(Object value) {
        return json.writeValueAsString(value);
    }

    /** A JSON array, such as a list an endpoint answers, as a list of objects. */
    public List<Map<String, Object>> jsonList(String raw) {
        return json.readValue(raw, new TypeReference<List<Map<String, Object>>>() {});
    }

    /** A complete, valid public web submission to an institution; tweak the returned map per test. */
    public static Map<String, Object> webSubmission(String institution) {
        var complainant = new LinkedHashMap<String, Object>();
        complainant.put("type", "INDIVIDUAL");
        complainant.put("name", "Siti Aminah");
        complainant.put("identityNumber", "3305014101900001");
        complainant.put("address", "Jl. Pemuda No. 1, Kebumen");
        complainant.put("phone", "+62 812 1111 2222");
        complainant.put("email", "siti.aminah@example.id");
        var submission = new LinkedHashMap<String, Object>();
        submission.put("institution", institution);
        submission.put("kind", "COMPLAINT");
        submission.put("channel", "WEB");
        submission.put("complainant", complainant);
        submission.put("confidential", false);
        submission.put("respondent", "Dinas Pekerjaan Umum");
        submission.put("title", "Jalan desa rusak di Sruweng");
        submission.put("purpose", "Meminta DPRD mendorong perbaikan jalan");
        submission.put("substance", "Jalan desa sepanjang 2 km rusak parah sejak Januari dan membahayakan pengendara.");
        return submission;
    }
}
