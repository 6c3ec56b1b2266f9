package org.plenary.positions;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cause of the matrix's slowdown seen in session 16 (docs/benchmarks/lineup-benchmark.md): on a PostgreSQL built
 * with LLVM, the matrix statement's estimated cost at 10x data passes {@code jit_above_cost}, and compiling it took
 * more CPU than running it. The application's connections run with {@code jit} off; these tests assert that, and
 * that the statement is not compiled even with the cost threshold at zero, where it would be with {@code jit} on.
 * No timing: the plan says whether it was compiled.
 */
@PlenaryIntegrationTest
class MatrixStatementIsNotJitCompiledTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_applications_connections_run_with_jit_off() {
        assertThat(this.jdbc
                        .sql("select current_setting('jit')")
                        .query(String.class)
                        .single())
                .isEqualTo("off");
    }

    @Test
    void the_matrix_statement_is_not_jit_compiled_even_with_the_cost_threshold_at_zero() {
        long processId = new PositionsFixture(this.jdbc).processId;
        String plan = this.transactions.execute((status) -> {
            this.jdbc.sql("set local jit_above_cost = 0").update();
            return explainMatrix(processId);
        });
        assertThat(plan).contains("\"Plan\"").doesNotContain("\"JIT\"");

        // The same check sees a compiled plan when jit is on, on a server that has JIT (LLVM): so the assertion above
        // tells the setting apart, not a server without JIT.
        if (this.jdbc.sql("select pg_jit_available()").query(Boolean.class).single()) {
            String compiled = this.transactions.execute((status) -> {
                this.jdbc.sql("set local jit = on").update();
                this.jdbc.sql("set local jit_above_cost = 0").update();
                return explainMatrix(processId);
            });
            assertThat(compiled).contains("\"JIT\"");
        }
    }

    private String explainMatrix(long processId) {
        LocalDate asOf = LocalDate.of(2018, 5, 1);
        return this.jdbc
                .sql("explain (analyze, format json) " + MatrixReader.MATRIX)
                .param("processId", processId)
                .param("asOf", Date.valueOf(asOf))
                .param("region", null, Types.VARCHAR)
                .param("groupId", null, Types.BIGINT)
                .param("onlyWithPositions", false)
                .param("includeConfidential", false)
                .query(String.class)
                .single();
    }
}
