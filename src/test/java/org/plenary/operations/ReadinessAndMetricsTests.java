package org.plenary.operations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.plenary.TestDatabase;
import org.plenary.security.AccountRegistry;
import org.plenary.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose database goes away (a proxy in front of PostgreSQL, cut and restored, as in a restart): readiness
 * turns DOWN while it is gone and UP again after, liveness stays UP throughout. The Prometheus endpoint has request
 * timings per page and the connection pool, for administrators only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessAndMetricsTests {

    /** How long a change of state may take to show: the pool waits up to 5 s for a connection. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    CuttableProxy proxy;

    Node node;

    String admin;

    final String password = "ops-" + UUID.randomUUID();

    @BeforeAll
    void start() throws Exception {
        TestDatabase.Connection db = TestDatabase.connection();
        Matcher address =
                Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.*)$").matcher(db.url());
        assertThat(address.matches()).as(db.url()).isTrue();
        int port = (address.group(2) != null) ? Integer.parseInt(address.group(2)) : 5432;
        this.proxy = new CuttableProxy(address.group(1), port);
        TestDatabase.Connection proxied = new TestDatabase.Connection(
                "jdbc:postgresql://127.0.0.1:" + this.proxy.port() + "/" + address.group(3),
                db.username(),
                db.password(),
                "proxied");
        this.node = Node.start(proxied, Map.of("plenary.demo", "false"));
        this.admin = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        this.node.context().getBean(AccountRegistry.class).ensure(this.admin, "Ops", Role.ADMIN, this.password);
    }

    @AfterAll
    void stop() throws Exception {
        if (this.node != null) {
            this.node.close();
        }
        if (this.proxy != null) {
            this.proxy.close();
        }
    }

    @Test
    void readiness_is_down_while_the_database_is_gone_and_up_again_after() throws Exception {
        assertThat(this.node.get("/actuator/health/readiness", Optional.empty()).statusCode())
                .isEqualTo(200);
        assertThat(this.node.get("/readyz", Optional.empty()).statusCode()).isEqualTo(200);

        this.proxy.cut();
        try {
            assertThat(awaitStatus("/actuator/health/readiness", (s) -> s == 503))
                    .as("readiness while the database is gone")
                    .isEqualTo(503);
            assertThat(this.node
                            .get("/actuator/health/liveness", Optional.empty())
                            .statusCode())
                    .as("liveness: the process itself is fine, no restart needed")
                    .isEqualTo(200);
        } finally {
            this.proxy.restore();
        }

        assertThat(awaitStatus("/actuator/health/readiness", (s) -> s == 200))
                .as("readiness once the database is back")
                .isEqualTo(200);
        assertThat(this.node.get("/login", Optional.empty()).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_shows_request_timings_per_page_and_the_pool_to_administrators_only() {
        this.node.get("/login", Optional.empty());
        assertThat(this.node.get("/actuator/prometheus", Optional.empty()).statusCode())
                .isEqualTo(401);

        HttpResponse<String> metrics = this.node.get(
                "/actuator/prometheus",
                Map.of(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (this.admin + ":" + this.password).getBytes(StandardCharsets.UTF_8))));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"")
                .contains("hikaricp_connections_active")
                .contains("hikaricp_connections_timeout_total");
    }

    private int awaitStatus(String path, IntPredicate wanted) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        int status = -1;
        while (Instant.now().isBefore(until)) {
            status = this.node.get(path, Optional.empty()).statusCode();
            if (wanted.test(status)) {
                return status;
            }
            Thread.sleep(250);
        }
        return status;
    }
}
