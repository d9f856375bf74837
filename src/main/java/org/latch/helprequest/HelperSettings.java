package org.latch.helprequest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.MeetingManagement;
import org.latch.directory.MeetingView;
import org.latch.directory.UnitId;
import org.latch.directory.UnitView;
import org.latch.geo.GeoPoint;

/**
 * A Leader's terms for taking requests. Saving also copies what routing needs from the
 * account (languages, the address emails go to) and from the first group meeting in
 * person they lead, by name as the contact log counts it ({@link LeaderUnits}: its place,
 * its area, the time zone of its meetings), so routing reads one table.
 */
@Service
class HelperSettings {

	/** Terms a Leader starts from: every day, 40 km, online too, ten a month. */
	private static final int BATCH = 200;

	static final HelperTerms DEFAULT = new HelperTerms(true, true, 40, 10, EnumSet.allOf(DayOfWeek.class), null,
			ZoneOffset.UTC);

	private final HelperRepository helpers;

	private final LeaderUnits units;

	private final DirectoryManagement directory;

	private final MeetingManagement meetings;

	private final HelpViewers viewers;

	private final TransactionTemplate transactions;

	HelperSettings(HelperRepository helpers, LeaderUnits units, DirectoryManagement directory,
			MeetingManagement meetings, HelpViewers viewers, TransactionTemplate transactions) {
		this.viewers = viewers;
		this.transactions = transactions;
		this.helpers = helpers;
		this.units = units;
		this.directory = directory;
		this.meetings = meetings;
	}

	@Transactional(readOnly = true)
	Optional<HelperTerms> terms(UUID person) {
		return this.helpers.findById(person).map(Helper::terms);
	}

	/** Saves the Leader's terms; the time zone is that of their group's meetings. */
	@Transactional
	HelperTerms save(Viewer viewer, HelperTerms terms, Instant now) {
		Helper helper = this.helpers.findById(viewer.id()).orElseGet(() -> new Helper(viewer.id()));
		identify(helper, viewer, terms, now);
		this.helpers.save(helper);
		return helper.terms();
	}

	/**
	 * Copies again who every Leader taking requests is and where they help from, as their
	 * account and group say now: a group moved, another group led, another area. Someone
	 * who no longer works on requests (no Leader or administrator role left) stops being
	 * offered any. Runs every night ({@link HelpPurge}); one transaction per Leader.
	 */
	int refreshAll(Instant now) {
		int refreshed = 0;
		UUID after = new UUID(0, 0);
		while (true) {
			List<UUID> ids = this.helpers.idsAfter(after, Limit.of(BATCH));
			if (ids.isEmpty()) {
				return refreshed;
			}
			for (UUID id : ids) {
				this.transactions.executeWithoutResult(status -> this.helpers.findById(id).ifPresent(helper -> {
					Optional<Viewer> viewer = this.viewers.of(helper.email());
					HelperTerms terms = helper.terms();
					if (viewer.isPresent()) {
						identify(helper, viewer.get(), terms, now);
					}
					else if (terms.accepting()) {
						helper.terms(new HelperTerms(false, terms.takesOnline(), terms.reachKm(), terms.monthlyCap(),
								terms.weekdays(), terms.awayUntil(), terms.timeZone()), now);
					}
				}));
			}
			refreshed += ids.size();
			after = ids.getLast();
		}
	}

	/** Copies the Leader's identity and place onto their row and sets their terms. */
	private void identify(Helper helper, Viewer viewer, HelperTerms terms, Instant now) {
		@Nullable UnitView group = this.units.groupsLedBy(viewer.person().email())
			.stream()
			.filter(unit -> !unit.online())
			.findFirst()
			.orElse(null);
		@Nullable GeoPoint place = (group == null) ? null : this.directory.location(group.id()).orElse(null);
		@Nullable UUID area = (group != null) ? this.units.areaOf(group).map(unit -> unit.id().value()).orElse(null)
				: viewer.administers().stream().findFirst().map(UnitId::value).orElse(null);
		helper.identify(viewer.person().email(), viewer.name(), viewer.person().language(), viewer.person().languages(),
				(place == null) ? null : place.latitude(), (place == null) ? null : place.longitude(), area);
		ZoneId zone = (group == null) ? terms.timeZone()
				: this.meetings.meetingsOf(group.id())
					.stream()
					.map(MeetingView::timeZone)
					.findFirst()
					.orElse(terms.timeZone());
		helper.terms(new HelperTerms(terms.accepting(), terms.takesOnline(), terms.reachKm(), terms.monthlyCap(),
				terms.weekdays(), terms.awayUntil(), zone), now);
	}

}
