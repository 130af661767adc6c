package id.suara.portal.web;

import id.suara.documents.Documents;
import id.suara.institution.Institutions;
import id.suara.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public verification page a document's QR code opens: whether Suara issued a document with this code, and its
 * number, type, date, issuer and checksum — nothing confidential, so anyone holding the paper can check it is genuine.
 */
@Controller
@PortalPage
class VerificationController {

    private final Documents documents;
    private final Institutions institutions;

    VerificationController(Documents documents, Institutions institutions) {
        this.documents = documents;
        this.institutions = institutions;
    }

    @GetMapping("/verifikasi/{code}")
    String verify(@PathVariable String code, Model model) {
        var document = documents.verify(code).orElseThrow(() -> new NotFoundException("No document has this code"));
        model.addAttribute("document", document);
        model.addAttribute("replacedBy", documents.replacedBy(document).orElse(null));
        model.addAttribute("zone", institutions.get(document.institutionId()).zone());
        return "portal/verification";
    }
}
