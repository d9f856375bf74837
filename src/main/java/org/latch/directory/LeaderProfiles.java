package org.latch.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' public profiles: created when someone becomes a group's Leader, edited by
 * them.
 */
@Service
public class LeaderProfiles {

	private final LeaderProfileRepository profiles;

	private final OrganizationUnitRepository units;

	LeaderProfiles(LeaderProfileRepository profiles, OrganizationUnitRepository units) {
		this.profiles = profiles;
		this.units = units;
	}

	/**
	 * Records that a person leads a group, creating their profile (name and languages
	 * only) if they have none. Units that are not groups are ignored: Leaders lead
	 * groups.
	 */
	@Transactional
	public void leads(UUID person, String displayName, List<String> languages, UnitId group) {
		boolean isGroup = this.units.findById(group.value())
			.map(unit -> unit.view().kind() == UnitKind.GROUP)
			.orElse(false);
		if (!isGroup) {
			return;
		}
		this.profiles.findById(person)
			.orElseGet(() -> this.profiles.save(new LeaderProfile(person, displayName, languages)))
			.leads(group.value());
	}

	@Transactional(readOnly = true)
	public Optional<LeaderProfileView> of(UUID person) {
		return this.profiles.findById(person).map(LeaderProfile::view);
	}

	/**
	 * @return false when the person has no profile (leads no group)
	 */
	@Transactional
	public boolean update(UUID person, LeaderProfileInput input) {
		Optional<LeaderProfile> profile = this.profiles.findById(person);
		profile.ifPresent(p -> p.update(input));
		return profile.isPresent();
	}

	/** The group's Leaders who chose to be listed, by name. */
	@Transactional(readOnly = true)
	public List<LeaderProfileView> listedLeadersOf(UnitId group) {
		return this.profiles.findListedLeadersOf(group.value()).stream().map(LeaderProfile::view).toList();
	}

}
