package org.plenary.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.audit.AuditLog;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * The writes of the account admin screens, each in one transaction. Passwords are hashed here and never stored or
 * audited in clear.
 */
@Component
@Transactional
class AccountAdministration {

    private final Accounts accounts;

    private final PasswordEncoder passwordEncoder;

    private final LoginThrottle throttle;

    private final AuditLog audit;

    AccountAdministration(Accounts accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
    }

    Account create(NewAccountForm form) {
        if (this.accounts.existsByUsernameIgnoreCase(form.username())) {
            throw new RuleException("username", "admin.account.username.taken");
        }
        return this.accounts.save(new Account(
                form.username(),
                form.displayName().strip(),
                this.passwordEncoder.encode(form.password()),
                form.role()));
    }

    void update(Long id, AccountForm form, String editor) {
        Account account = account(id);
        StaleEditException.check(form.version(), account.getVersion());
        account.administer(editor, form.displayName().strip(), form.role(), form.enabled());
    }

    /** The database's audit trigger records that the hash changed, by whom, never the value. */
    void resetPassword(Long id, String password) {
        account(id).changePassword(this.passwordEncoder.encode(password));
    }

    /**
     * Forgives the account's failed logins at every address, so that its owner may try again now; recorded in the
     * audit trail (the throttle's own rows are not audited).
     */
    void unlock(Long id) {
        Account account = account(id);
        int addresses = this.throttle.unlock(account.getUsername());
        this.audit.record(
                "UNLOCK", "Account", account.getId(), Map.of("lockedAddresses", Map.of("from", addresses, "to", 0)));
    }

    /** The accounts locked from some address now, by lowercase username. */
    @Transactional(readOnly = true)
    Map<String, LoginThrottle.LockedUsername> locked() {
        Map<String, LoginThrottle.LockedUsername> locked = new HashMap<>();
        this.throttle.lockedUsernames().forEach((l) -> locked.put(l.username(), l));
        return locked;
    }

    @Transactional(readOnly = true)
    Account account(Long id) {
        return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("admin.account.notFound", id));
    }
}
