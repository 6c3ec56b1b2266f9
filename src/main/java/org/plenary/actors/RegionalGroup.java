package org.plenary.actors;

/**
 * The five UN regional groups.
 */
public enum RegionalGroup {
    AFRICAN,
    ASIA_PACIFIC,
    EEG,
    GRULAC,
    WEOG
}
