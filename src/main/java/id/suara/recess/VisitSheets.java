package id.suara.recess;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visit's sheets: the blank PDFs to print before the visit, the XLSX a companion fills, and importing it afterwards
 * (issue 10, ADR 0033). Staff of the council secretariat download; the institution's administrator, its officers,
 * division heads and secretary, the member's companions for the recess and the member themself import. A sheet is
 * imported whole or not at all, and a line imported before creates nothing again (its sheet code and line number are
 * its {@link SourceLine}).
 */
@Service
public class VisitSheets {

    /** The most sheets one PDF prints. */
    public static final int MAX_SHEETS = 20;

    /** The most blank invitations printed at once, and the most invitations in one PDF. */
    static final int MAX_BLANK_INVITATIONS = 100;

    static final int MAX_INVITATIONS = 300;

    /** The most entries an aspiration sheet prints (three fit on a page). */
    public static final int MAX_ASPIRATION_LINES = 30;

    /** The most lines an attendance or guest list prints. */
    public static final int MAX_PEOPLE_LINES = 100;

    /** Who imports besides the administrator, the member and their companions. */
    private static final List<Role> IMPORTING_ROLES = List.of(Role.OFFICER, Role.DIVISION_HEAD, Role.SECRETARY);

    /** The columns of the sheet that hold each field of an entry, for a refusal naming its field. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("personName", "Nama"),
            Map.entry("name", "Nama"),
            Map.entry("groupName", "Kelompok/Lembaga"),
            Map.entry("organisation", "Organisasi/Asal"),
            Map.entry("address", "Alamat"),
            Map.entry("village", "Desa/Kelurahan"),
            Map.entry("district", "Kecamatan"),
            Map.entry("summary", "Yang diusulkan"),
            Map.entry("problem", "Permasalahan"),
            Map.entry("category", "Kategori"),
            Map.entry("urgency", "Urgensi"),
            Map.entry("volume", "Volume"),
            Map.entry("volumeUnit", "Satuan"),
            Map.entry("estimatedCost", "Perkiraan biaya (Rp)"));

    private final VisitEntries entries;
    private final VisitSheetPdfs pdfs;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    VisitSheets(
            VisitEntries entries,
            VisitSheetPdfs pdfs,
            JdbcClient jdbc,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.pdfs = pdfs;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A downloaded file: its name and content. */
    public record Download(String fileName, byte[] content) {}

    /** The visit as its sheets state it at their head, and whether the staff member may import its sheets. */
    public record Visit(VisitSheet sheet, boolean importable) {}

    /** The visit of a recess of the institution, as its sheets state it; 404 for anyone not of the institution. */
    public Visit visit(StaffMember actor, Institution institution, UUID recessId, UUID visitId) {
        var ref = ref(actor, institution, recessId, visitId);
        return new Visit(sheetOf(institution, visitId), mayImport(actor, institution, ref));
    }

    /**
     * The PDF of sheets {@code first} … {@code first + sheets - 1} of this kind, each with {@code lines} numbered lines
     * (defaults: sheet 1, one sheet, 5 aspiration entries — two pages — or 25 lines). Print a further batch from the next number on,
     * so that no two sheets handed out share a code.
     */
    public Download pdf(
            StaffMember actor,
            Institution institution,
            UUID recessId,
            UUID visitId,
            SheetKind kind,
            Integer first,
            Integer sheets,
            Integer lines) {
        ref(actor, institution, recessId, visitId);
        var from = between("first", first, 1, 1, SheetCode.MAX_NUMBER);
        var count = between("sheets", sheets, 1, 1, MAX_SHEETS);
        if (from + count - 1 > SheetCode.MAX_NUMBER) {
            throw InvalidInputException.invalid(
                    "sheets", "A visit has sheets numbered 1 to " + SheetCode.MAX_NUMBER + " of each kind");
        }
        var perSheet = kind.listsPeople()
                ? between("lines", lines, 25, 1, MAX_PEOPLE_LINES)
                : between("lines", lines, 5, 1, MAX_ASPIRATION_LINES);
        var sheet = sheetOf(institution, visitId);
        var pdf = pdfs.render(institution, sheet, kind, from, count, perSheet);
        var firstCode = SheetCode.of(visitId, kind, from);
        return new Download(
                fileBase(kind) + "-" + firstCode + (count > 1 ? "-" + count + "-lembar" : "") + ".pdf", pdf);
    }

