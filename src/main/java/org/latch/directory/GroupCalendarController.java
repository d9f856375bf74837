package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import org.latch.platform.Language;
import org.latch.platform.PlatformSettings;

/**
 * iCalendar feeds to download or subscribe to: one group's meetings, or every group's
 * below an area. Calendar apps poll them, so answers carry a weak ETag over the meeting
 * data (DTSTAMP aside) and a repeat poll of unchanged data gets a 304. Caching is
 * private: like every response, a feed may carry the CSRF cookie.
 */
@RestController
class GroupCalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final GroupPages pages;

	private final DirectoryManagement directory;

	private final MeetingManagement meetings;

	private final PlatformSettings settings;

	private final MessageSource messages;

	GroupCalendarController(GroupPages pages, DirectoryManagement directory, MeetingManagement meetings,
			PlatformSettings settings, MessageSource messages) {
		this.pages = pages;
		this.directory = directory;
		this.meetings = meetings;
		this.settings = settings;
		this.messages = messages;
	}

	static String groupPath(String slug) {
		return UriComponentsBuilder.fromPath("/calendar/groups/{slug}.ics").buildAndExpand(slug).encode().toUriString();
	}

	static String areaPath(String slug) {
		return UriComponentsBuilder.fromPath("/calendar/areas/{slug}.ics").buildAndExpand(slug).encode().toUriString();
	}

	@GetMapping("/calendar/groups/{slug}.ics")
	ResponseEntity<String> group(@PathVariable String slug, HttpServletRequest request) {
		UnitView group = this.pages.group(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return feed(group.name(), group.slug(), List.of(group), request);
	}

	@GetMapping("/calendar/areas/{slug}.ics")
	ResponseEntity<String> area(@PathVariable String slug, HttpServletRequest request) {
		UnitView area = this.pages.area(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<UnitView> groups = this.directory.subtrees(List.of(area.id()))
			.stream()
			.filter(unit -> unit.kind() == UnitKind.GROUP)
			.toList();
		return feed(area.name(), area.slug(), groups, request);
	}

	private ResponseEntity<String> feed(String name, String slug, List<UnitView> groups, HttpServletRequest request) {
		Language language = Language.of(RequestContextUtils.getLocale(request));
		String online = this.messages.getMessage("group.where.online", null, language.locale());
		GroupCalendar calendar = new GroupCalendar(name, Instant.now().truncatedTo(ChronoUnit.SECONDS));
		for (UnitView unit : groups) {
			GroupCalendar.Group group = new GroupCalendar.Group(unit,
					this.directory.profile(unit.id()).orElse(UnitProfile.EMPTY),
					this.settings.link(GroupPageController.path(unit.slug())), online);
			this.meetings.meetingsOf(unit.id()).forEach(meeting -> calendar.add(group, meeting));
		}
		String body = calendar.write();
		String etag = "W/\"" + digest(body.replaceAll("(?m)^DTSTAMP:.*$", "")) + "\"";
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (match != null && (match.equals(etag) || match.equals(etag.substring(2)))) {
			answer = ResponseEntity.status(HttpStatus.NOT_MODIFIED);
			body = null;
		}
		return answer.contentType(TEXT_CALENDAR)
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(slug + ".ics", StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
