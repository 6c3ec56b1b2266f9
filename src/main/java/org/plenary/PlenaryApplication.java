package org.plenary;

import java.time.ZoneOffset;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Plenary follows a multi-stakeholder negotiation: who stands where, what was said each day, and how the
 * negotiated text changed.
 */
@SpringBootApplication
public class PlenaryApplication {

    public static void main(String[] args) {
        // Times inside are UTC whatever the host's zone; "today" comes from plenary.time-zone (ClockConfiguration).
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        SpringApplication.run(PlenaryApplication.class, args);
    }
}
