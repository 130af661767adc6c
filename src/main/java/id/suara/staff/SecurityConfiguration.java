package id.suara.staff;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.server.servlet.Session.SessionTrackingMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may call what. The public submission and tracking API is open; the staff API ({@code /api/**}) is stateless and
 * takes HTTP Basic credentials, so it needs no CSRF protection; everything else is the web, with form login (and single
 * sign-on through OpenID Connect when a client registration is configured), a session cookie and CSRF protection.
 * Both sign-in paths share one password check with lockout ({@link StaffAuthenticationProvider}), and every response
 * carries the {@link SecurityHeaders}. Finer rules (which case, which action) are checked by the domain against the
 * {@link StaffMember}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/submissions")
                        .permitAll()
                        // "saya juga mengalami" (ADR 0037)
                        .requestMatchers(HttpMethod.POST, "/api/v1/submissions/*/support")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/submissions/*",
                                "/api/v1/submissions/*/receipt",
                                "/api/v1/submissions/*/receipt.pdf")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/institutions", "/api/v1/institutions/*/procedures")
                        .permitAll()
                        // the complainant's side of the conversation, with the access code (ADR 0036)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/submissions/*/messages",
                                "/api/v1/submissions/*/reply",
                                "/api/v1/submissions/*/survey",
                                "/api/v1/submissions/*/objection")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/submissions/*/conversation",
                                "/api/v1/institutions/*/satisfaction")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // a stateless API signs nobody out and keeps no request to resume after signing in: two filters fewer
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.everywhere())
                .build();
    }

    /** Everything that is not the API; the last chain, as it matches every request. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            StaffAccounts accounts,
            SignInAttempts attempts,
            SecuritySettings settings,
            Clock clock,
            ObjectProvider<ClientRegistrationRepository> singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/actuator/health/**",
                                "/actuator/health",
                                "/error")
                        .permitAll()
                        // The public portal (module portal): citizens need no account
                        .requestMatchers(
                                "/",
                                "/i/**",
                                "/lacak/**",
                                "/jawaban/**",
                                "/dukung/**",
                                "/verifikasi/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new StaffLanding())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SessionRefreshFilter(accounts, clock), SecurityContextHolderFilter.class)
                // a citizen's "me too" and tracking lookup from Suara's own pages need no token, so their pages start
                // no session (ADR 0046)
                .csrf(csrf -> csrf.ignoringRequestMatchers(new SameOriginPublicForms()))
                .headers(SecurityHeaders.everywhere());
        if (singleSignOn.getIfAvailable() != null) {
            var users = new StaffOidcUserService(
                    new OidcUserService(), accounts, attempts, settings.oidc().usernameClaim());
            http.oauth2Login(login -> login.loginPage("/login")
                    .successHandler(new StaffLanding())
                    .userInfoEndpoint(info -> info.oidcUserService(users)));
        }
        return http.build();
    }

    /**
     * No observation (timer, trace span) around the security filter chain and each of its filters: without this bean
     * Spring Security wraps every filter, which cost public tracking ~10 % of its CPU even with those observations
     * disabled by property (docs/benchmarks.md). Every request is still observed as a whole (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        // Stored hashes carry their own id and cost ({bcrypt}$2a$10$…), so changing the strength affects new ones only.
        return new DelegatingPasswordEncoder(
                "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
    }

    /**
     * The one way to check a password, used by HTTP Basic and form login alike. Deliberately no
     * {@code UserDetailsService} or {@code AuthenticationProvider} bean: Spring Security would build a second, unguarded
     * password check from either.
     */
    @Bean
    AuthenticationManager authenticationManager(
            StaffAccounts accounts,
            PasswordEncoder passwordEncoder,
            SignInAttempts attempts,
            ObjectProvider<AuthenticationEventPublisher> events) {
        var passwords = new DaoAuthenticationProvider(staffUserDetails(accounts));
        passwords.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(new StaffAuthenticationProvider(passwords, attempts));
        events.ifAvailable(manager::setAuthenticationEventPublisher);
        return manager;
    }

    /** The session cookie is always HttpOnly, SameSite=Lax and, unless turned off for plain-HTTP development, Secure. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> sessionCookie(SecuritySettings settings) {
        return new SessionCookieCustomizer(settings.secureCookies());
    }

    private static UserDetailsService staffUserDetails(StaffAccounts accounts) {
        return username -> accounts.credentials(username)
                .flatMap(credentials -> accounts.findById(credentials.accountId())
                        .map(member -> new StaffPrincipal(
                                member,
                                credentials.passwordHash(),
                                credentials.enabled(),
                                credentials.passwordChangedAt())))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** Runs after Spring Boot's own customizer, so {@code server.servlet.session.cookie.*} cannot weaken it. */
    record SessionCookieCustomizer(boolean secure)
            implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableServletWebServerFactory factory) {
            var session = factory.getSettings().getSession();
            session.setTrackingModes(java.util.Set.of(SessionTrackingMode.COOKIE));
            var cookie = session.getCookie();
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.LAX);
            cookie.setSecure(secure);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
