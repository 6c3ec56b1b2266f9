package org.plenary.actors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An actor's names, kind and group, edited against the version the form was opened on. */
public record ActorForm(
        @NotNull ActorKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String officialName,

        @Pattern(regexp = "([A-Z]{2})?", message = "{admin.actor.iso2.pattern}")
        String iso2,

        RegionalGroup regionalGroup,
        long version) {

    static ActorForm of(Actor actor) {
        return new ActorForm(
                actor.getKind(),
                actor.getName(),
                actor.getOfficialName(),
                actor.getIso2(),
                actor.getRegionalGroup(),
                actor.getVersion());
    }

    ActorForm withVersion(long version) {
        return new ActorForm(this.kind, this.name, this.officialName, this.iso2, this.regionalGroup, version);
    }
}
