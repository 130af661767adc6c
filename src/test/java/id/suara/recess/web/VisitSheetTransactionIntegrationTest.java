package id.suara.recess.web;

import static id.suara.recess.Workbooks.fill;
import static id.suara.recess.Workbooks.row;
import static id.suara.recess.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.suara.institution.Institution;
import id.suara.recess.NewAspiration;
import id.suara.recess.NewAttendee;
import id.suara.recess.SheetCode;
import id.suara.recess.SheetKind;
import id.suara.recess.VisitEntries;
import id.suara.recess.VisitSheet;
import id.suara.recess.Workbooks;
import id.suara.shared.InvalidInputException;
import id.suara.staff.StaffMember;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Importing a sheet is one transaction and passes every line's sheet code and line number on (ADR 0033), shown with a
 * stand-in for the visits service that stores attendees as V81 does — keyed by (visit, sheet, line) — and refuses a
 * name the test chooses. So this runs before and after the visits service (RecessVisits) is merged.
 */
@SuaraIntegrationTest
@Import(VisitSheetTransactionIntegrationTest.AttendeesAsStored.class)
class VisitSheetTransactionIntegrationTest {

    /** The row of the table's column headers in Suara's workbook; line n is in row 10 + n. */
    static final int HEADER_ROW = 10;

    /** The name the stand-in refuses, as the visits service refuses an entry: naming the field. */
    static final String REFUSED = "Ditolak Layanan Kunjungan";

    /** Attendees written to recess_visit_attendee, once per source line; aspirations are not this test's concern. */
    @TestConfiguration
    static class AttendeesAsStored {

        @Bean
        @Primary
        VisitEntries attendeesAsStored(JdbcClient jdbc) {
            return new VisitEntries() {
                @Override
                public Optional<VisitSheet> sheetOf(UUID institutionId, UUID visitId) {
                    return jdbc.sql("select 1 from recess_visit where id = ? and institution_id = ?")
                            .params(visitId, institutionId)
                            .query(Integer.class)
                            .optional()
                            .map(found -> Workbooks.kebumenVisit(institutionId, visitId));
                }

                @Override
                public boolean addAttendee(
                        StaffMember actor, Institution institution, UUID visitId, NewAttendee entered) {
                    if (REFUSED.equals(entered.name())) {
                        throw InvalidInputException.invalid("name", "is not accepted here");
                    }
                    return jdbc.sql("""
                                    insert into recess_visit_attendee (id, visit_id, name, organisation, address, invited,
                                        attended, source_sheet, source_line)
                                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                    on conflict (visit_id, source_sheet, source_line) where source_sheet is not null
                                    do nothing""")
                                    .params(
                                            UUID.randomUUID(),
                                            visitId,
                                            entered.name(),
                                            entered.organisation(),
                                            entered.address(),
                                            entered.invited(),
                                            entered.attended(),
                                            entered.source().sheet(),
                                            entered.source().line())
                                    .update()
                            == 1;
                }

                @Override
                public boolean recordAspiration(
                        StaffMember actor, Institution institution, UUID visitId, NewAspiration entered) {
                    throw new UnsupportedOperationException("not this test's concern");
                }
            };
        }
    }

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    UUID visitId;
    String visitUrl;

    @BeforeEach
    void aVisitOfKebumensFirstMember() {
        var kebumen = jdbc.sql("select id from institution where code = 'dprd-kebumen'")
                .query(UUID.class)
                .single();
        var recess = jdbc.sql("""
                        select id from sitting_period where institution_id = ? and kind = 'RECESS'
                        order by starts_on desc limit 1""").param(kebumen).query(UUID.class).single();
        var member = jdbc.sql(
                        "select id from council_member where institution_id = ? and name = 'H. Slamet Riyanto, S.Pd.'")
                .param(kebumen)
                .query(UUID.class)
                .single();
        visitId = UUID.randomUUID();
        jdbc.sql("""
                insert into recess_visit (id, institution_id, recess_id, member_id, starts_at, place, district, village)
                values (?, ?, ?, ?, ?, 'Balai Desa Kedungwinangun', 'Sruweng', 'Kedungwinangun')""")
                .params(
                        visitId,
                        kebumen,
                        recess,
                        member,
                        OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneOffset.ofHours(7)))
                .update();
        visitUrl = "/api/v1/institutions/" + kebumen + "/recesses/" + recess + "/visits/" + visitId;
    }

    private Response importAttendance(byte[] file) {
        return api.send(Api.as(
                "kebumen.petugas",
                multipart(visitUrl + "/imports/attendance")
                        .file(new MockMultipartFile("file", "daftar-hadir.xlsx", null, file))));
    }

    private int stored() {
        return jdbc.sql("select count(*) from recess_visit_attendee where visit_id = ?")
                .param(visitId)
                .query(Integer.class)
                .single();
    }

    private int audited() {
        return jdbc.sql(
                        "select count(*) from audit_entry where action = 'recess.visit.sheetImported' and subject_id = ?")
                .param(visitId.toString())
                .query(Integer.class)
                .single();
    }

    private byte[] attendanceWith(String secondName) {
        var template = api.bytes("kebumen.petugas", visitUrl + "/sheets/attendance.xlsx?sheet=4&lines=10");
        return fill(
                template,
                rows(
                        row(HEADER_ROW + 1, 1, "Sumarni", "PKK Desa Kedungwinangun", "RT 02 RW 01"),
                        row(HEADER_ROW + 2, 2, secondName),
                        row(HEADER_ROW + 5, 5, "Darto")));
    }

    @Test
    void aLineTheVisitsServiceRefusesRefusesTheWholeSheetNamingItsLineAndColumnAndStoresNothing() {
        var refused = importAttendance(attendanceWith(REFUSED));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields()).containsOnly("file");
        assertThat((Object) refused.get("reason")).isEqualTo("invalidLines");
        assertThat((Object) refused.get("problems.0.sheet"))
                .isEqualTo(SheetCode.of(visitId, SheetKind.ATTENDANCE, 4).toString());
        assertThat((Object) refused.get("problems.0.line")).isEqualTo(2);
        assertThat((Object) refused.get("problems.0.row")).isEqualTo(12);
        assertThat((Object) refused.get("problems.0.column")).isEqualTo("Nama");
        assertThat((Object) refused.get("problems.0.reason")).isEqualTo("refused");
        assertThat(stored())
                .as("line 1, entered before line 2 was refused, rolled back")
                .isZero();
        assertThat(audited()).isZero();
    }

    @Test
    void aSheetImportedTwiceCreatesItsLinesOnceForEveryLineCarriesItsSheetAndLine() {
        var file = attendanceWith("Darmini");
        var first = importAttendance(file);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat((Object) first.get("created")).isEqualTo(3);
        assertThat((Object) first.get("alreadyEntered")).isEqualTo(0);
        assertThat((Object) first.get("total")).isEqualTo(3);

        var again = importAttendance(file);
        assertThat((Object) again.get("created")).isEqualTo(0);
        assertThat((Object) again.get("alreadyEntered")).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
        var code = SheetCode.of(visitId, SheetKind.ATTENDANCE, 4).toString();
        assertThat(jdbc.sql("""
                        select source_line from recess_visit_attendee where visit_id = ? and source_sheet = ?
                        order by source_line""").params(visitId, code).query(Integer.class).list())
                .containsExactly(1, 2, 5);
        assertThat(audited()).isEqualTo(2);
    }
}
