package org.latch.helprequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.FindMode;
import org.latch.directory.FindQuery;
import org.latch.directory.FindResults;
import org.latch.directory.FoundGroup;
import org.latch.directory.MilkPlaceView;
import org.latch.directory.MilkPlaces;
import org.latch.geo.GeoPoint;
import org.latch.platform.PlatformSettings;

/**
 * Where a Leader may refer a family, from the directory: up to four groups meeting near
 * the family (40 km) in their language, two online groups in their language, and three
 * milk banks or depots near them (50 km). Only these can be sent, so a referral is always
 * a real place.
 */
@Component
class Referrals {

	static final int GROUP_KM = 40;

	static final int MILK_KM = 50;

	private final DirectoryManagement directory;

	private final MilkPlaces milk;

	private final PlatformSettings settings;

	Referrals(DirectoryManagement directory, MilkPlaces milk, PlatformSettings settings) {
		this.directory = directory;
		this.milk = milk;
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
		}
		return options;
	}

	Optional<Referral> find(HelpRequest request, String key) {
		return options(request).stream().filter(option -> option.key().equals(key)).findFirst();
	}

	private Referral group(FoundGroup group) {
		return new Referral("group:" + group.slug(), group.name(), group.city(), group.distanceKm(),
				this.settings.link("/groups/" + group.slug()));
	}

	private Referral milk(MilkPlaceView place) {
		String reach = (place.website() != null) ? place.website()
				: (place.phone() != null) ? place.phone() : place.city();
		return new Referral("milk:" + place.id().value(), place.name(), place.city(), place.distanceKm(), reach);
	}

}
