package org.latch.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

import org.latch.directory.VTimeZones;

/**
 * The .ics file sent with a confirmed place (RFC 5545): at a site, the walk at its local
 * start time with the TZID of the campaign's zone and that zone's VTIMEZONE (built from
 * the JDK's rules, as the group feeds are); virtually, the whole day.
 */
final class CampaignInvitation {

	static final String MEDIA_TYPE = "text/calendar";

	/** How long a walk is shown in calendars. */
	private static final java.time.Duration WALK = java.time.Duration.ofHours(2);

	private CampaignInvitation() {
	}

	static String of(Campaign campaign, @Nullable Site site, String uid, String summary, String description, String url,
			Instant stamp) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Latch//Campaigns//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		VEvent event = new VEvent(false);
		event.add(new Uid(uid));
		event.add(new DtStamp(stamp));
		if (site == null) {
			event.add(new DtStart<>(campaign.day()));
			event.add(new DtEnd<>(campaign.day().plusDays(1)));
		}
		else {
			calendar.add(VTimeZones.of(campaign.zone(), campaign.day().getYear()));
			ParameterList zoned = new ParameterList(List.of(new TzId(campaign.zone().getId())));
			event.add(new DtStart<>(zoned, LocalDateTime.of(campaign.day(), site.startsAt())));
			event.add(new Duration(WALK));
			event.add(new Location(site.place() + ", " + site.city()));
		}
		event.add(new Summary(summary));
		event.add(new Description(description));
		event.add(new Url(URI.create(url)));
		calendar.add(event);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
