package org.latch.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One milk bank or depot in a management list or in the choice of banks. */
record MilkPlaceRow(UUID id, MilkPlaceKind kind, String name, String city, @Nullable String region) {

	static MilkPlaceRow of(MilkPlace place) {
		NewMilkPlace input = place.input();
		return new MilkPlaceRow(place.getId(), place.kind(), place.name(), input.city(), input.region());
	}

	String kindKey() {
		return this.kind == MilkPlaceKind.MILK_BANK ? "manage.milk.kind.bank" : "manage.milk.kind.depot";
	}

	String place() {
		return this.region == null ? this.city : this.city + ", " + this.region;
	}

}
