package org.plenary.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.plenary.web.KeepsTextAsTyped;

/** A new account with its first password (at least 12 characters; only its hash is stored). */
public record NewAccountForm(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{admin.account.username.pattern}")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,

        @NotNull @Size(min = 12, max = 200, message = "{admin.account.password.size}")
        String password)
        implements KeepsTextAsTyped {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", Role.VIEWER, "");
    }
}
