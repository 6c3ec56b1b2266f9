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

		/** The cell's inline style: the option's colour. */
		public String style() {
			return "background:" + this.option.colour();
		}

		/**
		 * The evidence on hover: option, date, group, source, meeting and quote. Composed here, once per cell, because
		 * the matrix has thousands of cells and a template expression per part made rendering the slowest step.
		 * @param via the word for "via a group", in the reader's language
		 */
		public String title(String via) {
			StringBuilder title = new StringBuilder(this.option.label()).append(" · ").append(this.validFrom);
			if (this.viaName != null) {
				title.append(" · ").append(via).append(' ').append(this.viaName);
			}
			if (this.source != null) {
				title.append(" · ").append(this.source);
			}
			if (this.meetingTitle != null) {
				title.append(" · ").append(this.meetingTitle);
			}
			if (this.quote != null) {
				title.append(" · “").append(this.quote).append('”');
			}
			return title.toString();
		}

	}

}
