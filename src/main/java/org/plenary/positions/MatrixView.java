package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.plenary.actors.ActorKind;
import org.plenary.actors.RegionalGroup;

/**
 * Actors (rows) by issues (columns) as of a date; a cell is null where the actor's stance is unknown.
 */
public record MatrixView(LocalDate asOf, List<IssueView> issues, List<Row> rows) {

	/** One actor with a cell per issue, in the order of {@link MatrixView#issues()}. */
	public record Row(Long actorId, String code, String name, ActorKind kind, RegionalGroup regionalGroup,
			List<Cell> cells) {

	}

	/** The actor's stance on one issue, with its evidence. */
	public record Cell(IssueView.OptionView option, LocalDate validFrom, String viaName, String source, String quote,
			String remark, String meetingTitle, LocalDate meetingDay, boolean confidential) {

	}

}
