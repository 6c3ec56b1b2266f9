package org.plenary.operations;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Plenary nodes (two embedded servers on random ports) on one PostgreSQL, started at the same moment on an empty
 * database, as behind a load balancer: start-up work done once, a session opened on one node valid on the other,
 * failed logins counted across both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    private static final String DEMO_PASSWORD = "plenary-demo";

    TestDatabase.Connection database;

    Node a;

    Node b;

    @BeforeAll
    void start_two_nodes_at_once_on_an_empty_database() throws Exception {
        this.database = TestDatabase.freshDatabase("plenary_two_nodes");
        CyclicBarrier together = new CyclicBarrier(2);
        Map<String, Object> properties = Map.of("plenary.demo", "true");
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Node> first = CompletableFuture.supplyAsync(
                    () -> {
                        await(together);
                        return Node.start(this.database, properties);
                    },
                    starters);
            CompletableFuture<Node> second = CompletableFuture.supplyAsync(
                    () -> {
                        await(together);
                        return Node.start(this.database, properties);
                    },
                    starters);
            this.a = first.get(5, TimeUnit.MINUTES);
            this.b = second.get(5, TimeUnit.MINUTES);
        } finally {
            starters.shutdown();
        }
    }

    @AfterAll
    void stop() {
        if (this.a != null) {
            this.a.close();
        }
        if (this.b != null) {
            this.b.close();
        }
        if (this.database != null) {
            TestDatabase.drop(this.database);
        }
    }

    @Test
    void nodes_started_together_leave_one_administrator_and_one_copy_of_the_demo_data() {
        JdbcClient jdbc = JdbcClient.create(this.a.context().getBean(javax.sql.DataSource.class));
        assertThat(count(jdbc, "select count(*) from account where role = 'ADMIN'"))
                .isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from account")).isEqualTo(4);
        assertThat(count(jdbc, "select count(*) from process where slug = 'gcm'"))
                .isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from draft_revision")).isEqualTo(3);
        assertThat(count(jdbc, "select count(*) from position"))
                .as("positions, as one load of the demo makes them")
                .isEqualTo(count(jdbc, "select count(distinct (actor_id, issue_id, valid_from)) from position"));
    }

    @Test
    void a_session_opened_on_one_node_is_valid_on_the_other() {
        HttpResponse<String> login = this.a.login("admin", DEMO_PASSWORD);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
        String session = Node.sessionCookie(login).orElseThrow();

        assertThat(this.b.get("/admin", Optional.of(session)).statusCode()).isEqualTo(200);
        assertThat(this.a.get("/admin", Optional.of(session)).statusCode()).isEqualTo(200);
        // Without it, the other node sends the reader to the login page.
        assertThat(this.b.get("/admin", Optional.empty()).statusCode()).isEqualTo(302);
    }

    @Test
    void five_failed_logins_split_over_two_nodes_lock_the_username_on_both() {
        for (int i = 0; i < 5; i++) {
            Node node = (i % 2 == 0) ? this.a : this.b;
            assertThat(node.login("coordinator", "wrong-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying((l) -> assertThat(l).contains("error"));
        }
        assertThat(this.a.login("coordinator", DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying((l) -> assertThat(l).contains("error"));
        assertThat(this.b.login("coordinator", DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying((l) -> assertThat(l).contains("error"));
        // Another account is not affected.
        assertThat(this.b.login("viewer", DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void pages_are_compressed_for_clients_that_accept_it() {
        HttpResponse<String> matrix = this.a.get("/processes/gcm/matrix", Map.of("Accept-Encoding", "gzip"));
        assertThat(matrix.statusCode()).isEqualTo(200);
        assertThat(matrix.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(this.a.get("/processes/gcm/matrix", Map.of()).headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
