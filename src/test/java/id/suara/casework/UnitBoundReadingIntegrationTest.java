package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.shared.LocalizedText;
import id.suara.sop.SopFixtures;
import id.suara.sop.SopVersions;
import id.suara.sop.TransitionCondition;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organ members read the cases that are or ever were disposed to their organ (ADR 0014). Shown on a council of the
 * test's own whose written SOP lets the leadership return a case to the Secretary for another disposition, so that a
 * case moves from one organ to another.
 */
@SuaraIntegrationTest
class UnitBoundReadingIntegrationTest {

    static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    String code;
    String desk;
    String komisiA;
    String komisiB;
    String komisiC;
    String komisiCAndAuditor;
    UUID unitA;
    UUID unitB;

    @BeforeEach
    void aCouncilWhoseLeadershipMayReturnACaseForAnotherDisposition() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        code = "dprd-unit-" + suffix;
        var council = institutions.add(
                code,
                "Sekretariat DPRD Unit " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/{kind}/DPRD-UNIT/{year}");
        unitA = institutions
                .addUnit(council.id(), "komisi-a", "Komisi A", UnitType.COUNCIL_ORGAN)
                .id();
        unitB = institutions
                .addUnit(council.id(), "komisi-b", "Komisi B", UnitType.COUNCIL_ORGAN)
                .id();
        var unitC = institutions
                .addUnit(council.id(), "komisi-c", "Komisi C", UnitType.COUNCIL_ORGAN)
                .id();
        var written = sops.installPreset(council.id(), "kebumen-written").definition();
        var transitions = new ArrayList<>(written.transitions());
        transitions.add(new TransitionDefinition(
                "follow-up",
                "return-for-disposition",
                "coordinate",
                LocalizedText.of("Kembalikan untuk disposisi ulang", "Return for another disposition"),
                TransitionCondition.ALWAYS,
                List.of(Role.LEADERSHIP),
                List.of(),
                false,
                "Uji: disposisi ulang oleh Pimpinan"));
        sops.activate(sops.draft(council.id(), SopFixtures.withTransitions(written, transitions))
                .id());
        desk = "meja." + suffix;
        staff.create(
                council.id(),
                desk,
                "Meja Sekretariat",
                Api.DEMO_PASSWORD,
                Set.of(
                        new RoleGrant(Role.GENERAL_AFFAIRS, null),
                        new RoleGrant(Role.OFFICER, null),
                        new RoleGrant(Role.COMPLAINTS_DIVISION, null),
                        new RoleGrant(Role.SECRETARY, null),
                        new RoleGrant(Role.LEADERSHIP, null)));
        komisiA = organMember(council.id(), "komisia." + suffix, Set.of(new RoleGrant(Role.ORGAN_MEMBER, unitA)));
        komisiB = organMember(council.id(), "komisib." + suffix, Set.of(new RoleGrant(Role.ORGAN_MEMBER, unitB)));
        komisiC = organMember(council.id(), "komisic." + suffix, Set.of(new RoleGrant(Role.ORGAN_MEMBER, unitC)));
        komisiCAndAuditor = organMember(
                council.id(),
                "komisic-auditor." + suffix,
                Set.of(new RoleGrant(Role.ORGAN_MEMBER, unitC), new RoleGrant(Role.AUDITOR, null)));
    }

    private String organMember(UUID council, String username, Set<RoleGrant> grants) {
        staff.create(council, username, "Anggota " + username, Api.DEMO_PASSWORD, grants);
        return username;
    }

    /** A letter registered, checked, accepted and brought to the Secretary's disposition. */
    private String letterAtTheDisposition() {
        var letter = Api.webSubmission(code);
        letter.put("channel", "LETTER");
        var registered = api.register(desk, letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String id = registered.get("case.id");
        assertThat(api.check(desk, id, ALL_MET).status()).isEqualTo(200);
        for (var action : List.of("accept", "record", "forward", "forward")) {
            assertThat(api.act(desk, id, action, Map.of()).status()).as(action).isEqualTo(200);
        }
        return id;
    }

    private void dispose(String caseId, UUID unit) {
        var done = api.act(desk, caseId, "coordinate", Map.of("assignedUnit", unit.toString()));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
    }

    private long listed(String user) {
        var page = api.send(Api.as(user, get("/api/v1/cases")));
        assertThat(page.status()).as(user).isEqualTo(200);
        return ((Number) page.get("totalItems")).longValue();
    }

    @Test
    void anOrganKeepsReadingACaseDisposedToItAfterItIsDisposedToAnotherOrgan() {
        var caseId = letterAtTheDisposition();
        assertThat(api.view(komisiA, caseId).status())
                .as("before any disposition")
                .isEqualTo(404);
        assertThat(listed(komisiA)).isZero();

        dispose(caseId, unitA);
        assertThat(api.view(komisiA, caseId).status()).isEqualTo(200);
        assertThat(api.view(komisiB, caseId).status()).isEqualTo(404);

        assertThat(api.act(desk, caseId, "return-for-disposition", Map.of()).status())
                .isEqualTo(200);
        dispose(caseId, unitB);

        var formerOrgan = api.view(komisiA, caseId);
        assertThat(formerOrgan.status()).as("it was disposed to Komisi A").isEqualTo(200);
        assertThat(formerOrgan.<String>get("assignedUnitId")).isEqualTo(unitB.toString());
        assertThat(api.view(komisiB, caseId).status()).isEqualTo(200);
        assertThat(api.view(komisiC, caseId).status()).isEqualTo(404);
        assertThat(listed(komisiA)).isEqualTo(1);
        assertThat(listed(komisiB)).isEqualTo(1);
        assertThat(listed(komisiC)).isZero();
        assertThat(jdbc.sql("select unit_id from case_assignment where case_id = :id")
                        .param("id", UUID.fromString(caseId))
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(unitA, unitB);
    }

    @Test
    void aMemberWhoAlsoHoldsARoleForTheWholeInstitutionReadsEveryCase() {
        var caseId = letterAtTheDisposition();
        dispose(caseId, unitA);

        assertThat(api.view(komisiC, caseId).status()).isEqualTo(404);
        assertThat(api.view(komisiCAndAuditor, caseId).status()).isEqualTo(200);
        assertThat(listed(komisiCAndAuditor)).isEqualTo(1);
    }
}
