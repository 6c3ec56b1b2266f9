package org.plenary.drafts;

/**
 * A lineage link as the links page shows it.
 *
 * @param id the link's id
 * @param nodeId the node of the newer revision, or {@code null} (deleted)
 * @param predecessorId the node of the previous revision, or {@code null} (inserted)
 * @param kind how they relate
 * @param corrected whether an analyst corrected it
 * @param correctedBy who did
 * @param version the entity version, for the correction form
 */
public record LinkRow(
        Long id, Long nodeId, Long predecessorId, LinkKind kind, boolean corrected, String correctedBy, long version) {}
