package org.plenary.drafts.compare;

/**
 * What changed in one section or objective between two revisions.
 *
 * @param title the section or objective heading
 * @param anchor the anchor of its first row in the comparison page
 * @param changed paragraphs changed in place
 * @param added paragraphs inserted
 * @param removed paragraphs deleted
 * @param moved paragraphs moved (in or within it)
 * @param wordsAdded words inserted
 * @param wordsRemoved words deleted
 */
public record PartSummary(
        String title, String anchor, int changed, int added, int removed, int moved, int wordsAdded, int wordsRemoved) {

    /** Whether nothing changed in the part. */
    public boolean unchanged() {
        return this.changed + this.added + this.removed + this.moved == 0;
    }
}
