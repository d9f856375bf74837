package org.latch.calendar;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;
import org.latch.geo.Place;
import org.latch.platform.FormErrors;

/**
 * Checks a site form field by field: a name and a meeting place, a location Latch can
 * find (town, ZIP code or coordinates, through {@code geo}), an optional coordinator who
 * has an account, a start time, a route from 0.1 to 100 km, a capacity from 1 to 10,000
 * and an optional fee per person from 0.01 to 1,000.
 */
@Component
class SiteChecks {

	static final int CAPACITY_MAX = 10_000;

	private final GeoManagement geo;

	private final AccountManagement accounts;

	SiteChecks(GeoManagement geo, AccountManagement accounts) {
		this.geo = geo;
		this.accounts = accounts;
	}

	Optional<SiteDetails> check(SiteForm form, FormErrors errors) {
		String name = required(form.name(), "name", 120, errors);
		String place = required(form.place(), "place", 200, errors);
		GeoPoint point = null;
		String city = "";
		if (form.location().isBlank()) {
			errors.reject("location", "site.error.location.required");
		}
		else {
			point = this.geo.locate(form.location()).orElse(null);
			if (point == null) {
				errors.reject("location", "site.error.location.unknown");
			}
			else {
				city = this.geo.nearestPlace(point).map(Place::name).orElse(form.location().strip());
			}
		}
		UUID coordinator = coordinator(form.coordinator(), errors);
		LocalTime startsAt = null;
		try {
			startsAt = LocalTime.parse(form.startsAt().strip());
		}
		catch (DateTimeParseException ex) {
			errors.reject("startsAt", "site.error.starts-at");
		}
		BigDecimal route = decimal(form.routeKm(), 1, "0.1", "100").orElse(null);
		if (route == null) {
			errors.reject("routeKm", "site.error.route");
		}
		Integer capacity = FormValues.whole(form.capacity(), 1, CAPACITY_MAX).orElse(null);
		if (capacity == null) {
			errors.reject("capacity", "site.error.capacity");
		}
		Integer fee = null;
		if (!form.fee().isBlank()) {
			fee = decimal(form.fee(), 2, "0.01", "1000").map(amount -> amount.movePointRight(2).intValueExact())
				.orElse(null);
			if (fee == null) {
				errors.reject("fee", "site.error.fee");
			}
		}
		if (errors.any() || point == null || startsAt == null || route == null || capacity == null) {
			return Optional.empty();
		}
		return Optional.of(new SiteDetails(name, place, city, point, coordinator, startsAt, route, capacity, fee));
	}

	private static String required(String text, String field, int max, FormErrors errors) {
		String value = text.strip();
		if (value.isEmpty()) {
			errors.reject(field, "site.error." + field + ".required");
		}
		else if (!FormValues.plain(value, max) || value.contains("\n")) {
			errors.reject(field, "site.error." + field + ".invalid");
		}
		return value;
	}

	private @Nullable UUID coordinator(String email, FormErrors errors) {
		if (email.isBlank()) {
			return null;
		}
		Optional<UUID> found = (email.length() > 254) ? Optional.empty()
				: this.accounts.person(email.strip()).map(Person::id);
		if (found.isEmpty()) {
			errors.reject("coordinator", "site.error.coordinator");
			return null;
		}
		return found.get();
	}

	/**
	 * A number with at most {@code scale} decimals (a point or a comma) within bounds.
	 */
	private static Optional<BigDecimal> decimal(String text, int scale, String min, String max) {
		String value = text.strip().replace(',', '.');
		if (!value.matches("\\d{1,6}(\\.\\d{1," + scale + "})?")) {
			return Optional.empty();
		}
		BigDecimal amount = new BigDecimal(value).setScale(scale);
		return (amount.compareTo(new BigDecimal(min)) < 0 || amount.compareTo(new BigDecimal(max)) > 0)
				? Optional.empty() : Optional.of(amount);
	}

}
