package org.plenary.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security module's API for other modules: make sure an account exists.
 */
@Service
public class AccountRegistry {

    private final Accounts accounts;

    private final PasswordEncoder passwordEncoder;

    AccountRegistry(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with that username exists; returns whether it created one. */
    @Transactional
    public boolean ensure(String username, String displayName, Role role, String rawPassword) {
        if (this.accounts.existsByUsernameIgnoreCase(username)) {
            return false;
        }
        this.accounts.save(new Account(username, displayName, this.passwordEncoder.encode(rawPassword), role));
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return this.accounts.count() == 0;
    }
}
