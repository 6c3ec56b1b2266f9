package org.plenary.actors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new actor; its code is fixed at creation, since URLs and notes refer to it. */
public record NewActorForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = "([A-Z0-9]+(-[A-Z0-9]+)*)?", message = "{admin.actor.code.pattern}")
        String code,

        @NotNull ActorKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String officialName,

        @Pattern(regexp = "([A-Z]{2})?", message = "{admin.actor.iso2.pattern}")
        String iso2,

        RegionalGroup regionalGroup) {

    static NewActorForm empty() {
        return new NewActorForm("", ActorKind.STATE, "", "", "", null);
    }
}
