package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.Role;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Matching a single sign-on user to a staff account: only an existing, enabled, unlocked account, with Suara's roles.
 * Without any client registration (the default) single sign-on is simply absent.
 */
@SuaraIntegrationTest
class StaffOidcUserServiceIntegrationTest {

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Api api;

    @Autowired
    ApplicationContext context;

    @Test
    void signsInAsTheStaffAccountNamedInTheIdToken() {
        var member = accounts.create("dprd-kebumen", Role.OFFICER, Role.AUDITOR);
        var signedIn = (StaffOidcUser) serviceFor(Map.of("preferred_username", member.username()), "preferred_username")
                .loadUser(null);
        assertThat(signedIn.member().id()).isEqualTo(member.id());
        assertThat(signedIn.getName()).isEqualTo(member.username());
        assertThat(signedIn.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_AUDITOR");
    }

    @Test
    void readsTheUsernameFromTheConfiguredClaim() {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var signedIn =
                (StaffOidcUser) serviceFor(Map.of("preferred_username", "orang-lain", "nip", member.username()), "nip")
                        .loadUser(null);
        assertThat(signedIn.member().username()).isEqualTo(member.username());
    }

    @Test
    void refusesUsersWithoutAnEnabledUnlockedAccount() {
        assertRefused(serviceFor(Map.of("preferred_username", "tidak.ada"), "preferred_username"));
        assertRefused(serviceFor(Map.of("email", "x@example.id"), "preferred_username"));

        var disabled = accounts.create("dprd-kebumen", Role.OFFICER);
        staffAccounts.setEnabled(disabled.id(), false);
        assertRefused(serviceFor(Map.of("preferred_username", disabled.username()), "preferred_username"));

        var locked = accounts.create("dprd-kebumen", Role.OFFICER);
        for (int i = 0; i < 5; i++) {
            attempts.failed(locked.username());
        }
        assertRefused(serviceFor(Map.of("preferred_username", locked.username()), "preferred_username"));
    }

    @Test
    void withoutAClientRegistrationThereIsNoSingleSignOn() {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        assertThat(api.send(get("/login")).raw()).doesNotContain("oauth2");
        var notAnEndpoint = api.send(get("/oauth2/authorization/keycloak"));
        assertThat(notAnEndpoint.status()).isEqualTo(302);
        assertThat(notAnEndpoint.header("Location")).endsWith("/login");
    }

    private StaffOidcUserService serviceFor(Map<String, Object> claims, String usernameClaim) {
        var all = new HashMap<String, Object>(claims);
        all.put("sub", "f3a1c2d4-0000-4000-8000-000000000001");
        all.put("iss", "http://127.0.0.1:9/realms/suara");
        var now = Instant.now();
        var idToken = new OidcIdToken("token", now, now.plusSeconds(300), all);
        var identityProviderUser = new DefaultOidcUser(List.of(), idToken, "sub");
        return new StaffOidcUserService(request -> identityProviderUser, staffAccounts, attempts, usernameClaim);
    }

    private static void assertRefused(StaffOidcUserService service) {
        assertThatThrownBy(() -> service.loadUser(null))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(
                                ((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo(StaffOidcUserService.NO_ACCOUNT));
    }
}
