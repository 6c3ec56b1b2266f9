package org.plenary.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import org.plenary.security.AccountRegistry;
import org.plenary.security.Role;
import org.plenary.web.ListeningLog;

/**
 * Loads the demo data: the SQL files in {@code classpath:demo/} in name order (each idempotent), then one account
 * per role with the password {@value #DEMO_PASSWORD}, which exists only in the demo.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "plenary-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DataSource dataSource;

    private final AccountRegistry accounts;

    DemoData(DataSource dataSource, AccountRegistry accounts) {
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Resource[] scripts = scripts();
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(scripts);
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(this.dataSource);
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            this.accounts.ensure(username, "Demo " + username, role, DEMO_PASSWORD);
        }
        log.info("Demo data loaded ({} scripts); demo accounts viewer, coordinator, analyst, admin", scripts.length);
    }

    /** After start-up, says how to log in to the demo (after the line that says where Plenary listens). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void howToLogIn(ApplicationReadyEvent event) {
        String address = ListeningLog.address(event.getApplicationContext().getEnvironment());
        if (address != null) {
            log.info(
                    "Demo data: log in at {}login as viewer, coordinator, analyst or admin with the password {}",
                    address,
                    DEMO_PASSWORD);
        }
    }

    private static Resource[] scripts() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.sql");
            Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
            return scripts;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
