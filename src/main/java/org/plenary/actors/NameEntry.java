package org.plenary.actors;

/** An actor's names as name resolution reads them. */
public record NameEntry(Long id, String code, String name, String officialName, String iso2) {

}
