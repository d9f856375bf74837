package org.latch.directory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The HSDS services and services at locations: meetings found, filtered, sorted and
 * turned into views. Descriptions come from the group's profile in the language asked
 * for, else in the meeting's languages, else in any.
 */
@Component
class HsdsServices {

	private final HsdsDirectory directory;

	private final HsdsSchedules schedules;

	HsdsServices(HsdsDirectory directory) {
		this.directory = directory;
		this.schedules = new HsdsSchedules(Clock.systemUTC());
	}

	HsdsPage<HsdsServiceView> services(HsdsFilter filter, int page, int perPage, String language) {
		HsdsDirectory.Found found = this.directory.find(filter, false, page, perPage);
		return HsdsPage.of(found.total(), page, perPage,
				found.entries().stream().map(entry -> summary(entry, language)).toList());
	}

	Optional<HsdsServiceView> service(UUID id, String language) {
		return this.directory.entry(id).map(entry -> full(entry, language));
	}

	HsdsPage<HsdsServiceAtLocationView> servicesAtLocations(HsdsFilter filter, int page, int perPage, String language) {
		HsdsDirectory.Found found = this.directory.find(filter, true, page, perPage);
		return HsdsPage.of(found.total(), page, perPage, found.entries().stream().map(entry -> {
			Double distance = filter.distanceMeters(entry);
			return new HsdsServiceAtLocationView(entry.serviceAtLocationId(), entry.serviceId(), entry.locationId(),
					description(entry, language), location(entry, false), summary(entry, language), null, null, null,
					null, (distance == null) ? null : Math.round(distance));
		}).toList());
	}

	/** Service at location ids are name-based: the index keeps them with the meeting. */
	Optional<HsdsServiceAtLocationView> serviceAtLocation(UUID id, String language) {
		return this.directory.atLocation(id).map(entry -> atLocation(entry, language));
	}

	private HsdsServiceAtLocationView atLocation(HsdsEntry entry, String language) {
		return new HsdsServiceAtLocationView(entry.serviceAtLocationId(), entry.serviceId(), entry.locationId(),
				description(entry, language), location(entry, true), summary(entry, language),
				this.schedules.of(entry, true), HsdsDetails.Contact.of(entry),
				HsdsDetails.Phone.of(entry.group().profile().phone(), entry.serviceId()),
				HsdsDetails.Attribute.of(entry.meeting()), null);
	}

	private HsdsServiceView summary(HsdsEntry entry, String language) {
		return view(entry, language, false);
	}

	private HsdsServiceView full(HsdsEntry entry, String language) {
		return view(entry, language, true);
	}

	private HsdsServiceView view(HsdsEntry entry, String language, boolean full) {
		UnitView organization = entry.organization();
		UnitProfile profile = entry.group().profile();
		return new HsdsServiceView(entry.serviceId(), (organization == null) ? null : organization.id().value(),
				entry.name(), description(entry, language), HsdsDetails.website(profile), HsdsDetails.email(profile),
				"active", eligibility(entry.meeting()), entry.lastModified(),
				(organization == null) ? null : HsdsOrganizationView.of(organization),
				full ? HsdsDetails.Phone.of(profile.phone(), entry.serviceId()) : null,
				full ? this.schedules.of(entry, false) : null, full ? HsdsDetails.ServiceArea.of(entry) : null,
				full ? (entry.hasLocation() ? List.of(atLocationLink(entry, language)) : List.of()) : null,
				full ? HsdsDetails.Language.of(entry.meeting().languages(), entry.serviceId(), null) : null,
				full ? HsdsDetails.Contact.of(entry) : null, full ? HsdsDetails.Attribute.of(entry.meeting()) : null);
	}

	/** Inside a full service: the link with its location, without the service again. */
	private HsdsServiceAtLocationView atLocationLink(HsdsEntry entry, String language) {
		return new HsdsServiceAtLocationView(entry.serviceAtLocationId(), entry.serviceId(), entry.locationId(),
				description(entry, language), location(entry, true), null, null, null, null, null, null);
	}

	private static HsdsLocationView location(HsdsEntry entry, boolean full) {
		HsdsUnit group = entry.group();
		UnitView organization = entry.organization();
		return new HsdsLocationView(entry.locationId(), "physical",
				(organization == null) ? null : organization.id().value(), group.view().name(),
				(group.point() == null) ? null : group.latitude(), (group.point() == null) ? null : group.longitude(),
				full ? HsdsDetails.Address.of(group) : null,
				full ? HsdsDetails.Language.of(group.view().languages(), null, entry.locationId()) : null,
				full ? HsdsDetails.Access.of(entry.meeting(), entry.locationId()) : null);
	}

	private static @Nullable String description(HsdsEntry entry, String language) {
		UnitProfile profile = entry.group().profile();
		String found = profile.description(language, entry.meeting().languages());
		if (found == null) {
			found = profile.description(language, entry.group().view().languages());
		}
		if (found == null) {
			found = profile.descriptions()
				.entrySet()
				.stream()
				.sorted(java.util.Map.Entry.comparingByKey())
				.map(java.util.Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		return found;
	}

	/**
	 * Who the meeting especially welcomes, in words; none when it welcomes everyone
	 * alike.
	 */
	private static @Nullable String eligibility(MeetingView meeting) {
		if (meeting.audiences().isEmpty()) {
			return null;
		}
		return "Open to every family; especially welcomes: " + String.join(", ",
				meeting.audiences().stream().sorted().map(audience -> HsdsTaxonomy.term(audience).name()).toList())
				+ ".";
	}

}
