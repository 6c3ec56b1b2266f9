package org.plenary.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.plenary.web.KeepsTextAsTyped;

/** A new password set by an administrator (at least 12 characters). */
public record PasswordForm(
        @NotNull @Size(min = 12, max = 200, message = "{admin.account.password.size}")
        String password) implements KeepsTextAsTyped {}
