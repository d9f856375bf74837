package org.latch.helprequest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;

/**
 * A small network of its own for routing tests, at a spot of the South Pacific where no
 * other test's request or Leader is near: an area with two groups about 5 km apart, a
 * Spanish-speaking Leader in each ({@code near} the centre, {@code farther}), an
 * English-only Leader at the centre, and the Area Administrator. None of them answers
 * online requests, so other tests' online requests never reach them.
 */
final class HelpNetwork {

	private static final AtomicInteger SPOTS = new AtomicInteger();

	final double latitude;

	final double longitude;

	final UnitId area;

	final String near;

	final String farther;

	final String englishOnly;

	final String admin;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	HelpNetwork(DirectoryManagement directory, AccountManagement accounts, HelpViewers viewers,
			HelperSettings settings) {
		// A spot of its own on a grid of whole degrees (85 km and more apart, beyond
		// every
		// Leader's 40 km reach): random spots fell within reach of each other in about
		// one
		// run in six, and the third offer of a declined request went to another test's
		// Leader.
		int spot = SPOTS.getAndIncrement() % 200;
		this.latitude = -45 + spot / 20;
		this.longitude = -140 + spot % 20;
		UnitId national = directory.add(new NewUnit(null, UnitKind.NATIONAL, "help-nat-" + this.run,
				"Help Network " + this.run, "US", null, null, null, null, false, List.of("en", "es")));
		this.area = directory.add(new NewUnit(national, UnitKind.AREA, "help-area-" + this.run, "Help Area " + this.run,
				"US", null, null, null, null, false, List.of("en", "es")));
		UnitId centre = group(directory, "centre", this.latitude);
		UnitId north = group(directory, "north", this.latitude + 0.05);
		String hash = accounts.hashPassword("help-network-password");
		this.near = person(accounts, "cerca", List.of("es", "en"), hash, Role.LEADER, centre);
		this.farther = person(accounts, "lejos", List.of("es"), hash, Role.LEADER, north);
		this.englishOnly = person(accounts, "english", List.of("en"), hash, Role.LEADER, centre);
		this.admin = person(accounts, "admin", List.of("en", "es"), hash, Role.AREA_ADMIN, this.area);
		for (String leader : List.of(this.near, this.farther, this.englishOnly)) {
			settings.save(viewers.of(leader).orElseThrow(), terms(), Instant.now());
		}
	}

	/** Every day, 40 km, not online, ten a month. */
	static HelperTerms terms() {
		return new HelperTerms(true, false, 40, 10, EnumSet.allOf(DayOfWeek.class), null, ZoneOffset.UTC);
	}

	/** A place about a kilometre from the centre group, as typed in the help form. */
	String nearTheCentre() {
		return String.format(Locale.ROOT, "%.4f,%.4f", this.latitude - 0.01, this.longitude);
	}

	private UnitId group(DirectoryManagement directory, String name, double latitude) {
		return directory.add(
				new NewUnit(this.area, UnitKind.GROUP, "help-" + name + "-" + this.run, "Help " + name + " " + this.run,
						"US", null, "Pacific", latitude, this.longitude, false, List.of("en", "es")));
	}

	private String person(AccountManagement accounts, String name, List<String> languages, String hash, Role role,
			UnitId unit) {
		String email = name + "-" + this.run + "@help.example.org";
		accounts.createVerified(email, name + " " + this.run, languages, hash, List.of(new GrantView(role, unit)));
		return email;
	}

}
