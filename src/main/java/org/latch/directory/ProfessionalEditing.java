package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health professionals for the administrators of the units that list them: only those who
 * administer the owning unit (or everything) list, add, edit and remove them. Every
 * method checks the person's {@link Reach} itself.
 */
@Service
class ProfessionalEditing {

	private final HealthProfessionalRepository professionals;

	private final HealthProfessionals directory;

	private final UnitAdministration administration;

	ProfessionalEditing(HealthProfessionalRepository professionals, HealthProfessionals directory,
			UnitAdministration administration) {
		this.professionals = professionals;
		this.directory = directory;
		this.administration = administration;
	}

	/** A unit the person administers, which may list professionals. */
	@Transactional(readOnly = true)
	UnitView owner(Reach reach, UUID unit) {
		return this.administration.administered(reach, unit).view();
	}

	/** The professionals listed by the unit or any unit below it, by name. */
	@Transactional(readOnly = true)
	List<ProfessionalRow> ownedBelow(Reach reach, UUID unit) {
		return this.professionals.findOwnedBelow(this.administration.administered(reach, unit).path())
			.stream()
			.map(ProfessionalRow::of)
			.toList();
	}

	/** The listing's fields, if the person administers its owner. */
	@Transactional(readOnly = true)
	NewProfessional input(Reach reach, UUID id) {
		return editable(reach, id).input();
	}

	@Transactional
	UUID create(Reach reach, UUID unit, NewProfessional professional) {
		this.administration.administered(reach, unit);
		return this.directory.add(professional).value();
	}

	@Transactional
	void update(Reach reach, UUID id, NewProfessional professional) {
		editable(reach, id);
		this.directory.update(new ProfessionalId(id), professional);
	}

	/**
	 * Removes the listing; the unit it belonged to, if any, for going back to its list.
	 */
	@Transactional
	@Nullable UUID remove(Reach reach, UUID id) {
		HealthProfessional professional = editable(reach, id);
		this.directory.remove(new ProfessionalId(id));
		return professional.unitId();
	}

	private HealthProfessional editable(Reach reach, UUID id) {
		HealthProfessional professional = this.professionals.findById(id).orElseThrow(NothingHere::new);
		this.administration.checkKeeps(reach, professional.unitId());
		return professional;
	}

}
