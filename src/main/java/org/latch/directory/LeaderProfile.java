package org.latch.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * What a Leader shows families: a display name, languages, a few words, the groups they
 * lead, and contact details only if the Leader adds them.
 */
@Entity
@Table(name = "leader_profile")
class LeaderProfile extends StoredEntity {

	@Id
	private UUID personId;

	private String displayName;

	private String languages;

	private @Nullable String about;

	private @Nullable String publicEmail;

	private @Nullable String publicPhone;

	private boolean listed;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "leader_profile_group", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "group_id")
	private Set<UUID> groups = new HashSet<>();

	protected LeaderProfile() {
		this.personId = new UUID(0, 0);
		this.displayName = "";
		this.languages = "";
		this.updatedAt = Instant.now();
	}

	/** A new profile: listed with name and languages only, no contact details. */
	LeaderProfile(UUID personId, String displayName, List<String> languages) {
		this();
		this.personId = personId;
		this.displayName = displayName;
		this.languages = String.join(",", languages);
		this.listed = true;
	}

	@Override
	public UUID getId() {
		return this.personId;
	}

	void leads(UUID group) {
		this.groups.add(group);
	}

	void update(LeaderProfileInput input) {
		this.displayName = input.displayName();
		this.languages = String.join(",", input.languages());
		this.about = input.about();
		this.publicEmail = input.publicEmail();
		this.publicPhone = input.publicPhone();
		this.listed = input.listed();
		this.updatedAt = Instant.now();
	}

	LeaderProfileView view() {
		return new LeaderProfileView(this.personId, this.displayName,
				this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(",")), this.about,
				this.publicEmail, this.publicPhone, this.listed, this.groups.stream().map(UnitId::new).toList());
	}

}
