package org.plenary.positions;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A contested question of a process ("the regular/irregular distinction") with its own ordered stance options.
 */
@Entity
class Issue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long processId;

	private String slug;

	private String title;

	private String description;

	private int sortOrder;

	@Version
	private long version;

	@OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("rank")
	private List<StanceOption> options = new ArrayList<>();

	protected Issue() {
	}

	Issue(Long processId, String slug, String title, String description) {
		this.processId = processId;
		this.slug = slug;
		this.title = title;
		this.description = description;
	}

	StanceOption addOption(String key, String label, String colour) {
		if (this.options.stream().anyMatch((o) -> o.getKey().equals(key))) {
			throw new PositionRuleException("key", "option.duplicate");
		}
		StanceOption option = new StanceOption(this, key, label, colour, this.options.size());
		this.options.add(option);
		return option;
	}

	/** Whether the option is one of this issue's: a position can only take a stance the issue offers. */
	boolean offers(StanceOption option) {
		return option != null && this.options.stream().anyMatch((o) -> o.getId().equals(option.getId()));
	}

	Long getId() {
		return this.id;
	}

	Long getProcessId() {
		return this.processId;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	List<StanceOption> getOptions() {
		return this.options;
	}

}
