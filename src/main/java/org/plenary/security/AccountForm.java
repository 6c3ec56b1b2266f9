package org.plenary.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An account's display name, role and whether it may log in, edited against the version it was opened on. */
public record AccountForm(
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        boolean enabled,
        long version) {

    static AccountForm of(Account account) {
        return new AccountForm(account.getDisplayName(), account.getRole(), account.isEnabled(), account.getVersion());
    }

    AccountForm withVersion(long version) {
        return new AccountForm(this.displayName, this.role, this.enabled, version);
    }
}
