package org.plenary.web;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" comes from the configured zone (PLENARY_TIME_ZONE), UTC when none is set: never the server's local zone, so
 * every node of a deployment agrees on the date.
 */
class ProcessTimeZoneTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ClockConfiguration.class);

    @Test
    void the_clock_is_utc_unless_a_zone_is_configured() {
        this.context.run((app) -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("UTC")));
    }

    @Test
    void the_configured_zone_decides_which_date_today_is() {
        this.context
                .withPropertyValues("plenary.time-zone=Pacific/Auckland")
                .run((app) -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Pacific/Auckland")));
    }
}
