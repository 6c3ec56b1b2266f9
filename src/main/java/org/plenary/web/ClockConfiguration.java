package org.plenary.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock "today" comes from, so that tests can fix it. Times are stored and compared in UTC; the zone of this
 * clock only decides which date "today" is, and it is configuration ({@code PLENARY_TIME_ZONE}, default UTC), never
 * the server's local zone, so every node of a deployment agrees on it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${plenary.time-zone:UTC}") ZoneId zone) {
        return Clock.system(zone);
    }
}
