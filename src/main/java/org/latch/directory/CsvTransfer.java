package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * CSV export and import of the groups and meetings of a subtree. An import checks every
 * row first and saves nothing unless all are fine; then it saves all rows in one
 * transaction. Rows naming an existing slug or meeting id update it.
 */
@Service
class CsvTransfer {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final GroupEditing editing;

	private final GroupChecks checks;

	private final OrganizationUnitRepository units;

	private final MeetingRepository meetings;

	private final EntityManager entities;

	CsvTransfer(GroupEditing editing, GroupChecks checks, OrganizationUnitRepository units, MeetingRepository meetings,
			EntityManager entities) {
		this.editing = editing;
		this.checks = checks;
		this.units = units;
		this.meetings = meetings;
		this.entities = entities;
	}

	@Transactional(readOnly = true)
	String exportGroups(Reach reach, UUID root) {
		List<OrganizationUnit> below = this.editing.editableBelow(reach, root);
		Map<UUID, String> slugs = this.units.findSubtree(this.editing.editableUnit(reach, root).path())
			.stream()
			.collect(Collectors.toMap(OrganizationUnit::id, OrganizationUnit::slug));
		Function<OrganizationUnit, String> parent = unit -> unit.parentId() == null ? ""
				: Optional.ofNullable(slugs.get(unit.parentId()))
					.orElseGet(() -> this.units.findById(unit.parentId()).map(OrganizationUnit::slug).orElse(""));
		return CsvCells.write(GroupCsv.HEADER,
				below.stream()
					.filter(unit -> unit.kind() == UnitKind.GROUP)
					.map(unit -> GroupCsv.row(unit, parent.apply(unit)))
					.toList());
	}

	@Transactional(readOnly = true)
	String exportMeetings(Reach reach, UUID root) {
		List<List<String>> rows = new ArrayList<>();
		for (OrganizationUnit group : this.editing.editableBelow(reach, root)) {
			if (group.kind() == UnitKind.GROUP) {
				this.meetings.findByGroupIdOrderByCreatedAtAscIdAsc(group.id())
					.forEach(meeting -> rows.add(MeetingCsv.row(meeting.view(), group.slug())));
			}
		}
		return CsvCells.write(MeetingCsv.HEADER, rows);
	}

	/** Checks every row; saves them all when {@code save} and none has a problem. */
	@Transactional
	ImportReport importGroups(Reach reach, UUID root, String text, boolean save) {
		String top = this.editing.editableUnit(reach, root).path();
		CsvRows file = CsvRows.read(text, GroupCsv.HEADER);
		List<ImportReport.Problem> problems = new ArrayList<>(file.problems());
		List<Runnable> changes = new ArrayList<>();
		Set<String> slugs = new HashSet<>();
		Map<String, OrganizationUnit> known = known(file, "slug", "parent");
		int added = 0;
		for (CsvRows.Row line : file.rows()) {
			Map<String, String> cells = line.cells();
			Problems row = new Problems(line, problems);
			String slug = cells.get("slug").strip();
			OrganizationUnit existing = slug.isEmpty() ? null : known.get(slug);
			OrganizationUnit parent = null;
			if (!slug.isEmpty() && !slugs.add(slug)) {
				row.add("slug", "manage.import.duplicate");
			}
			if (existing != null && (existing.kind() != UnitKind.GROUP || !existing.path().startsWith(top)
					|| !reach.mayEdit(existing))) {
				row.add("slug", "manage.import.not-yours");
			}
			if (existing == null) {
				if (!slug.isEmpty() && (slug.length() > GroupEditing.SLUG_LENGTH || !SLUG.matcher(slug).matches())) {
					row.add("slug", "manage.validation.slug");
				}
				parent = Optional.ofNullable(known.get(cells.get("parent").strip()))
					.filter(p -> p.path().startsWith(top) && reach.mayCreateUnder(p))
					.orElse(null);
				if (parent == null) {
					row.add("parent", "manage.import.parent");
				}
			}
			if (!cells.get("online").isBlank() && !cells.get("online").strip().matches("(?i)true|false")) {
				row.add("online", "manage.validation.boolean");
			}
			GroupChecks.Checked checked = this.checks.check(GroupCsv.form(cells));
			checked.errors().all().forEach((field, key) -> row.add(GroupCsv.column(field), key));
			if (row.clean() && checked.input() != null) {
				GroupInput input = checked.input();
				if (existing != null) {
					changes.add(() -> existing.edit(input));
				}
				else {
					String newSlug = slug.isEmpty() ? this.editing.uniqueSlug(input.name(), slugs) : slug;
					slugs.add(newSlug);
					OrganizationUnit above = parent;
					changes.add(() -> {
						OrganizationUnit group = new OrganizationUnit(input.newUnit(new UnitId(above.id()), newSlug),
								above);
						group.describe(input.profile());
						this.units.save(group);
					});
					added++;
				}
			}
		}
		return finish(problems, file.rows().size() + file.problems().size(), changes, added, save);
	}