    /**
     * The recess invitations of the visit: one page for each guest on its guest list (invited), in name order, and
     * {@code blank} more (default: one when the guest list is empty, else none) whose addressee is written by hand.
     */
    public Download invitations(
            StaffMember actor, Institution institution, UUID recessId, UUID visitId, Integer blank) {
        ref(actor, institution, recessId, visitId);
        var guests = jdbc.sql("""
                        select name, organisation, address from recess_visit_attendee
                        where visit_id = ? and invited order by name, id""")
                .param(visitId)
                .query((rs, n) -> new VisitSheetPdfs.Invitee(
                        rs.getString("name"), rs.getString("organisation"), rs.getString("address")))
                .list();
        var blanks = between("blank", blank, guests.isEmpty() ? 1 : 0, 0, MAX_BLANK_INVITATIONS);
        if (guests.size() + blanks > MAX_INVITATIONS) {
            throw InvalidInputException.invalid("blank", "At most " + MAX_INVITATIONS + " invitations at once");
        }
        if (guests.isEmpty() && blanks == 0) {
            throw InvalidInputException.invalid(
                    "blank", "The guest list is empty: ask for at least one blank invitation");
        }
        var invitees = new java.util.ArrayList<>(guests);
        for (int i = 0; i < blanks; i++) {
            invitees.add(new VisitSheetPdfs.Invitee(null, null, null));
        }
        var pdf = pdfs.invitations(institution, sheetOf(institution, visitId), invitees);
        return new Download(
                "undangan-reses-"
                        + SheetCode.of(visitId, SheetKind.GUESTS, 1).toString().substring(4, 10) + ".pdf",
                pdf);
    }

    /** The XLSX of sheet {@code number} (default 1) of this kind with {@code lines} pre-numbered rows (default 50). */
    public Download workbook(
            StaffMember actor,
            Institution institution,
            UUID recessId,
            UUID visitId,
            SheetKind kind,
            Integer number,
            Integer lines) {
        ref(actor, institution, recessId, visitId);
        var code = SheetCode.of(visitId, kind, between("sheet", number, 1, 1, SheetCode.MAX_NUMBER));
        var rows = between("lines", lines, 50, 1, VisitWorkbook.MAX_LINES);
        var content = VisitWorkbook.write(sheetOf(institution, visitId), code, rows);
        return new Download(fileBase(kind) + "-" + code + ".xlsx", content);
    }

    /**
     * Imports a filled workbook of the visit: its aspiration sheet ({@code kind} {@link SheetKind#ASPIRATIONS}) or its
     * attendance or guest list (any other kind). Refused whole, storing nothing, when the file is not a sheet of this
     * visit in Suara's layout or any filled line has a problem ({@link SheetRejected}); otherwise every filled line is
     * entered in one transaction, those entered before creating nothing. Audited as {@code recess.visit.sheetImported}.
     */
    public SheetImport importSheet(
            StaffMember actor, Institution institution, UUID recessId, UUID visitId, SheetKind kind, byte[] file) {
        var ref = ref(actor, institution, recessId, visitId);
        if (!mayImport(actor, institution, ref)) {
            throw new ForbiddenException(
                    "Only the institution's administrator, officers, division heads and secretary, the member and the "
                            + "member's companions for the recess import a visit's sheets");
        }
        var sheet = sheetOf(institution, visitId);
        var kinds = kind == SheetKind.ASPIRATIONS
                ? Set.of(SheetKind.ASPIRATIONS)
                : Set.of(SheetKind.ATTENDANCE, SheetKind.GUESTS);
        var filled = VisitWorkbook.read(file, sheet, kinds);
        if (!filled.problems().isEmpty()) {
            throw new SheetRejected(
                    "invalidLines",
                    filled.problems().size() + " problem(s) in the sheet's lines; nothing was stored",
                    filled.problems());
        }
        var visits = entries;
        var code = filled.code().toString();
        return transaction.execute(status -> {
            int created = 0;
            int total = 0;
            for (var aspiration : filled.aspirations()) {
                total++;
                if (enter(
                        filled,
                        aspiration.source(),
                        () -> visits.recordAspiration(actor, institution, visitId, aspiration))) {
                    created++;
                }
            }
            for (var attendee : filled.attendees()) {
                total++;
                if (enter(filled, attendee.source(), () -> visits.addAttendee(actor, institution, visitId, attendee))) {
                    created++;
                }
            }
            var result = new SheetImport(code, created, total - created, total);
            var details = new LinkedHashMap<String, Object>();
            details.put("sheet", code);
            details.put("created", result.created());
            details.put("alreadyEntered", result.alreadyEntered());
            details.put("total", result.total());
            audit.record(new AuditEvent(
                    "recess.visit.sheetImported",
                    institution.id(),
                    actor.id(),
                    actor.username(),
                    "recess_visit",
                    visitId.toString(),
                    details));
            return result;
        });
    }

