package org.plenary;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the shared {@link TestDatabase}, with the demo data loaded, and counts
 * its SQL statements ({@link StatementCounter}).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testDatabase",
                        Map.of(
                                "spring.datasource.url",
                                db.url(),
                                "spring.datasource.username",
                                db.username(),
                                "spring.datasource.password",
                                db.password(),
                                "spring.test.database.replace",
                                "none",
                                "plenary.demo",
                                "true")));
        context.getBeanFactory().addBeanPostProcessor(new StatementCounter());
    }
}
