package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.Role;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With a client registration configured (a Keycloak realm here), the web also signs in through OpenID Connect. */
@SuaraIntegrationTest
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.keycloak.client-id=suara",
            "spring.security.oauth2.client.registration.keycloak.client-secret=rahasia",
            "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
            "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.keycloak.authorization-uri=" + SingleSignOnIntegrationTest.REALM
                    + "/protocol/openid-connect/auth",
            "spring.security.oauth2.client.provider.keycloak.token-uri=" + SingleSignOnIntegrationTest.REALM
                    + "/protocol/openid-connect/token",
            "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=" + SingleSignOnIntegrationTest.REALM
                    + "/protocol/openid-connect/certs",
            "spring.security.oauth2.client.provider.keycloak.user-info-uri=" + SingleSignOnIntegrationTest.REALM
                    + "/protocol/openid-connect/userinfo",
            "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"
        })
class SingleSignOnIntegrationTest {

    /** Never contacted: the test only follows Suara to the identity provider's door. */
    static final String REALM = "http://127.0.0.1:9/realms/suara";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Test
    void sendsTheBrowserToTheIdentityProviderToSignIn() {
        var redirect = api.send(get("/oauth2/authorization/keycloak"));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location"))
                .startsWith(REALM + "/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=suara", "scope=openid%20profile", "state=", "nonce=");
        SecurityHeadersIntegrationTest.assertSecurityHeaders(redirect);
    }

    @Test
    void offersSingleSignOnBesideTheLoginForm() {
        var page = api.send(get("/login"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("/oauth2/authorization/keycloak", "name=\"password\"");
    }

    @Test
    void passwordsStillWork() {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        assertThat(accounts.signIn(member.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(200);
    }
}
