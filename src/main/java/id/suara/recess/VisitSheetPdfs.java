package id.suara.recess;

import id.suara.documents.BlankForms;
import id.suara.institution.Institution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The blank sheets of a visit as PDF on the institution's letterhead, A4, in Indonesian (seed 004 step 3): aspiration
 * sheets with numbered entries to fill by hand, and the attendance list (daftar hadir, GOVDOCS §1.8) and guest list
 * (daftar tamu undangan) with numbered lines to sign. Each sheet carries its code, and each entry or page its line
 * numbers, so that what is written on it is entered afterwards once (ADR 0033).
 */
@Component
class VisitSheetPdfs {

    /** One sheet in a PDF: its code as printed and its number. */
    record PrintedSheet(String code, int number) {}

    private final BlankForms forms;

    VisitSheetPdfs(BlankForms forms) {
        this.forms = forms;
    }

    /** A guest as an invitation addresses them; all null for an invitation whose addressee is written by hand. */
    record Invitee(String name, String organisation, String address) {}

    /**
     * The recess invitations (undangan reses, GOVDOCS §1.3) of a visit, one page per invitee, signed by the member:
     * the day, time, place and purpose, and the request to bring the invitation (the companion collects it, seed 004
     * step 7).
     */
    byte[] invitations(Institution institution, VisitSheet visit, List<Invitee> invitees) {
        var at = visit.startsAt();
        var content = new LinkedHashMap<String, Object>();
        content.put("visit", visit);
        content.put("invitees", invitees);
        content.put(
                "day",
                java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", VisitWorkbook.INDONESIAN)
                        .format(at));
        content.put(
                "time",
                java.time.format.DateTimeFormatter.ofPattern("HH.mm", VisitWorkbook.INDONESIAN)
                                .format(at) + " " + VisitWorkbook.zoneName(at.getOffset()) + " s.d. selesai");
        content.put("where", VisitWorkbook.where(visit));
        return forms.render(institution, "documents/form-recess-invitation", content);
    }

    /** Sheets {@code first} … {@code first + count - 1} of this kind, each with {@code lines} numbered lines. */
    byte[] render(Institution institution, VisitSheet visit, SheetKind kind, int first, int count, int lines) {
        var sheets = IntStream.range(first, first + count)
                .mapToObj(n ->
                        new PrintedSheet(SheetCode.of(visit.visitId(), kind, n).toString(), n))
                .toList();
        var content = new LinkedHashMap<String, Object>();
        content.put("visit", visit);
        content.put("sheets", sheets);
        content.put("lines", IntStream.rangeClosed(1, lines).boxed().toList());
        content.put("member", VisitWorkbook.member(visit));
        content.put("when", VisitWorkbook.when(visit));
        content.put("where", VisitWorkbook.where(visit));
        if (kind == SheetKind.ASPIRATIONS) {
            content.put("categories", List.copyOf(SheetChoices.CATEGORIES.values()));
            content.put("urgencies", List.copyOf(SheetChoices.URGENCIES.values()));
            return forms.render(institution, "documents/form-recess-aspirations", content);
        }
        content.put("heading", kind == SheetKind.GUESTS ? "DAFTAR TAMU UNDANGAN" : "DAFTAR HADIR");
        return forms.render(institution, "documents/form-recess-attendance", content);
    }
}
