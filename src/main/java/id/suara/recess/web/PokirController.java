package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.AspirationCategory;
import id.suara.recess.NewPokirCompilation;
import id.suara.recess.PokirCompilation;
import id.suara.recess.PokirCompilations;
import id.suara.recess.PokirExports;
import id.suara.recess.PokirItem;
import id.suara.recess.PokirItemChange;
import id.suara.recess.PokirReview;
import id.suara.recess.RecessCalendar;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for the pokir compilation of a planning year: drawing recess aspirations into items, review, the planner's
 * fields, the target office's decision, and the exports (ADR 0034). Staff of the institution read; its administrator,
 * officers, division heads and secretary change.
 */
@RestController
@Tag(name = "Pokir", description = "The DPRD's pokir compilation of a planning year, its review and exports")
@SecurityRequirement(name = "basic")
class PokirController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final PokirCompilations compilations;
    private final PokirExports exports;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    PokirController(
            PokirCompilations compilations,
            PokirExports exports,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.compilations = compilations;
        this.exports = exports;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** A compilation with the items a view shows. */
    record CompilationView(PokirCompilation compilation, List<PokirItem> items) {}

    /** Another aspiration case to add. */
    record AddedCase(UUID caseId) {}

    @GetMapping("/api/v1/institutions/{institutionId}/pokir")
    @Operation(summary = "The pokir compilations, the latest planning year first (staff)")
    List<PokirCompilation> compilations(@PathVariable UUID institutionId) {
        return compilations.compilations(seen(institutionId).id());
    }

    @PostMapping("/api/v1/institutions/{institutionId}/pokir")
    @Operation(
            summary = "Create a compilation for a planning year from the aspirations of some recesses: one item per "
                    + "aspiration group, one per ungrouped aspiration (editors)")
    ResponseEntity<PokirCompilation> create(
            @PathVariable UUID institutionId, @RequestBody NewPokirCompilation compilation) {
        return ResponseEntity.status(201)
                .body(compilations.create(currentStaff.get(), seen(institutionId), compilation));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}")
    @Operation(summary = "A compilation and its items, optionally filtered (staff)")
    CompilationView compilation(
            @PathVariable UUID institutionId,
            @PathVariable UUID compilationId,
            @Parameter(description = "items one of whose aspirations this member heard") @RequestParam(required = false)
                    UUID member,
            @Parameter(description = "items from this dapil") @RequestParam(required = false) UUID dapil,
            @Parameter(description = "items of this faction's members") @RequestParam(required = false) UUID faction,
            @Parameter(description = "items for this government office (OPD)") @RequestParam(required = false) UUID opd,
            @Parameter(description = "items of this category") @RequestParam(required = false) String category,
            @Parameter(description = "items with this review: PENDING, ACCEPTED, RETURNED, REJECTED")
                    @RequestParam(required = false)
                    String review) {
        var institution = seen(institutionId);
        var filter = new PokirCompilations.Filter(
                member,
                dapil,
                faction,
                opd,
                parse(AspirationCategory.class, category, "category"),
                parse(PokirReview.class, review, "review"));
        return new CompilationView(
                compilations.compilation(institution.id(), compilationId),
                compilations.items(institution.id(), compilationId, filter));
    }

    @PostMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}/draw")
    @Operation(summary = "Draw in the aspirations of the compilation's recesses heard since (editors)")
    PokirCompilation draw(@PathVariable UUID institutionId, @PathVariable UUID compilationId) {
        return compilations.redraw(currentStaff.get(), seen(institutionId), compilationId);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}/items")
    @Operation(summary = "Add another aspiration case of the institution as an item (editors)")
    ResponseEntity<PokirItem> addCase(
            @PathVariable UUID institutionId, @PathVariable UUID compilationId, @RequestBody AddedCase added) {
        return ResponseEntity.status(201)
                .body(compilations.addCase(
                        currentStaff.get(), seen(institutionId), compilationId, added == null ? null : added.caseId()));
    }

    @PatchMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}/items/{itemId}")
    @Operation(
            summary = "Change an item: planner's fields, review (a reason for returned or rejected) or the target "
                    + "office's decision (editors)")
    PokirItem change(
            @PathVariable UUID institutionId,
            @PathVariable UUID compilationId,
            @PathVariable UUID itemId,
            @RequestBody PokirItemChange change) {
        return compilations.change(currentStaff.get(), seen(institutionId), compilationId, itemId, change);
    }

    @GetMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}/export.xlsx")
    @Operation(summary = "The accepted items (or all, with their review) as XLSX in the planner's columns (staff)")
    ResponseEntity<byte[]> xlsx(
            @PathVariable UUID institutionId,
            @PathVariable UUID compilationId,
            @RequestParam(defaultValue = "false") boolean all) {
        var institution = seen(institutionId);
        return file(exports.xlsx(institution, compilationId, all), XLSX, name(institution, compilationId, all, "xlsx"));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}/export.csv")
    @Operation(
            summary = "The same as CSV: UTF-8 with BOM, semicolon-separated, decimal comma, for Excel in Indonesian "
                    + "(staff)")
    ResponseEntity<byte[]> csv(
            @PathVariable UUID institutionId,
            @PathVariable UUID compilationId,
            @RequestParam(defaultValue = "false") boolean all) {
        var institution = seen(institutionId);
        return file(exports.csv(institution, compilationId, all), CSV, name(institution, compilationId, all, "csv"));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/pokir/{compilationId}/export.pdf")
    @Operation(summary = "The list for the plenary meeting, landscape, with the letterhead (staff)")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID institutionId,
            @PathVariable UUID compilationId,
            @RequestParam(defaultValue = "false") boolean all) {
        var institution = seen(institutionId);
        return file(
                exports.pdf(institution, compilationId, all),
                MediaType.APPLICATION_PDF,
                name(institution, compilationId, all, "pdf"));
    }

    private String name(Institution institution, UUID compilationId, boolean all, String extension) {
        var compilation = compilations.compilation(institution.id(), compilationId);
        return "pokir-" + compilation.planningYear() + (all ? "-semua" : "") + "." + extension;
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(field, "is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A council secretariat the staff member may see; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        var institution = institutions.get(institutionId);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
