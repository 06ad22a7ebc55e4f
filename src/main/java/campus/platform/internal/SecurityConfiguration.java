package campus.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import campus.accounts.AccountsApi;
import campus.partners.PartnerRoutes;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages sign in by form with a session; the API takes the same session or a
 * bearer token. Staff pages live under /staff, administrator pages under /admin, so one rule each
 * covers every route a module adds there.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
            // lessons embed videos by URL; only these two players, and only in the privacy-enhanced form
            + "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMINISTRATOR > ROLE_STAFF
                ROLE_STAFF > ROLE_TUTOR
                ROLE_TUTOR > ROLE_LEARNER
                ROLE_PARTNER_ADMIN > ROLE_LEARNER
                """);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, AccountsApi accounts, ApiProblemWriter problems,
                                 PartnerRoutes partnerRoutes, RoleHierarchy roles) throws Exception {
        AuthorityAuthorizationManager<RequestAuthorizationContext> staff = AuthorityAuthorizationManager.hasRole("STAFF");
        staff.setRoleHierarchy(roles);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        // checking a submitted credential changes nothing and reads no one's data: machines post it without a session
        RequestMatcher credentialCheck = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/credentials/verify");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/catalogue", "/catalogue/**", "/register", "/verify", "/password/**",
                                "/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error", "/surveys/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/activities", "/api/activities/*").permitAll()
                        // the transparency log is public so that anyone can mirror and audit it
                        .requestMatchers(HttpMethod.GET, "/log/**", "/api/log/**").permitAll()
                        // so is checking a credential: its page, JSON and certificate (the credentials module
                        // answers 404 for a private one), the issuer's keys and status lists, the verification API
                        .requestMatchers(HttpMethod.GET, "/credentials/issuer", "/credentials/status/*", "/credentials/achievements/*", "/credentials/*",
                                "/credentials/*/credential.json", "/credentials/*/certificate.pdf",
                                "/api/credentials/*/verification").permitAll()
                        .requestMatchers(credentialCheck).permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMINISTRATOR")
                        // a partner's administrators manage their own activities with the Centre's own authoring
                        // pages and their own space; everything else under /staff stays the Centre's
                        .requestMatchers("/staff/activities/new").access(partnerRoutes.newActivity(staff))
                        .requestMatchers(HttpMethod.POST, "/staff/activities").access(partnerRoutes.newActivity(staff))
                        .requestMatchers("/staff/activities/{id}", "/staff/activities/{id}/**").access(partnerRoutes.activity(staff))
                        .requestMatchers("/p/{slug}/admin", "/p/{slug}/admin/**").access(partnerRoutes.space(staff))
                        .requestMatchers(HttpMethod.GET, "/p/*", "/p/*/logo", "/p/*/theme.css").permitAll()
                        .requestMatchers("/staff/**", "/api/staff/**", "/api/reports/**").hasRole("STAFF")
                        .requestMatchers("/tutor/**").hasRole("TUTOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/my-learning").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearer, credentialCheck))
                .addFilterBefore(new BearerTokenFilter(accounts, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                problems.write(request, response, 401, "problem.unauthenticated"), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                problems.write(request, response, 403, "problem.forbidden"), api))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
