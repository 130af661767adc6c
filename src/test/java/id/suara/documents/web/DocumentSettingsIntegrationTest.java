package id.suara.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.casework.CaseLetters;
import id.suara.documents.DocumentType;
import id.suara.documents.LetterDraft;
import id.suara.institution.Institutions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an institution's documents carry, through the API: signatories and letter numbers. */
@SuaraIntegrationTest
class DocumentSettingsIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseLetters caseLetters;

    @Autowired
    StaffAccounts staff;

    private UUID institution(String code) {
        return institutions.findByCode(code).orElseThrow().id();
    }

    private Response putJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, put(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response postJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private String registerLetter(String user, String institution) {
        var letter = Api.webSubmission(institution);
        letter.put("channel", "LETTER");
        var response = api.register(user, letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("case.id");
    }

    @Test
    void anAdministratorSetsHowInvitationsAreNumberedAndTheNextOneTakesIt() {
        var pekalongan = institution("setwan-pekalongan");
        var refused = putJson(
                "pekalongan.admin",
                "/api/v1/institutions/{id}/letter-numbers/INVITATION",
                Map.of("pattern", "{kka}/{unit}/{year}", "classificationCode", "5", "unitCode", "Set wan"),
                pekalongan);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("pattern", "classificationCode", "unitCode");
        assertThat(putJson(
                                "pekalongan.staf",
                                "/api/v1/institutions/{id}/letter-numbers/INVITATION",
                                Map.of("pattern", "{seq}", "classificationCode", "005", "unitCode", "Setwan"),
                                pekalongan)
                        .status())
                .isEqualTo(403);
        assertThat(putJson(
                                "pekalongan.admin",
                                "/api/v1/institutions/{id}/letter-numbers/RECEIPT",
                                Map.of("pattern", "{seq}", "classificationCode", "005", "unitCode", "Setwan"),
                                pekalongan)
                        .errorFields())
                .containsExactly("type");

        var saved = putJson(
                "pekalongan.admin",
                "/api/v1/institutions/{id}/letter-numbers/INVITATION",
                Map.of("pattern", "{kka}/{seq}/{unit}/{year}", "classificationCode", "005", "unitCode", "Setwan-PKL"),
                pekalongan);
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        var year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        int next = saved.get("nextSequence");
        assertThat((String) saved.get("nextNumber")).isEqualTo("005/" + next + "/Setwan-PKL/" + year);
        var listed = api.send(Api.as("pekalongan.staf", get("/api/v1/institutions/{id}/letter-numbers", pekalongan)));
        assertThat((String) listed.get("INVITATION.pattern")).isEqualTo("{kka}/{seq}/{unit}/{year}");
        assertThat((String) listed.get("RESPONSE_LETTER.pattern")).isEqualTo("{kka}/{seq}/{unit}/{month}/{year}");
        assertThat(listed.raw()).doesNotContain("RECEIPT");

        var caseId = registerLetter("pekalongan.staf", "setwan-pekalongan");
        var invitation = new LinkedHashMap<String, Object>();
        invitation.put("type", "INVITATION");
        invitation.put("subject", "Undangan rapat dengar pendapat");
        invitation.put("addressee", "Kepala Dinas Pekerjaan Umum Kota Pekalongan");
        invitation.put(
                "body",
                "Dengan hormat, kami mengundang Saudara pada:\n\nDemikian, atas kehadirannya kami ucapkan terima kasih.");
        invitation.put("signatoryId", api.signatory("setwan-pekalongan").toString());
        invitation.put(
                "content",
                Map.of(
                        "date",
                        "2026-12-14",
                        "time",
                        "09.00 WIB s.d. selesai",
                        "place",
                        "Ruang Rapat Komisi A",
                        "agenda",
                        "Pembahasan pengaduan jalan rusak"));
        var letterId =
                (String) api.draftLetter("pekalongan.staf", caseId, invitation).get("id");
        assertThat(api.letterAction("pekalongan.kabag", caseId, letterId, "initial")
                        .status())
                .isEqualTo(200);
        var signed = api.letterAction("pekalongan.sekwan", caseId, letterId, "sign");
        assertThat(signed.status()).as(signed.raw()).isEqualTo(200);
        assertThat((String) signed.get("number")).isEqualTo("005/" + next + "/Setwan-PKL/" + year);
        var audited = jdbc.sql("select count(*) from audit_entry where action = 'documents.numbering.changed'")
                .query(Long.class)
                .single();
        assertThat(audited).isPositive();
    }

    @Test
    void concurrentSignaturesTakeDistinctConsecutiveNumbers() throws Exception {
        var kadis = staff.findByUsername("kukar.kadis").orElseThrow();
        var umum = staff.findByUsername("kukar.umum").orElseThrow();
        var signatory = api.signatory("dpmd-kukar");
        var letters = new ArrayList<UUID[]>();
        for (int i = 0; i < 8; i++) {
            var caseId = UUID.fromString(registerLetter("kukar.umum", "dpmd-kukar"));
            var letter = caseLetters.draft(
                    caseId,
                    DocumentType.RESPONSE_LETTER,
                    new LetterDraft("Tanggapan " + i, "Sdri. Siti Aminah", "Tenggarong", "Isi.", signatory, Map.of()),
                    umum);
            // the response letter's chain: the division head, then the office secretary, initial
            caseLetters.initial(
                    caseId,
                    letter.letter().id(),
                    staff.findByUsername("kukar.kabid").orElseThrow());
            caseLetters.initial(
                    caseId,
                    letter.letter().id(),
                    staff.findByUsername("kukar.sekdis").orElseThrow());
            letters.add(new UUID[] {caseId, letter.letter().id()});
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<String>>();
            letters.forEach(ids -> tasks.add(
                    () -> caseLetters.sign(ids[0], ids[1], kadis).letter().number()));
            var numbers = new ArrayList<Integer>();
            for (var future : pool.invokeAll(tasks)) {
                numbers.add(Integer.parseInt(future.get().split("/")[1]));
            }
            numbers.sort(null);
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(7);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAdministratorAddsAndRetiresSignatoriesAndARetiredOneSignsNoNewLetter() {
        var kukar = institution("dpmd-kukar");
        var refused = postJson(
                "kukar.admin",
                "/api/v1/institutions/{id}/signatories",
                Map.of("name", " ", "position", "Kepala Bidang", "nip", "1234"),
                kukar);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "nip");
        assertThat(postJson(
                                "kukar.kabid",
                                "/api/v1/institutions/{id}/signatories",
                                Map.of("name", "Siapa", "position", "Kepala Bidang"),
                                kukar)
                        .status())
                .isEqualTo(403);

        var added = postJson(
                "kukar.admin",
                "/api/v1/institutions/{id}/signatories",
                Map.of(
                        "name", "Dra. Wulan Sari",
                        "position", "Kepala Bidang Pemberdayaan Masyarakat",
                        "rank", "Pembina (IV/a)",
                        "nip", "19750101 200003 2 005"),
                kukar);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat((String) added.get("nip")).isEqualTo("197501012000032005");
        var signatoryId = (String) added.get("id");
        var listed = api.send(Api.as("kukar.subkoor", get("/api/v1/institutions/{id}/signatories", kukar)));
        assertThat(listed.raw()).contains("Dra. Wulan Sari");
        assertThat(api.send(Api.as("kebumen.umum", get("/api/v1/institutions/{id}/signatories", kukar)))
                        .status())
                .isEqualTo(404);

        var retired = api.send(
                Api.as("kukar.admin", post("/api/v1/institutions/{id}/signatories/{s}/retire", kukar, signatoryId)));
        assertThat((Boolean) retired.get("active")).isFalse();
        var caseId = registerLetter("kukar.umum", "dpmd-kukar");
        var letter = Map.<String, Object>of(
                "type", "OFFICIAL_REPORT", "subject", "Berita acara", "body", "Isi.", "signatoryId", signatoryId);
        assertThat(api.draftLetter("kukar.subkoor", caseId, letter).errorFields())
                .containsExactly("signatoryId");
        api.send(Api.as("kukar.admin", post("/api/v1/institutions/{id}/signatories/{s}/restore", kukar, signatoryId)));
        assertThat(api.draftLetter("kukar.subkoor", caseId, letter).status()).isEqualTo(201);
    }

    @Test
    void letterheadReadAndSetThroughTheApi() {
        var demak = institution("diskominfo-demak");
        var current = api.send(Api.as("demak.admin-koordinator", get("/api/v1/institutions/{id}/letterhead", demak)));
        assertThat((String) current.get("unitName")).isEqualTo("DINAS KOMUNIKASI DAN INFORMATIKA");
        var refused = putJson(
                "sysadmin",
                "/api/v1/institutions/{id}/letterhead",
                Map.of("unitName", "", "website", "diskominfo"),
                demak);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("unitName", "website");
        var unchanged = api.send(Api.as("sysadmin", get("/api/v1/institutions/{id}/letterhead", demak)));
        assertThat((String) unchanged.get("unitName")).isEqualTo("DINAS KOMUNIKASI DAN INFORMATIKA");
    }

    /** A small emblem: a filled shield-coloured square, as a PNG. */
    static byte[] png(int size) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0, 100, 0));
        graphics.fillRect(0, 0, size, size);
        graphics.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Response putEmblem(String user, UUID institution, byte[] image, String type) {
        return api.send(Api.as(
                user,
                put("/api/v1/institutions/{id}/letterhead/emblem", institution)
                        .contentType(MediaType.parseMediaType(type))
                        .content(image)));
    }

    @Test
    void theEmblemIsAPngOrJpegTheAdministratorUploadsAndDocumentsIssuedAfterPrintIt() throws Exception {
        var institution = institutions.add(
                "lambang-" + UUID.randomUUID().toString().substring(0, 8),
                "Sekretariat DPRD Uji Lambang",
                id.suara.institution.InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/LBG/{year}");
        sops.installPreset(institution.id(), "kebumen-online");
        var refused = putEmblem("sysadmin", institution.id(), "<svg onload=alert(1)>".getBytes(), "image/png");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("emblem");
        var tooLarge = putEmblem("sysadmin", institution.id(), png(2100), "image/png");
        assertThat(tooLarge.errorFields()).containsExactly("emblem");
        // another institution's administrator does not even find it
        assertThat(putEmblem("kebumen.admin", institution.id(), png(64), "image/png")
                        .status())
                .isEqualTo(404);
        assertThat(putEmblem("sysadmin", institution.id(), png(200), "image/png")
                        .status())
                .isEqualTo(204);

        var submitted = api.submit(Api.webSubmission(institution.code()));
        var pdf = api.send(get("/api/v1/submissions/{tn}/receipt.pdf", submitted.<String>get("trackingNumber"))
                .header("X-Access-Code", submitted.<String>get("accessCode")));
        assertThat(pdf.status()).isEqualTo(200);
        var bytes = mvcPdf(submitted.<String>get("trackingNumber"), submitted.<String>get("accessCode"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            var resources = document.getPage(0).getResources();
            var images = new java.util.ArrayList<Object>();
            for (var name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images.add(name);
                }
            }
            assertThat(images).as("the emblem and the QR code").hasSize(2);
        }
        id.suara.test.PdfFiles.keepFirstPageAsPng(bytes, "receipt-with-emblem");
    }

    @Autowired
    id.suara.sop.SopVersions sops;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private byte[] mvcPdf(String trackingNumber, String accessCode) throws Exception {
        return mvc.perform(get("/api/v1/submissions/{tn}/receipt.pdf", trackingNumber)
                        .header("X-Access-Code", accessCode))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
