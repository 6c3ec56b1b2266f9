/**
 * Positions: the issues of a process with their stance options, and who stands where on each, from which date,
 * on what evidence. A later position supersedes an earlier one from its date; a group's position applies to its
 * members of that date unless a member has its own; positions whose only evidence is a Chatham House meeting are
 * never shown to anonymous readers nor exported. Line-ups and the matrix are read in one SQL query each
 * ({@link org.plenary.positions.LineupReader}, {@link org.plenary.positions.MatrixReader}); writes go through
 * {@link org.plenary.positions.PositionRecorder}. Pages live in {@code positions.web}, the read API in
 * {@code positions.api}.
 */
package org.plenary.positions;
