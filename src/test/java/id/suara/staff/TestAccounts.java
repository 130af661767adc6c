package id.suara.staff;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.test.Api;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Fresh staff accounts for tests that lock, disable or re-password them, so the demo accounts stay untouched. */
@Component
class TestAccounts {

    static final String PASSWORD = "tujuh-belas Agustus 1945";

    private final StaffAccounts accounts;
    private final Institutions institutions;
    private final Api api;

    TestAccounts(StaffAccounts accounts, Institutions institutions, Api api) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.api = api;
    }

    UUID institution(String code) {
        return institutions.findByCode(code).orElseThrow().id();
    }

    /** A new account of the institution with the given roles, password {@link #PASSWORD}. */
    StaffMember create(String institutionCode, Role... roles) {
        var username = "test." + UUID.randomUUID().toString().substring(0, 8);
        var grants = new java.util.HashSet<RoleGrant>();
        for (var role : roles) {
            grants.add(new RoleGrant(role, null));
        }
        return accounts.create(
                institutionCode == null ? null : institution(institutionCode),
                username,
                "Akun Uji " + username,
                PASSWORD,
                Set.copyOf(grants));
    }

    /** Signs in with HTTP Basic on a staff endpoint every role may use; 200 means the credentials were accepted. */
    Api.Response signIn(String username, String password) {
        return api.send(basic(username, password, get("/api/v1/staff/me")));
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B basic(String username, String password, B request) {
        var token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header(HttpHeaders.AUTHORIZATION, "Basic " + token);
    }
}
