package org.plenary.interventions;

import java.util.Arrays;
import java.util.Locale;

/** What an intervention did. Its API name is the lower-case, hyphenated constant ({@code proposes-language}). */
public enum InterventionKind {
    STATEMENT,
    SUPPORTS,
    OPPOSES,
    PROPOSES_LANGUAGE,
    ASKS_DELETION,
    RESERVES_POSITION,
    QUESTION;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind with this API name (or constant name), ignoring case.
     * @throws IllegalArgumentException if there is none
     */
    public static InterventionKind ofApiName(String name) {
        String wanted = String.valueOf(name).strip().replace('_', '-');
        return Arrays.stream(values())
                .filter((k) -> k.apiName().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind: " + name));
    }
}
