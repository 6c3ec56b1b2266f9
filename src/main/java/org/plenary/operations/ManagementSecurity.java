package org.plenary.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who reaches the actuator endpoints (on the application's port, or on PLENARY_MANAGEMENT_PORT): health (liveness,
 * readiness, also /livez and /readyz) is public, as load balancers ask for it without an account; everything else
 * (Prometheus, metrics, info, health details) needs an administrator over HTTP Basic, as a scraper sends it, through the
 * same throttled logins as every other. No session, no CSRF (nothing here takes a form).
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**", "/livez", "/readyz")
                .authenticationManager(logins)
                .authorizeHttpRequests((requests) -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/livez", "/readyz")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf((csrf) -> csrf.disable());
        return http.build();
    }
}
