package org.plenary.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.web.NotFoundException;
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

    AccountAdministration(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    Account create(NewAccountForm form) {
        if (this.accounts.existsByUsernameIgnoreCase(form.username())) {
            throw new AccountRuleException("username", "admin.account.username.taken");
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

    void resetPassword(Long id, String password) {
        account(id).changePassword(this.passwordEncoder.encode(password));
    }

    @Transactional(readOnly = true)
    Account account(Long id) {
        return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("admin.account.notFound", id));
    }
}
