package org.plenary.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Says, once Plenary has started, where it listens: the line a person looks for in the log after
 * {@code ./mvnw spring-boot:run}.
 */
@Component
public class ListeningLog {

    private static final Logger log = LoggerFactory.getLogger(ListeningLog.class);

    private final Environment environment;

    ListeningLog(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void started() {
        String address = address(this.environment);
        if (address != null) {
            log.info("Plenary is listening on {}", address);
        }
    }

    /**
     * The address Plenary answers at, such as {@code http://localhost:8080/}, or {@code null} without a web server.
     */
    public static String address(Environment environment) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return null;
        }
        String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        String host = environment.getProperty("server.address");
        if (!StringUtils.hasText(host) || host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        String path = environment.getProperty("server.servlet.context-path", "");
        return scheme + "://" + host + ":" + port + path + "/";
    }
}
