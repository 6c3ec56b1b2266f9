package org.plenary.positions;

import java.time.LocalDate;

/**
 * What a coordinator states about a position: the option (by key), from when, on what evidence, with what remark.
 */
public record PositionDraft(String optionKey, LocalDate validFrom, Evidence evidence, String remark) {}
