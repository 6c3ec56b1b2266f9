package org.plenary.web;

/**
 * A form whose text is bound exactly as typed: not trimmed, blanks not made {@code null} (see {@link FormBinding}).
 * For forms holding a password, where a leading or trailing space is part of the secret.
 */
public interface KeepsTextAsTyped {}
