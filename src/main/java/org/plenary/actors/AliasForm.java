package org.plenary.actors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Another name an actor goes by in notes. */
public record AliasForm(@NotBlank @Size(max = 200) String alias) {}
