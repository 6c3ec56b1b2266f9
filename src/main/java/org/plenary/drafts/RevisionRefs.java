package org.plenary.drafts;

import java.util.List;
import java.util.Locale;

import org.plenary.web.NotFoundException;

/**
 * Finds a revision in a document's series by what a URL names it: its id, or its label (case ignored).
 */
final class RevisionRefs {

    private RevisionRefs() {}

    static RevisionRow find(List<RevisionRow> revisions, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new NotFoundException("drafts.revision.notFound", ref);
        }
        String wanted = ref.strip();
        for (RevisionRow revision : revisions) {
            if (String.valueOf(revision.id()).equals(wanted)
                    || revision.label().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return revision;
            }
        }
        throw new NotFoundException("drafts.revision.notFound", ref);
    }
}
