package id.suara.staff.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; Spring Security's form login handles the POST. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

    LoginController(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            HttpSession session,
            Model model) {
        boolean failed = error != null;
        var last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("failed", failed && !(last instanceof LockedException));
        model.addAttribute("locked", failed && last instanceof LockedException);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("singleSignOn", singleSignOnProviders());
        return "login";
    }

    /** The identity providers to offer beside the form, by registration id, when single sign-on is configured. */
    private Map<String, String> singleSignOnProviders() {
        var providers = new LinkedHashMap<String, String>();
        if (singleSignOn.getIfAvailable() instanceof Iterable<?> registrations) {
            for (var registration : registrations) {
                if (registration instanceof ClientRegistration client) {
                    providers.put(client.getRegistrationId(), client.getClientName());
                }
            }
        }
        return providers;
    }
}
