package id.suara.institution.web;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Unit;
import id.suara.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which institutions accept submissions, and (for staff) their units. */
@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "Institutions")
class InstitutionController {

    private final Institutions institutions;

    InstitutionController(Institutions institutions) {
        this.institutions = institutions;
    }

    /** An institution as the public sees it. */
    record InstitutionSummary(UUID id, String code, String name, InstitutionKind kind, String timeZone) {

        static InstitutionSummary of(Institution i) {
            return new InstitutionSummary(
                    i.id(), i.code(), i.name(), i.kind(), i.zone().getId());
        }
    }

    @GetMapping
    @Operation(summary = "Institutions that accept submissions (public)")
    List<InstitutionSummary> all() {
        return institutions.all().stream().map(InstitutionSummary::of).toList();
    }

    @GetMapping("/{id}/units")
    @Operation(summary = "Units of an institution: divisions, council organs, government offices (staff)")
    List<Unit> units(@PathVariable UUID id) {
        if (institutions.findById(id).isEmpty()) {
            throw new NotFoundException("Institution " + id + " not found");
        }
        return institutions.units(id);
    }
}