    /** One line entered; a refusal of it refuses the whole sheet, naming the line and the column. */
    private static boolean enter(
            VisitWorkbook.Filled filled, SourceLine source, java.util.function.BooleanSupplier entry) {
        try {
            return entry.getAsBoolean();
        } catch (InvalidInputException refused) {
            var problems = new ArrayList<SheetProblem>();
            refused.errors().forEach(e -> problems.add(problem(filled, source, e.field(), e.message())));
            throw new SheetRejected(
                    "invalidLines", "Line " + source.line() + " was refused; nothing was stored", problems);
        } catch (ConflictException refused) {
            throw new SheetRejected(
                    "invalidLines",
                    "Line " + source.line() + " was refused; nothing was stored",
                    List.of(problem(filled, source, refused.field(), refused.getMessage())));
        }
    }

    private static SheetProblem problem(VisitWorkbook.Filled filled, SourceLine source, String field, String message) {
        var column = field == null ? "No" : COLUMNS.getOrDefault(field, field);
        return new SheetProblem(source.sheet(), source.line(), filled.rowOf(source.line()), column, "refused", message);
    }

    /** Whether the staff member may import the visit's sheets (see the class comment). */
    private boolean mayImport(StaffMember actor, Institution institution, VisitRef visit) {
        if (actor.administers(institution.id()) || actor.mayActAs(IMPORTING_ROLES, institution.id(), null)) {
            return true;
        }
        if (!institution.id().equals(actor.institutionId())) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from council_member where id = :member and staff_account_id = :actor)
                            or exists (select 1 from recess_companion
                                       where recess_id = :recess and member_id = :member and staff_account_id = :actor)""")
                .param("member", visit.memberId())
                .param("recess", visit.recessId())
                .param("actor", actor.id())
                .query(Boolean.class)
                .single();
    }

    /** A visit's recess and member. */
    private record VisitRef(UUID recessId, UUID memberId) {}

    /**
     * The visit of this recess (null: of any recess, as the pages name a visit) of the institution, if the staff member
     * may see the institution and it is a council secretariat; 404 otherwise, as if it did not exist.
     */
    private VisitRef ref(StaffMember actor, Institution institution, UUID recessId, UUID visitId) {
        if (!actor.maySee(institution.id())) {
            throw new NotFoundException("Institution " + institution.id() + " not found");
        }
        RecessCalendar.requireCouncil(institution);
        return jdbc.sql("select recess_id, member_id from recess_visit where id = ? and institution_id = ?")
                .params(visitId, institution.id())
                .query((rs, n) ->
                        new VisitRef(rs.getObject("recess_id", UUID.class), rs.getObject("member_id", UUID.class)))
                .optional()
                .filter(v -> recessId == null || v.recessId().equals(recessId))
                .orElseThrow(() -> new NotFoundException("Visit " + visitId + " not found"));
    }

    private VisitSheet sheetOf(Institution institution, UUID visitId) {
        return entries.sheetOf(institution.id(), visitId)
                .orElseThrow(() -> new NotFoundException("Visit " + visitId + " not found"));
    }

    private static int between(String field, Integer value, int otherwise, int min, int max) {
        if (value == null) {
            return otherwise;
        }
        if (value < min || value > max) {
            throw InvalidInputException.invalid(field, "must be from " + min + " to " + max);
        }
        return value;
    }

    private static String fileBase(SheetKind kind) {
        return switch (kind) {
            case ASPIRATIONS -> "lembar-aspirasi";
            case ATTENDANCE -> "daftar-hadir";
            case GUESTS -> "daftar-tamu-undangan";
        };
    }
}
