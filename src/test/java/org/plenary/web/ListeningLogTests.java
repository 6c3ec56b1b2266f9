package org.plenary.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Once started, Plenary says in its log where it listens. */
@ExtendWith(OutputCaptureExtension.class)
class ListeningLogTests {

    @Test
    void the_log_says_where_plenary_listens(CapturedOutput output) {
        new ListeningLog(new MockEnvironment().withProperty("local.server.port", "8080")).started();
        assertThat(output).contains("Plenary is listening on http://localhost:8080/");
    }

    @Test
    void the_address_follows_the_server_settings() {
        assertThat(ListeningLog.address(new MockEnvironment()
                        .withProperty("local.server.port", "8443")
                        .withProperty("server.ssl.enabled", "true")
                        .withProperty("server.address", "10.0.0.5")
                        .withProperty("server.servlet.context-path", "/plenary")))
                .isEqualTo("https://10.0.0.5:8443/plenary/");
        assertThat(ListeningLog.address(new MockEnvironment())).isNull();
    }
}
