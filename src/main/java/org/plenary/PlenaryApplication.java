package org.plenary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Plenary follows a multi-stakeholder negotiation: who stands where, what was said each day, and how the
 * negotiated text changed.
 */
@SpringBootApplication
public class PlenaryApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlenaryApplication.class, args);
    }
}