	/** Checks every row; saves them all when {@code save} and none has a problem. */
	@Transactional
	ImportReport importMeetings(Reach reach, UUID root, String text, boolean save) {
		String top = this.editing.editableUnit(reach, root).path();
		CsvRows file = CsvRows.read(text, MeetingCsv.HEADER);
		List<ImportReport.Problem> problems = new ArrayList<>(file.problems());
		List<Runnable> changes = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		int added = 0;
		Map<String, OrganizationUnit> groups = known(file, "group");
		for (CsvRows.Row line : file.rows()) {
			Map<String, String> cells = line.cells();
			Problems row = new Problems(line, problems);
			String id = cells.get("id").strip();
			OrganizationUnit group = Optional.ofNullable(groups.get(cells.get("group").strip()))
				.filter(g -> g.kind() == UnitKind.GROUP && g.path().startsWith(top) && reach.mayEdit(g))
				.orElse(null);
			if (group == null) {
				row.add("group", "manage.import.group");
			}
			Meeting existing = id.isEmpty() ? null : meeting(id);
			if (!id.isEmpty() && (existing == null || !ids.add(id))) {
				row.add("id", existing == null ? "manage.import.meeting" : "manage.import.duplicate");
			}
			if (existing != null && group != null && !existing.groupId().equals(group.id())) {
				row.add("group", "manage.import.group-move");
			}
			List<LocalDate> cancelled = dates(row, cells.get("cancelled_dates"));
			List<ExtraDate> extras = extraDates(row, cells.get("extra_dates"));
			MeetingChecks.Checked checked = MeetingChecks.check(MeetingCsv.form(cells),
					new UnitId(group == null ? new UUID(0, 0) : group.id()));
			checked.errors().all().forEach((field, key) -> row.add(MeetingCsv.column(field), key));
			if (row.clean() && checked.meeting() != null) {
				NewMeeting values = checked.meeting();
				if (existing != null) {
					changes.add(() -> {
						existing.revise(values);
						existing.redate(cancelled, extras);
					});
				}
				else {
					changes.add(() -> {
						Meeting meeting = new Meeting(values, group);
						meeting.redate(cancelled, extras);
						group.add(meeting);
						this.meetings.save(meeting);
					});
					added++;
				}
			}
		}
		return finish(problems, file.rows().size() + file.problems().size(), changes, added, save);
	}

	/**
	 * The units that the given columns name, read in one query. The import reads but
	 * changes nothing until all rows are checked, so the session stops flushing before
	 * each query: with a thousand groups loaded, every flush check cost more than the
	 * query itself.
	 */
	private Map<String, OrganizationUnit> known(CsvRows file, String... columns) {
		this.entities.setFlushMode(FlushModeType.COMMIT);
		Set<String> slugs = new HashSet<>();
		for (CsvRows.Row row : file.rows()) {
			for (String column : columns) {
				slugs.add(row.cell(column).strip());
			}
		}
		return this.units.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(OrganizationUnit::slug, Function.identity()));
	}

	private ImportReport finish(List<ImportReport.Problem> problems, int rows, List<Runnable> changes, int added,
			boolean save) {
		if (!problems.isEmpty() || !save) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport(List.copyOf(problems), rows, added, changes.size() - added, false);
		}
		changes.forEach(Runnable::run);
		return new ImportReport(List.of(), rows, added, changes.size() - added, true);
	}

	private @Nullable Meeting meeting(String id) {
		try {
			return this.meetings.findById(UUID.fromString(id)).orElse(null);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static List<LocalDate> dates(Problems row, String cell) {
		List<LocalDate> dates = new ArrayList<>();
		for (String word : MeetingCsv.words(cell)) {
			try {
				dates.add(LocalDate.parse(word));
			}
			catch (DateTimeParseException invalid) {
				row.add("cancelled_dates", "manage.validation.date");
			}
		}
		return dates;
	}

	private static List<ExtraDate> extraDates(Problems row, String cell) {
		List<ExtraDate> dates = new ArrayList<>();
		for (String word : MeetingCsv.words(cell)) {
			try {
				LocalDateTime start = MeetingCsv.extraDate(word);
				dates.add(new ExtraDate(start.toLocalDate(), start.toLocalTime()));
			}
			catch (DateTimeParseException invalid) {
				row.add("extra_dates", "manage.validation.date");
			}
		}
		return dates;
	}

	/**
	 * Collects one row's problems into the report, one per column, with the cell as
	 * found; a cell holding a spreadsheet formula is reported before anything else about
	 * it.
	 */
	private static final class Problems {

		private final CsvRows.Row row;

		private final List<ImportReport.Problem> all;

		private final Set<String> columns = new HashSet<>();

		Problems(CsvRows.Row row, List<ImportReport.Problem> all) {
			this.row = row;
			this.all = all;
			row.formulas().forEach(column -> add(column, "manage.import.formula"));
		}

		void add(String column, String key) {
			if (this.columns.add(column)) {
				this.all.add(new ImportReport.Problem(this.row.number(), column, key, this.row.cell(column)));
			}
		}

		boolean clean() {
			return this.columns.isEmpty();
		}

	}

}
