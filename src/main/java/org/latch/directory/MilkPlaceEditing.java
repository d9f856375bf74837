package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milk banks and depots for the administrators of the units that own them: only those who
 * administer the owning unit (or everything) list, add and edit them. Every method checks
 * the person's {@link Reach} itself.
 */
@Service
class MilkPlaceEditing {

	private final MilkPlaceRepository places;

	private final OrganizationUnitRepository units;

	private final MilkPlaces milkPlaces;

	private final UnitAdministration administration;

	MilkPlaceEditing(MilkPlaceRepository places, OrganizationUnitRepository units, MilkPlaces milkPlaces,
			UnitAdministration administration) {
		this.places = places;
		this.units = units;
		this.milkPlaces = milkPlaces;
		this.administration = administration;
	}

	/** A unit the person administers, which may own milk places. */
	@Transactional(readOnly = true)
	UnitView owner(Reach reach, UUID unit) {
		return administered(reach, unit).view();
	}

	/** The places owned by the unit or any unit below it, by name. */
	@Transactional(readOnly = true)
	List<MilkPlaceRow> ownedBelow(Reach reach, UUID unit) {
		return this.places.findOwnedBelow(administered(reach, unit).path()).stream().map(MilkPlaceRow::of).toList();
	}

	/** The banks a depot of this person may send milk to: those they administer. */
	@Transactional(readOnly = true)
	List<MilkPlaceRow> banks(Reach reach) {
		List<MilkPlace> banks = reach.everywhere() ? this.places.findByKindOrderByName(MilkPlaceKind.MILK_BANK)
				: this.places.findByKindAndUnitIdInOrderByName(MilkPlaceKind.MILK_BANK,
						reach.administeredPaths()
							.stream()
							.flatMap(path -> this.units.findSubtree(path).stream())
							.map(OrganizationUnit::id)
							.distinct()
							.toList());
		return banks.stream().map(MilkPlaceRow::of).toList();
	}

	/** The place's fields, if the person administers its owner. */
	@Transactional(readOnly = true)
	NewMilkPlace input(Reach reach, UUID id) {
		return editable(reach, id).input();
	}

	@Transactional
	UUID create(Reach reach, UUID unit, NewMilkPlace place) {
		administered(reach, unit);
		return this.milkPlaces.add(place).value();
	}

	@Transactional
	void update(Reach reach, UUID id, NewMilkPlace place) {
		editable(reach, id);
		this.milkPlaces.update(new MilkPlaceId(id), place);
	}

	/** Whether depots send milk to this place (then it must stay a bank). */
	@Transactional(readOnly = true)
	boolean hasDepots(UUID id) {
		return this.places.existsByBankId(id);
	}

	private OrganizationUnit administered(Reach reach, UUID id) {
		return this.administration.administered(reach, id);
	}

	private MilkPlace editable(Reach reach, UUID id) {
		MilkPlace place = this.places.findById(id).orElseThrow(NothingHere::new);
		this.administration.checkKeeps(reach, place.unitId());
		return place;
	}

}
