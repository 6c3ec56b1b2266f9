package org.plenary.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which URL. Two chains: the JSON API under {@code /api/} (HTTP Basic, no session, no CSRF token, JSON
 * errors) and the pages (form login, CSRF on every form, session id changed at login). Reading public pages needs no
 * account; writing needs the role named here; feature controllers may narrow further with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(logins)
                .authorizeHttpRequests((requests) -> requests
                        // Drafts may be confidential: comparing revisions needs a login (before the public processes
                        // rule).
                        .requestMatchers(HttpMethod.GET, "/api/v1/processes/*/compare")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/processes/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/actors/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> json(
                        response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required (HTTP Basic)", true)))
                .exceptionHandling((errors) -> errors.accessDeniedHandler((request, response, ex) ->
                        json(response, HttpServletResponse.SC_FORBIDDEN, "Your role may not do this", false)))
                .sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::privacyHeaders)
                .csrf((csrf) -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.authenticationManager(logins)
                .authorizeHttpRequests((requests) -> requests.requestMatchers(
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                // formLogin's permitAll matches "/login" with no query only; "/login?expired" too.
                                "/login")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // Writing positions and setting up issues is for coordinators, importing and correcting drafts
                        // for analysts. The
                        // controllers say so again with @PreAuthorize; saying it here refuses a request before its form
                        // is read.
                        .requestMatchers(
                                "/processes/*/issues/*/positions/**",
                                "/positions/**",
                                "/processes/*/issues/new",
                                "/processes/*/issues/*/edit",
                                "/processes/*/issues/*/archive",
                                "/processes/*/issues/*/options/**")
                        .hasRole(Role.COORDINATOR.name())
                        // Notes (#7): writing, previewing and the history of saves are for coordinators; reading
                        // public notes needs no account (the notes module hides what a reader may not see).
                        .requestMatchers(
                                "/processes/*/notes/new",
                                "/notes/*/edit",
                                "/notes/*/history",
                                "/notes/preview",
                                "/notes/*/lineup",
                                "/notes/*/lineup/**",
                                "/notes/*/mentions",
                                "/notes/*/mentions/**")
                        .hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/notes/*", "/notes/*/print")
                        .permitAll()

                        // Interventions (#8): coordinators record, change and delete them; reading is public.
                        .requestMatchers("/processes/*/interventions/new", "/processes/*/interventions/*/edit")
                        .hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/processes/*/interventions/**")
                        .hasRole(Role.COORDINATOR.name())

                        // Amendment proposals (issue #9): coordinators and analysts record them.
                        .requestMatchers("/drafts/*/amendments/new", "/drafts/*/amendments/*/edit")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/drafts/*/amendments/**")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ANALYST.name())
                        .requestMatchers("/drafts/*/import", "/drafts/*/import/**", "/drafts/*/nodes/**")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/drafts/**")
                        .hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/", "/map", "/processes/**", "/actors/**", "/groups/**")
                        .permitAll()
                        // Search (#8): anyone searches; each reader finds only what they may read (filtered in the
                        // SQL).
                        .requestMatchers(HttpMethod.GET, "/search")
                        .permitAll()
                        // Published revisions are public documents; DraftsController sends an anonymous reader who
                        // asks for a draft revision to log in.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/drafts/*",
                                "/drafts/*/revisions/*",
                                "/drafts/*/paragraphs/*",
                                "/drafts/*/compare",
                                "/drafts/*/compare.*",
                                "/drafts/*/terms",
                                // An actor's ideal text (#9): its proposals applied to a published revision.
                                "/drafts/*/ideal",
                                "/drafts/*/revisions/*/ideal",
                                // The proposals and each proposal (#9): AmendmentReading shows an anonymous reader
                                // those against published revisions that were heard in public, else a 404. (The
                                // forms under /amendments are matched above, for coordinators and analysts.)
                                "/drafts/*/amendments",
                                "/drafts/*/amendments/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin((login) -> login.loginPage("/login").permitAll())
                // A form sent after the session expired: log in, then back to the form (#12).
                .exceptionHandling((errors) -> errors.accessDeniedHandler(new ExpiredSessionHandler()))
                .logout((logout) -> logout.logoutSuccessUrl("/login?loggedOut").permitAll())
                .sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
                .headers((headers) -> privacyHeaders(headers)
                        .contentSecurityPolicy((csp) -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    // --- Security and audit (issue #10): login throttling, privacy headers ---

    /**
     * The one way passwords are checked, for form login and HTTP Basic alike: behind the {@link LoginThrottle}.
     */
    @Bean
    AuthenticationManager logins(UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle));
    }

    /**
     * No full URL leaves for another site (a line-up URL names the issue and dates someone looked at), and none of the
     * powerful browser features a page of ours never uses.
     */
    private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
    }

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    // --- end of security and audit ---

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.COORDINATOR.name(), Role.ANALYST.name())
                .role(Role.COORDINATOR.name())
                .implies(Role.VIEWER.name())
                .role(Role.ANALYST.name())
                .implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void json(HttpServletResponse response, int status, String message, boolean challenge)
            throws java.io.IOException {
        response.setStatus(status);
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
}
