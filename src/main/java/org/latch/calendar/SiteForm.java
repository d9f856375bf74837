package org.latch.calendar;

import java.util.Map;

import org.latch.platform.FormParameters;

/** The site form as sent, every field text until checked ({@link SiteChecks}). */
record SiteForm(String name, String place, String location, String coordinator, String startsAt, String routeKm,
		String capacity, String fee) {

	static SiteForm empty() {
		return new SiteForm("", "", "", "", "09:00", "", "", "");
	}

	static SiteForm of(SiteDetails details, String coordinatorEmail) {
		String fee = (details.feeCents() == null) ? ""
				: java.math.BigDecimal.valueOf(details.feeCents(), 2).toPlainString();
		return new SiteForm(details.name(), details.place(),
				details.point().latitude() + "," + details.point().longitude(), coordinatorEmail,
				details.startsAt().toString(), details.routeKm().toPlainString(), Integer.toString(details.capacity()),
				fee);
	}

	static SiteForm from(Map<String, String[]> parameters) {
		return new SiteForm(FormParameters.one(parameters, "name"), FormParameters.one(parameters, "place"),
				FormParameters.one(parameters, "location"), FormParameters.one(parameters, "coordinator"),
				FormParameters.one(parameters, "startsAt"), FormParameters.one(parameters, "routeKm"),
				FormParameters.one(parameters, "capacity"), FormParameters.one(parameters, "fee"));
	}

}
