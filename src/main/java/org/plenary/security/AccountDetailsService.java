package org.plenary.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security; a throttled username comes back locked.
 */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    private final LoginAttempts attempts;

    AccountDetailsService(Accounts accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = this.accounts
                .findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .disabled(!account.isEnabled())
                .accountLocked(this.attempts.isBlocked(username))
                .build();
    }
}
