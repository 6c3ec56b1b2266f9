package org.plenary.drafts.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/diff}: two texts to compare.
 *
 * @param from the older text
 * @param to the newer text
 */
record DiffRequest(
        @NotNull(message = "is required") @Size(max = DiffRequest.MAX_CHARS, message = "is larger than 2 MB")
        String from,

        @NotNull(message = "is required") @Size(max = DiffRequest.MAX_CHARS, message = "is larger than 2 MB")
        String to) {

    /** About 2 MB of text per side: far more than any negotiated draft, small enough to answer quickly. */
    static final int MAX_CHARS = 2_000_000;
}
