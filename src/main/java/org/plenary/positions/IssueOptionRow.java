package org.plenary.positions;

/** An issue with one of its options, as the issues-of-a-process query returns them. */
record IssueOptionRow(
        Long issueId,
        String slug,
        String title,
        String description,
        boolean archived,
        Long optionId,
        String key,
        String label,
        String shortLabel,
        String colour,
        Integer rank) {}
