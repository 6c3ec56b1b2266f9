package org.plenary.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a first start with no account at all, creates the administrator {@code admin}: with the password in
 * PLENARY_ADMIN_PASSWORD, or with a generated one printed once to the log. There is no default password. Runs after
 * the demo data, which brings its own accounts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRegistry registry;

    private final String configuredPassword;

    FirstAdministrator(AccountRegistry registry, @Value("${plenary.admin-password:}") String configuredPassword) {
        this.registry = registry;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!this.registry.isEmpty()) {
            return;
        }
        boolean generated = !StringUtils.hasText(this.configuredPassword);
        String password = generated ? generatePassword() : this.configuredPassword;
        this.registry.ensure("admin", "Administrator", Role.ADMIN, password);
        if (generated) {
            log.warn(
                    "Created the first administrator 'admin' with the generated password: {} "
                            + "(shown only this once; change it under Admin > Accounts)",
                    password);
        } else {
            log.info("Created the first administrator 'admin' with the password from PLENARY_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
