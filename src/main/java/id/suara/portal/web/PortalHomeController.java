package id.suara.portal.web;

import id.suara.institution.Institutions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front page: which institutions accept submissions. */
@Controller
@PortalPage
class PortalHomeController {

    private final Institutions institutions;

    PortalHomeController(Institutions institutions) {
        this.institutions = institutions;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("institutions", institutions.all());
        return "portal/home";
    }
}
