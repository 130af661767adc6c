package id.suara.casework.web;

import id.suara.casework.DispositionInstruction;
import id.suara.casework.DispositionInstructions;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for an institution's disposition instructions: read (staff), replace (administrators). */
@RestController
@RequestMapping("/api/v1/institutions/{institutionId}/disposition-instructions")
@Tag(name = "Dispositions")
@SecurityRequirement(name = "basic")
class DispositionInstructionsController {

    private final DispositionInstructions instructions;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    DispositionInstructionsController(
            DispositionInstructions instructions, Institutions institutions, CurrentStaff currentStaff) {
        this.instructions = instructions;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** The new list: the labels in print order; each one's code is worked out from its label. */
    record InstructionList(List<String> instructions) {}

    @GetMapping
    @Operation(summary = "The instructions a disposition may give, in print order (staff)")
    List<DispositionInstruction> list(@PathVariable UUID institutionId) {
        return instructions.of(seen(institutionId).id());
    }

    @PutMapping
    @Operation(summary = "Replace the instructions, labels in print order (administrators)")
    List<DispositionInstruction> replace(@PathVariable UUID institutionId, @RequestBody InstructionList list) {
        return instructions.replace(currentStaff.get(), seen(institutionId), list.instructions());
    }

    /** The institution, if the member may see it; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        return institutions.get(institutionId);
    }
}
