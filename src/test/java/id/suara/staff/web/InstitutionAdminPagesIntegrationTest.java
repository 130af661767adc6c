package id.suara.staff.web;

import static id.suara.test.OfficeBrowser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The institution and unit administration pages, signed in through the login form. */
@SuaraIntegrationTest
class InstitutionAdminPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    OfficeBrowser browser() {
        return new OfficeBrowser(mvc);
    }

    MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn();
    }

    UUID institutionId(String code) {
        return institutions.findByCode(code).orElseThrow().id();
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder addInstitution(MockHttpSession session, String code, String name) {
        return post("/kantor/admin/instansi")
                .session(session)
                .param("code", code)
                .param("name", name)
                .param("kind", "GOVERNMENT_OFFICE")
                .param("zone", "Asia/Jayapura")
                .param("registrationPattern", "{seq:4}/UJI/{year}");
    }

    MockHttpServletRequestBuilder addUnit(MockHttpSession session, String code, String name, String type) {
        return post("/kantor/admin/unit")
                .session(session)
                .param("code", code)
                .param("name", name)
                .param("type", type);
    }

    List<String> auditActions(UUID subjectId) {
        return jdbc.sql("select action from audit_entry where subject_id = ? order by seq")
                .param(subjectId.toString())
                .query(String.class)
                .list();
    }

    long auditEntriesAbout(String code) {
        return jdbc.sql("select count(*) from audit_entry where action in ('institution.added', 'unit.added')"
                        + " and details::jsonb ->> 'code' = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    @Test
    void theListsRenderInIndonesianAndEnglish() throws Exception {
        var sysadmin = browser().signIn("sysadmin");
        var list = browser().open(sysadmin, "/kantor/admin/instansi");
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(list))
                .contains("Lembaga dan unit", "Sekretariat DPRD Kabupaten Kebumen", "dprd-kebumen", "setwan-pekalongan")
                .contains("WITA (Asia/Makassar)", "Tambah lembaga", "value=\"{seq:4}/{kind}/{romanMonth}/{year}\"")
                .contains("/kantor/admin/unit?institution=" + institutionId("dprd-kebumen"))
                .contains("/kantor/admin/pengguna?institution=" + institutionId("dprd-kebumen"))
                .contains("name=\"_csrf\"");
        assertThat(body(browser().open(sysadmin, "/kantor/admin/instansi?lang=en")))
                .contains("Institutions and units", "Add an institution", "Time zone", "Units");

        var admin = browser().signIn("kebumen.admin");
        var units = browser().open(admin, "/kantor/admin/unit");
        assertThat(units.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(units)).contains("komisi-a", "Komisi A (Pemerintahan)", "Alat kelengkapan DPRD", "Tambah unit");
        assertThat(body(browser().open(admin, "/kantor/admin/unit?lang=en")))
                .contains("Units of Sekretariat DPRD Kabupaten Kebumen", "Council organ", "Add unit");
        assertThat(body(browser().open(admin, "/kantor/admin?lang=en"))).contains("/kantor/admin/instansi");
    }

    @Test
    void anInstitutionAdministratorSeesOnlyTheirOwnInstitutionAndNoAddForm() throws Exception {
        var page = browser().open(browser().signIn("kebumen.admin"), "/kantor/admin/instansi");

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("Sekretariat DPRD Kabupaten Kebumen", "{seq:4}/{kind}/DPRD-KBM/{romanMonth}/{year}")
                .doesNotContain("setwan-pekalongan", "Tambah lembaga", "action=\"/kantor/admin/instansi\"");
    }

    @Test
    void aSystemAdministratorAddsAnInstitutionWhichIsAudited() throws Exception {
        var code = fresh("dinas-uji");

        var added = send(addInstitution(browser().signIn("sysadmin"), code, "Dinas Uji Coba"));

        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/instansi");
        var institution = institutions.all().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(institution.name()).isEqualTo("Dinas Uji Coba");
        assertThat(institution.zone().getId()).isEqualTo("Asia/Jayapura");
        assertThat(institution.registrationPattern()).isEqualTo("{seq:4}/UJI/{year}");
        assertThat(auditActions(institution.id())).containsExactly("institution.added");
        assertThat(body(browser().open(browser().signIn("sysadmin"), "/kantor/admin/instansi")))
                .contains(code, "WIT (Asia/Jayapura)");
    }

    @Test
    void aDuplicateInstitutionCodeIsAFieldErrorAndNothingIsAdded() throws Exception {
        var before = institutions.all().size();

        var refused = send(addInstitution(browser().signIn("sysadmin"), "dprd-kebumen", "Lembaga Kembar"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("id=\"code-error\"", "Kode ini sudah dipakai lembaga lain.", "aria-invalid=\"true\"")
                .contains("aria-describedby=\"code-error code-hint\"", "aria-describedby=\"name-hint\"")
                .contains("value=\"Lembaga Kembar\"", "Periksa isian formulir berikut.");
        assertThat(institutions.all()).hasSize(before);
        assertThat(institutions.all()).extracting(Institution::name).doesNotContain("Lembaga Kembar");
    }

    @Test
    void overLongEmptyOrMalformedInstitutionFieldsAreRefusedOnTheirFields() throws Exception {
        var before = institutions.all().size();
        var code = fresh("x").repeat(5);

        var refused = send(post("/kantor/admin/instansi")
                .session(browser().signIn("sysadmin"))
                .param("code", code)
                .param("name", "")
                .param("kind", "PARLIAMENT")
                .param("zone", "Europe/Amsterdam")
                .param("registrationPattern", "{seq}/{weekday}"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("id=\"code-error\"", "id=\"name-error\"", "id=\"kind-error\"", "id=\"zone-error\"")
                .contains("id=\"registrationPattern-error\"", "value=\"" + code + "\"", "value=\"{seq}/{weekday}\"")
                .contains("aria-describedby=\"kind-error\"", "aria-describedby=\"zone-error\"");
        var tooLongName = send(addInstitution(browser().signIn("sysadmin"), fresh("panjang"), "N".repeat(201)));
        assertThat(tooLongName.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(tooLongName)).contains("id=\"name-error\"").doesNotContain("id=\"code-error\"");
        assertThat(institutions.all()).hasSize(before);
        assertThat(auditEntriesAbout(code)).isZero();
    }

    @Test
    void anInstitutionAdministratorCannotAddAnInstitution() throws Exception {
        var code = fresh("penyusup");

        var refused = send(addInstitution(browser().signIn("kebumen.admin"), code, "Lembaga Penyusup"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(institutions.findByCode(code)).isEmpty();
    }

    @Test
    void kebumensAdministratorAddsAUnitWhichIsAudited() throws Exception {
        var admin = browser().signIn("kebumen.admin");
        var code = fresh("pansus");

        var added = send(addUnit(admin, code, "Panitia Khusus Uji", "COUNCIL_ORGAN"));

        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/unit");
        assertThat(added.getFlashMap().get("message")).isEqualTo("web.admin.units.added");
        var unit = institutions.findUnit(institutionId("dprd-kebumen"), code).orElseThrow();
        assertThat(unit.name()).isEqualTo("Panitia Khusus Uji");
        assertThat(unit.type()).isEqualTo(UnitType.COUNCIL_ORGAN);
        assertThat(auditActions(unit.id())).containsExactly("unit.added");
        assertThat(body(browser().open(admin, "/kantor/admin/unit"))).contains(code, "Panitia Khusus Uji");
    }

    @Test
    void anAdministratorRenamesAUnitKeepingItsCodeAndTheRenameIsAudited() throws Exception {
        var admin = browser().signIn("kebumen.admin");
        var code = fresh("pansus");
        send(addUnit(admin, code, "Panitia Khusus Lama", "COUNCIL_ORGAN"));
        var unit = institutions.findUnit(institutionId("dprd-kebumen"), code).orElseThrow();
        assertThat(body(browser().open(admin, "/kantor/admin/unit"))).contains("/kantor/admin/unit/" + unit.id());

        var page = browser().open(admin, "/kantor/admin/unit/{id}", unit.id());
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("Ubah nama unit", code, "Panitia Khusus Lama");
        var renamed = send(post("/kantor/admin/unit/{id}/nama", unit.id())
                .session(admin)
                .param("name", "  Panitia Khusus Baru  "));

        assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/unit");
        assertThat(renamed.getFlashMap().get("message")).isEqualTo("web.admin.rename.done");
        var after = institutions.findUnit(unit.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("Panitia Khusus Baru");
        assertThat(after.code()).isEqualTo(code);
        assertThat(auditActions(unit.id())).containsExactly("unit.added", "unit.renamed");
    }

    @Test
    void anEmptyOrMultiLineNewNameIsRefusedOnItsFieldAndNothingChanges() throws Exception {
        var admin = browser().signIn("kebumen.admin");
        var code = fresh("pansus");
        send(addUnit(admin, code, "Panitia Khusus Tetap", "COUNCIL_ORGAN"));
        var unit = institutions.findUnit(institutionId("dprd-kebumen"), code).orElseThrow();

        for (var bad : List.of("", "   ", "Baris satu\nBaris dua", "x".repeat(201))) {
            var refused = send(post("/kantor/admin/unit/{id}/nama", unit.id())
                    .session(admin)
                    .param("name", bad));
            assertThat(refused.getResponse().getStatus()).as(bad).isEqualTo(422);
            assertThat(body(refused)).contains("id=\"name-error\"", "aria-invalid=\"true\"");
        }
        assertThat(institutions.findUnit(unit.id()).orElseThrow().name()).isEqualTo("Panitia Khusus Tetap");
        assertThat(auditActions(unit.id())).containsExactly("unit.added");
    }

    @Test
    void anotherInstitutionsUnitCannotBeSeenOrRenamed() throws Exception {
        var kebumenUnit =
                institutions.findUnit(institutionId("dprd-kebumen"), "komisi-a").orElseThrow();
        var pekalongan = browser().signIn("pekalongan.admin");

        assertThat(browser()
                        .open(pekalongan, "/kantor/admin/unit/{id}", kebumenUnit.id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var refused = send(post("/kantor/admin/unit/{id}/nama", kebumenUnit.id())
                .session(pekalongan)
                .param("name", "Diambil alih"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(institutions.findUnit(kebumenUnit.id()).orElseThrow().name()).isEqualTo(kebumenUnit.name());
    }

    @Test
    void aSystemAdministratorRenamesAnInstitutionAndAnotherInstitutionsAdministratorCannot() throws Exception {
        var sysadmin = browser().signIn("sysadmin");
        var code = fresh("dinas");
        send(addInstitution(sysadmin, code, "Dinas Uji Lama"));
        var id = institutionId(code);

        var refused = send(post("/kantor/admin/instansi/{id}/nama", id)
                .session(browser().signIn("kebumen.admin"))
                .param("name", "Diambil alih"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(browser().open(sysadmin, "/kantor/admin/instansi/{id}", id)))
                .contains("Ubah nama lembaga", code, "Dinas Uji Lama");

        var renamed = send(
                post("/kantor/admin/instansi/{id}/nama", id).session(sysadmin).param("name", "Dinas Uji Baru"));

        assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/instansi");
        assertThat(institutions.get(id).name()).isEqualTo("Dinas Uji Baru");
        assertThat(institutions.get(id).code()).isEqualTo(code);
        assertThat(auditActions(id)).containsExactly("institution.added", "institution.renamed");
    }

    @Test
    void aSystemAdministratorAddsAUnitToTheInstitutionTheyChose() throws Exception {
        var kukar = institutionId("dpmd-kukar");
        var code = fresh("bidang");

        var added = send(addUnit(browser().signIn("sysadmin"), code, "Bidang Uji", "DIVISION")
                .param("institution", kukar.toString()));

        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/unit?institution=" + kukar);
        assertThat(institutions.findUnit(kukar, code)).isPresent();
    }

    @Test
    void aDuplicateUnitCodeIsAFieldErrorAndNothingIsAdded() throws Exception {
        var kebumen = institutionId("dprd-kebumen");
        var before = institutions.units(kebumen).size();

        var refused = send(addUnit(browser().signIn("kebumen.admin"), "komisi-a", "Komisi A Kembar", "COUNCIL_ORGAN"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("id=\"code-error\"", "Lembaga ini sudah memiliki unit dengan kode ini.")
                .contains("value=\"Komisi A Kembar\"");
        assertThat(institutions.units(kebumen)).hasSize(before);
    }

    @Test
    void overLongOrEmptyUnitFieldsAreRefusedOnTheirFields() throws Exception {
        var kebumen = institutionId("dprd-kebumen");
        var before = institutions.units(kebumen).size();
        var admin = browser().signIn("kebumen.admin");

        var empty = send(addUnit(admin, "", " ", "DIVISION"));
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(empty)).contains("id=\"code-error\"", "id=\"name-error\"");

        var tooLong = send(addUnit(admin, "a".repeat(41), "N".repeat(201), "MINISTRY"));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(tooLong)).contains("id=\"code-error\"", "id=\"name-error\"", "id=\"type-error\"");

        var uppercase = send(addUnit(admin, "Komisi E", "Komisi E", "COUNCIL_ORGAN"));
        assertThat(uppercase.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(uppercase)).contains("id=\"code-error\"", "value=\"Komisi E\"");
        assertThat(institutions.units(kebumen)).hasSize(before);
    }

    @Test
    void kebumensAdministratorCannotAddAUnitToPekalongan() throws Exception {
        var pekalongan = institutionId("setwan-pekalongan");
        var code = fresh("penyusup");
        var admin = browser().signIn("kebumen.admin");

        var refused =
                send(addUnit(admin, code, "Unit Penyusup", "DIVISION").param("institution", pekalongan.toString()));

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(institutions.findUnit(pekalongan, code)).isEmpty();
        assertThat(institutions.findUnit(institutionId("dprd-kebumen"), code)).isEmpty();
        assertThat(browser()
                        .open(admin, "/kantor/admin/unit?institution={id}", pekalongan)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        var umum = browser().signIn("kebumen.umum");
        var code = fresh("umum");

        assertThat(browser().open(umum, "/kantor/admin/instansi").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(browser().open(umum, "/kantor/admin/unit").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(send(addUnit(umum, code, "Unit Umum", "DIVISION"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(addInstitution(umum, code, "Lembaga Umum"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(institutions.findUnit(institutionId("dprd-kebumen"), code)).isEmpty();
        assertThat(institutions.findByCode(code)).isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        var code = fresh("tanpa-token");

        var unit = mvc.perform(addUnit(browser().signIn("kebumen.admin"), code, "Unit Tanpa Token", "DIVISION"))
                .andReturn();
        var institution = mvc.perform(addInstitution(browser().signIn("sysadmin"), code, "Lembaga Tanpa Token"))
                .andReturn();

        assertThat(unit.getResponse().getStatus()).isEqualTo(403);
        assertThat(institution.getResponse().getStatus()).isEqualTo(403);
        assertThat(institutions.findUnit(institutionId("dprd-kebumen"), code)).isEmpty();
        assertThat(institutions.findByCode(code)).isEmpty();
    }

    @Test
    void anUnknownInstitutionIsNotFoundAndAMalformedIdIsABadRequest() throws Exception {
        var sysadmin = browser().signIn("sysadmin");

        assertThat(browser()
                        .open(sysadmin, "/kantor/admin/unit?institution={id}", UUID.randomUUID())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(browser()
                        .open(sysadmin, "/kantor/admin/unit?institution=not-a-uuid")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }
}
