package org.latch.helprequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.FindMode;
import org.latch.directory.FindQuery;
import org.latch.directory.FindResults;
import org.latch.directory.FoundGroup;
import org.latch.directory.HealthProfessionals;
import org.latch.directory.MilkPlaceView;
import org.latch.directory.MilkPlaces;
import org.latch.directory.ProfessionalView;
import org.latch.geo.GeoPoint;
import org.latch.platform.PlatformSettings;

/**
 * Where a Leader may refer a family, from the directory: up to four groups meeting near
 * the family (40 km) in their language, two online groups in their language, three milk
 * banks or depots near them (50 km), and up to three lactation consultants or doctors
 * near them (50 km; those who speak the family's language first), then two who see
 * families by video in their language. Only these can be sent, so a referral is always a
 * real place or a listed professional.
 */
@Component
class Referrals {

	static final int GROUP_KM = 40;

	static final int MILK_KM = 50;

	static final int CARE_KM = 50;

	private final DirectoryManagement directory;

	private final MilkPlaces milk;

	private final HealthProfessionals professionals;

	private final PlatformSettings settings;

	Referrals(DirectoryManagement directory, MilkPlaces milk, HealthProfessionals professionals,
			PlatformSettings settings) {
		this.directory = directory;
		this.milk = milk;
		this.professionals = professionals;
		this.settings = settings;
	}

	List<Referral> options(HelpRequest request) {
		List<Referral> options = new ArrayList<>();
		GeoPoint place = (request.latitude() == null || request.longitude() == null) ? null
				: new GeoPoint(request.latitude(), request.longitude());
		if (place != null) {
			FindResults near = this.directory
				.findGroups(new FindQuery(null, place, GROUP_KM, request.language(), FindMode.IN_PERSON, 1));
			near.inPerson().stream().limit(4).map(this::group).forEach(options::add);
		}
		FindResults online = this.directory
			.findGroups(new FindQuery(null, null, FindQuery.DEFAULT_RADIUS_KM, request.language(), FindMode.ONLINE, 1));
		online.online().stream().limit(2).map(this::group).forEach(options::add);
		if (place != null) {
			this.milk.near(place, MILK_KM).stream().limit(3).map(this::milk).forEach(options::add);
			this.professionals.near(place, CARE_KM)
				.stream()
				.sorted(Comparator.comparing((ProfessionalView each) -> !each.speaks(request.language())))
				.limit(3)
				.map(this::professional)
				.forEach(options::add);
		}
		this.professionals.byVideo(request.language())
			.stream()
			.map(this::professional)
			.filter(video -> options.stream().noneMatch(option -> option.key().equals(video.key())))
			.limit(2)
			.forEach(options::add);
		return options;
	}

	Optional<Referral> find(HelpRequest request, String key) {
		return options(request).stream().filter(option -> option.key().equals(key)).findFirst();
	}

	private Referral group(FoundGroup group) {
		return new Referral("group:" + group.slug(), group.name(), "case.refer.kind.group", group.city(),
				group.distanceKm(), this.settings.link("/groups/" + group.slug()), false);
	}

	private Referral milk(MilkPlaceView place) {
		String reach = (place.website() != null) ? place.website()
				: (place.phone() != null) ? place.phone() : place.city();
		return new Referral("milk:" + place.id().value(), place.name(), place.kind().messageKey(), place.city(),
				place.distanceKm(), reach, false);
	}

	private Referral professional(ProfessionalView professional) {
		String name = (professional.credentials() == null) ? professional.name()
				: professional.name() + ", " + professional.credentials();
		String reach = String.join(" · ",
				Stream.of(professional.practice(), professional.phone(), professional.website())
					.filter(Objects::nonNull)
					.toList());
		return new Referral("care:" + professional.id().value(), name, professional.kind().messageKey(),
				professional.city(), professional.distanceKm(), reach.isEmpty() ? professional.city() : reach, true);
	}

}
