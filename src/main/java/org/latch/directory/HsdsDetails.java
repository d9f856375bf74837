package org.latch.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The small HSDS 3.0 objects that hang off services and locations (languages, phones,
 * contacts, addresses, service areas, accessibility, attributes). Latch stores none of
 * them on their own, so each gets a name-based id from what it belongs to.
 */
final class HsdsDetails {

	private HsdsDetails() {
	}

	/** A language spoken at a service; {@code note} keeps the full BCP 47 tag. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Language(UUID id, @Nullable UUID serviceId, @Nullable UUID locationId, String name, String code,
			String note) {

		static List<Language> of(List<String> tags, @Nullable UUID serviceId, @Nullable UUID locationId) {
			return tags.stream().map(tag -> {
				Locale locale = Locale.forLanguageTag(tag);
				return new Language(HsdsEntry.id("language", serviceId, locationId, tag), serviceId, locationId,
						locale.getDisplayName(Locale.ENGLISH), locale.getLanguage(), tag);
			}).toList();
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Phone(UUID id, @Nullable UUID serviceId, String number, String type) {

		static List<Phone> of(@Nullable String number, UUID serviceId) {
			return (number == null || number.isBlank()) ? List.of()
					: List.of(new Phone(HsdsEntry.id("phone", serviceId), serviceId, number.strip(), "voice"));
		}

	}

	/** The group's public contact: named after the group, with its email. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Contact(UUID id, @Nullable UUID serviceId, String name, @Nullable String email, List<Phone> phones) {

		static List<Contact> of(HsdsEntry entry) {
			UnitProfile profile = entry.group().profile();
			boolean email = profile.email() != null && !profile.email().isBlank();
			boolean phone = profile.phone() != null && !profile.phone().isBlank();
			if (!email && !phone) {
				return List.of();
			}
			UUID id = HsdsEntry.id("contact", entry.serviceId());
			List<Phone> phones = phone ? List
				.of(new Phone(HsdsEntry.id("contact_phone", entry.serviceId()), null, profile.phone().strip(), "voice"))
					: List.of();
			return List.of(new Contact(id, entry.serviceId(), entry.group().view().name(),
					email ? profile.email().strip() : null, phones));
		}

	}

	/**
	 * A physical address. HSDS requires every field; a place without a postal code or
	 * region (many Caribbean islands have neither) gives an empty one rather than none.
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Address(UUID id, UUID locationId, @JsonProperty("address_1") String address1, String city,
			String stateProvince, String postalCode, String country, String addressType) {

		/** The group's street address, when it has one and a town. */
		static List<Address> of(HsdsUnit group) {
			UnitProfile profile = group.profile();
			String city = group.view().city();
			if (profile.streetAddress() == null || profile.streetAddress().isBlank() || city == null) {
				return List.of();
			}
			UUID location = group.view().id().value();
			return List.of(new Address(HsdsEntry.id("address", location), location, profile.streetAddress().strip(),
					city, blankIfNull(group.region()), blankIfNull(profile.postalCode()),
					blankIfNull(group.view().country()), "physical"));
		}

		private static String blankIfNull(@Nullable String text) {
			return (text == null) ? "" : text.strip();
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceArea(UUID id, UUID serviceId, String name, String description) {

		static List<ServiceArea> of(HsdsEntry entry) {
			UnitView group = entry.group().view();
			UUID id = HsdsEntry.id("service_area", entry.serviceId());
			if (group.online()) {
				return List.of(new ServiceArea(id, entry.serviceId(), "Online",
						"Families join online from anywhere; see the languages spoken."));
			}
			String place = String.join(", ",
					java.util.stream.Stream.of(group.city(), entry.group().region(), group.country())
						.filter(part -> part != null && !part.isBlank())
						.toList());
			String name = place.isEmpty() ? group.name() : place;
			return List.of(new ServiceArea(id, entry.serviceId(), name, "Families in and around " + name
					+ (entry.meeting().format() == MeetingFormat.HYBRID ? ", or online from anywhere." : ".")));
		}

	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Access(UUID id, UUID locationId, String description) {

		static List<Access> of(MeetingView meeting, UUID locationId) {
			return meeting.accessibility()
				.stream()
				.sorted()
				.map(value -> new Access(HsdsEntry.id("accessibility", meeting.id().value(), value), locationId,
						HsdsTaxonomy.term(value).name()))
				.toList();
		}

	}

	/** A link from a service to one of Latch's taxonomy terms. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Attribute(UUID id, UUID linkId, UUID taxonomyTermId, String linkType, String linkEntity,
			HsdsTaxonomyTermView taxonomyTerm) {

		static List<Attribute> of(MeetingView meeting) {
			UUID service = meeting.id().value();
			return HsdsTaxonomy.termsOf(meeting)
				.stream()
				.map(term -> new Attribute(HsdsEntry.id("attribute", service, term.id()), service, term.id(),
						linkType(term), "service", term))
				.toList();
		}

		/** From HSDS's open codelist of link types. */
		private static String linkType(HsdsTaxonomyTermView term) {
			return term.taxonomyId().equals(HsdsTaxonomy.AUDIENCE.id()) ? "audience"
					: term.taxonomyId().equals(HsdsTaxonomy.FORMAT.id()) ? "service_delivery" : "accessibility";
		}

	}

	/** A unit's website as HSDS shows it: an http(s) URI, else none. */
	static @Nullable String website(UnitProfile profile) {
		String website = blankToNull(profile.website());
		if (website == null || !(website.startsWith("https://") || website.startsWith("http://"))) {
			return null;
		}
		try {
			return java.net.URI.create(website).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A unit's email, none when blank. */
	static @Nullable String email(UnitProfile profile) {
		return blankToNull(profile.email());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
