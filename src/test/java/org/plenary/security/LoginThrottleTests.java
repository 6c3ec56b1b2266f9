package org.plenary.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login throttling that cannot be turned against a real user: failures lock a username at the address they came
 * from only, an address that tries many usernames is throttled as a whole, one message for every failure, the same
 * throttle for form login and HTTP Basic, counts shared by every node (they live in PostgreSQL) and bounded. Each
 * test uses addresses of its own (IPv6 documentation range), since the counts are shared by the whole test run.
 */
@PlenaryIntegrationTest
class LoginThrottleTests {

    private static final String PASSWORD = "correct-password-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    LoginThrottle throttle;

    @Test
    void five_wrong_passwords_lock_the_username_at_that_address_only_so_its_owner_elsewhere_logs_in() throws Exception {
        String username = account();
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            this.mvc.perform(login(username, "wrong-" + i, attacker)).andExpect(unauthenticated());
        }
        this.mvc.perform(login(username, PASSWORD, attacker)).andExpect(unauthenticated());
        this.mvc.perform(login(username, PASSWORD, address())).andExpect(authenticated());
    }

    @Test
    void many_usernames_from_one_address_lock_that_address_against_password_spraying() throws Exception {
        String username = account();
        String sprayer = address();
        for (int i = 0; i < 20; i++) {
            this.mvc
                    .perform(login("sprayed-" + i + "-" + UUID.randomUUID(), "Spring2018!", sprayer))
                    .andExpect(unauthenticated());
        }
        // Even a right password is refused from that address now; from another address it works.
        this.mvc.perform(login(username, PASSWORD, sprayer)).andExpect(unauthenticated());
        this.mvc.perform(login(username, PASSWORD, address())).andExpect(authenticated());
    }

    @Test
    void a_locked_an_unknown_and_a_wrongly_typed_username_read_the_same_message() throws Exception {
        String username = account();
        String address = address();
        String wrongPassword = failureMessage(login(username, "wrong", address));
        String unknown = failureMessage(login("nobody-" + UUID.randomUUID(), "wrong", address));
        for (int i = 0; i < 4; i++) {
            this.mvc.perform(login(username, "wrong-" + i, address));
        }
        String locked = failureMessage(login(username, PASSWORD, address));
        assertThat(wrongPassword)
                .contains("Wrong username or password")
                .isEqualTo(unknown)
                .isEqualTo(locked);
    }

    @Test
    void http_basic_goes_through_the_same_throttle() throws Exception {
        String username = account();
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            this.mvc
                    .perform(get("/api/v1/processes/none/compare")
                            .with(httpBasic(username, "wrong-" + i))
                            .with(from(attacker)))
                    .andExpect(status().isUnauthorized());
        }
        this.mvc
                .perform(post("/api/v1/diff")
                        .contentType("application/json")
                        .content("{\"from\":\"a\",\"to\":\"b\"}")
                        .with(httpBasic(username, PASSWORD))
                        .with(from(attacker)))
                .andExpect(status().isUnauthorized());
        this.mvc
                .perform(post("/api/v1/diff")
                        .contentType("application/json")
                        .content("{\"from\":\"a\",\"to\":\"b\"}")
                        .with(httpBasic(username, PASSWORD))
                        .with(from(address())))
                .andExpect(status().isOk());
    }

    @Test
    void failures_counted_on_two_nodes_add_up_to_a_lock_on_both() {
        LoginThrottle nodeA = this.throttle;
        LoginThrottle nodeB = node(Clock.systemUTC());
        String username = "two-nodes-" + UUID.randomUUID();
        String address = address();
        for (int i = 0; i < 3; i++) {
            nodeA.failed(username, address);
        }
        nodeB.failed(username, address);
        assertThat(nodeA.isLocked(username, address)).isFalse();
        nodeB.failed(username, address);
        assertThat(nodeA.isLocked(username, address)).isTrue();
        assertThat(nodeB.isLocked(username, address)).isTrue();
    }

    @Test
    void a_lock_ends_after_its_time_and_old_counts_are_deleted_so_the_table_stays_bounded() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
        LoginThrottle node = node(clock);
        String address = address();
        for (int i = 0; i < 25; i++) {
            node.failed("user-" + i, address);
        }
        assertThat(node.isLocked("user-0", address)).isTrue();
        // The 20th failure locked the address; from then on new usernames add no rows: 19 usernames and the address.
        assertThat(rowsOf(address)).isEqualTo(20);

        clock.advance(Duration.ofMinutes(16));
        assertThat(node.isLocked("user-0", address)).isFalse();
        node.failed("user-0", address());
        assertThat(rowsOf(address))
                .as("expired rows deleted by the next failure")
                .isZero();
    }

    private int rowsOf(String address) {
        return JdbcClient.create(this.dataSource)
                .sql("select count(*) from login_failure where address = ?")
                .param(address)
                .query(Integer.class)
                .single();
    }

    private LoginThrottle node(Clock clock) {
        return new LoginThrottle(
                JdbcClient.create(this.dataSource), clock, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    private String failureMessage(MockHttpServletRequestBuilder login) throws Exception {
        MvcResult result = this.mvc.perform(login).andExpect(unauthenticated()).andReturn();
        String page = this.mvc
                .perform(get("/login?error").cookie(LoginAndSessionTests.session(result)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int start = page.indexOf("class=\"error-summary\"");
        assertThat(start).as("the login page shows a failure").isPositive();
        return page.substring(page.indexOf('>', start) + 1, page.indexOf("</p>", start));
    }

    private String account() {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        this.accounts.ensure(username, "Throttled", Role.VIEWER, PASSWORD);
        return username;
    }

    static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .with(csrf())
                .param("username", username)
                .param("password", password)
                .with(from(address));
    }

    static RequestPostProcessor from(String address) {
        return (request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address no other test uses: from the IPv6 documentation range. */
    static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "2001:db8:%x:%x:%x::1", random.nextInt(65536), random.nextInt(65536), random.nextInt(65536));
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public Instant instant() {
            return this.now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
