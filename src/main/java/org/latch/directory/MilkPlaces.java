package org.latch.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
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

	private final MilkPlaceRepository places;

	MilkPlaces(MilkPlaceRepository places) {
		this.places = places;
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
		return new MilkPlaceId(this.places.save(new MilkPlace(place)).getId());
	}

	/** Public views of the places within {@code radiusKm} of a point, nearest first. */
	@Transactional(readOnly = true)
	public List<MilkPlaceView> near(GeoPoint point, int radiusKm) {
		double band = radiusKm / KM_PER_DEGREE + MilkPlace.DEPOT_ROUNDING;
		List<MilkPlace> found = this.places.findBetweenLatitudes(point.latitude() - band, point.latitude() + band)
			.stream()
			.filter(place -> point.distanceKm(place.publicPoint()) <= radiusKm)
			.toList();
		Map<UUID, String> banks = this.places
			.findAllById(found.stream().map(MilkPlace::bankId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(MilkPlace::getId, MilkPlace::name));
		Function<MilkPlace, MilkPlaceView> view = place -> place
			.publicView(place.bankId() == null ? null : banks.get(place.bankId()), point);
		return found.stream().map(view).sorted(Comparator.comparingDouble(MilkPlaceView::distanceKm)).toList();
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
	}

}
