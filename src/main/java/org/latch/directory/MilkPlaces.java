package org.latch.directory;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.geo.GeoPoint;

/**
 * Milk banks and depots: added by organizations, found near a place by families and
 * donors.
 */
@Service
public class MilkPlaces {

	/** Kilometres per degree of latitude, rounded up so the band never misses a place. */
	private static final double KM_PER_DEGREE = 110.5;

	/**
	 * How long the public list of places serves searches before it is read again; changes
	 * made on this node show at once, changes made on another node within this time.
	 */
	static final Duration FRESH = Duration.ofMinutes(1);

	private final MilkPlaceRepository places;

	/** Every place as the public sees it. */
	private final Refreshed<List<MilkPlaceView>> publicPlaces;

	MilkPlaces(MilkPlaceRepository places) {
		this.places = places;
		this.publicPlaces = new Refreshed<>(this::readPublicPlaces, FRESH);
	}

	/**
	 * @throws IllegalArgumentException when a depot does not name an existing bank
	 */
	@Transactional
	public MilkPlaceId add(NewMilkPlace place) {
		if (place.kind() == MilkPlaceKind.MILK_DEPOT
				&& (place.bank() == null || !this.places.existsById(place.bank().value()))) {
			throw new IllegalArgumentException("A milk depot must name an existing milk bank");
		}
		this.publicPlaces.resetAfterCommit();
		return new MilkPlaceId(this.places.save(new MilkPlace(place)).getId());
	}

	/** Public views of the places within {@code radiusKm} of a point, nearest first. */
	public List<MilkPlaceView> near(GeoPoint point, int radiusKm) {
		return this.publicPlaces.get()
			.stream()
			.map(place -> place.from(point))
			.filter(place -> place.distanceKm() <= radiusKm)
			.sorted(Comparator.comparingDouble(MilkPlaceView::distanceKm))
			.toList();
	}

	private List<MilkPlaceView> readPublicPlaces() {
		List<MilkPlace> all = this.places.findAll();
		Map<UUID, String> banks = all.stream().collect(Collectors.toMap(MilkPlace::getId, MilkPlace::name));
		return all.stream()
			.map(place -> place.publicView(place.bankId() == null ? null : banks.get(place.bankId()), null))
			.toList();
	}

	/** A milk bank as the public sees it, if the id names one. */
	public Optional<MilkPlaceView> bank(MilkPlaceId id) {
		return banks().stream().filter(bank -> bank.id().equals(id)).findFirst();
	}

	/** Every milk bank as the public sees it, by name. */
	public List<MilkPlaceView> banks() {
		return this.publicPlaces.get()
			.stream()
			.filter(place -> place.kind() == MilkPlaceKind.MILK_BANK)
			.sorted(Comparator.comparing(MilkPlaceView::name))
			.toList();
	}

	/**
	 * The full addresses of a bank's depots, by name. Only for donors the bank approved
	 * and the bank's own staff: a depot's address is never public (decision 12).
	 */
	@Transactional(readOnly = true)
	public List<DepotAddress> depotsOf(MilkPlaceId bank) {
		return this.places.findByKindAndBankIdOrderByName(MilkPlaceKind.MILK_DEPOT, bank.value())
			.stream()
			.map(MilkPlace::address)
			.toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.places.count();
	}

	/**
	 * Changes every field of a place but its owner.
	 * @throws IllegalArgumentException when a depot does not name another existing bank,
	 * or a bank that depots send milk to would become a depot
	 */
	@Transactional
	public void update(MilkPlaceId id, NewMilkPlace place) {
		MilkPlace stored = this.places.findById(id.value())
			.orElseThrow(() -> new IllegalArgumentException("No milk place " + id));
		if (place.kind() == MilkPlaceKind.MILK_DEPOT) {
			MilkPlace bank = place.bank() == null || place.bank().equals(id) ? null
					: this.places.findById(place.bank().value()).orElse(null);
			if (bank == null || bank.kind() != MilkPlaceKind.MILK_BANK) {
				throw new IllegalArgumentException("A milk depot must name an existing milk bank");
			}
			if (this.places.existsByBankId(id.value())) {
				throw new IllegalArgumentException("Depots send milk to this bank");
			}
		}
		stored.update(place);
		this.publicPlaces.resetAfterCommit();
	}

}
