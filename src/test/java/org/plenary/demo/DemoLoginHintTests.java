package org.plenary.demo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** With the demo data, the start-up log says how to log in. */
@ExtendWith(OutputCaptureExtension.class)
class DemoLoginHintTests {

    @Test
    void the_log_says_how_to_log_in_to_the_demo(CapturedOutput output) {
        ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);
        when(context.getEnvironment()).thenReturn(new MockEnvironment().withProperty("local.server.port", "8080"));
        new DemoData(null, null)
                .howToLogIn(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        assertThat(output)
                .contains("log in at http://localhost:8080/login as viewer, coordinator, analyst or admin with the "
                        + "password plenary-demo");
    }
}
