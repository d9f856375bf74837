package org.latch.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.geo.GeoPoint;

/**
 * Lactation consultants and doctors who agreed to be listed: added by the administrators
 * of a unit, found near a family by families and by Leaders referring them.
 */
@Service
public class HealthProfessionals {

	private final HealthProfessionalRepository professionals;

	private final Clock clock;

	/** Every listed professional as the public sees them. */
	private final Refreshed<List<ProfessionalView>> listed;

	HealthProfessionals(HealthProfessionalRepository professionals, Clock clock) {
		this.professionals = professionals;
		this.clock = clock;
		this.listed = new Refreshed<>(this::readListed, MilkPlaces.FRESH);
	}

	/** Lists a professional who agreed, now, to be listed with these details. */
	@Transactional
	public ProfessionalId add(NewProfessional professional) {
		this.listed.resetAfterCommit();
		return new ProfessionalId(
				this.professionals.save(new HealthProfessional(professional, this.clock.instant())).getId());
	}

	/** Changes every field but the owner. */
	@Transactional
	public void update(ProfessionalId id, NewProfessional professional) {
		this.professionals.findById(id.value())
			.orElseThrow(NothingHere::new)
			.update(professional, this.clock.instant());
		this.listed.resetAfterCommit();
	}

	/**
	 * Takes a professional out of the directory, as when they withdraw their agreement.
	 */
	@Transactional
	public void remove(ProfessionalId id) {
		this.professionals.deleteById(id.value());
		this.listed.resetAfterCommit();
	}

	/** Those within {@code radiusKm} of a point, nearest first. */
	public List<ProfessionalView> near(GeoPoint point, int radiusKm) {
		return this.listed.get()
			.stream()
			.map(professional -> professional.from(point))
			.filter(professional -> professional.distanceKm() <= radiusKm)
			.sorted(Comparator.comparingDouble(ProfessionalView::distanceKm))
			.toList();
	}

	/** Those who see families by video and speak {@code language}, by name. */
	public List<ProfessionalView> byVideo(String language) {
		return this.listed.get()
			.stream()
			.filter(professional -> professional.telehealth() && professional.speaks(language))
			.sorted(Comparator.comparing(ProfessionalView::name))
			.toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.professionals.count();
	}

	private List<ProfessionalView> readListed() {
		return this.professionals.findAll().stream().map(HealthProfessional::publicView).toList();
	}

}
