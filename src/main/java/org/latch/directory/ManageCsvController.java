package org.latch.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV export of the groups and meetings of a subtree, and import in two steps: the upload
 * is checked and reported row by row without saving; a clean file is sent back with the
 * confirmation and only then saved.
 */
@Controller
class ManageCsvController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final GroupEditing editing;

	private final CsvTransfer transfer;

	private final DataSize limit;

	ManageCsvController(GroupEditing editing, CsvTransfer transfer,
			@Value("${latch.import.max-size:5MB}") DataSize limit) {
		this.editing = editing;
		this.transfer = transfer;
		this.limit = limit;
	}

	@GetMapping("/manage/{unit}/groups.csv")
	ResponseEntity<String> groups(@PathVariable String unit, Principal principal) {
		UUID root = ManagePaths.id(unit);
		Reach reach = this.editing.reach(principal.getName());
		return file("groups-" + this.editing.view(reach, root).slug() + ".csv",
				this.transfer.exportGroups(reach, root));
	}

	@GetMapping("/manage/{unit}/meetings.csv")
	ResponseEntity<String> meetings(@PathVariable String unit, Principal principal) {
		UUID root = ManagePaths.id(unit);
		Reach reach = this.editing.reach(principal.getName());
		return file("meetings-" + this.editing.view(reach, root).slug() + ".csv",
				this.transfer.exportMeetings(reach, root));
	}

	@GetMapping("/manage/{unit}/import")
	String form(@PathVariable String unit, @RequestParam(defaultValue = "") String problem, Principal principal,
			Model model) {
		return page(model, principal, unit, "groups",
				problem.equals("too-large") ? ImportReport.refused("manage.import.too-large") : null, "");
	}

	@PostMapping("/manage/{unit}/import")
	String upload(@PathVariable String unit, @RequestParam(defaultValue = "groups") String kind,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String confirmed,
			Principal principal, Model model, RedirectAttributes redirect) throws IOException {
		UUID root = ManagePaths.id(unit);
		Reach reach = this.editing.reach(principal.getName());
		this.editing.view(reach, root);
		String what = kind.equals("meetings") ? "meetings" : "groups";
		byte[] bytes = confirmed.isEmpty() ? (file == null ? new byte[0] : file.getBytes())
				: CheckedFile.unpack(confirmed, this.limit.toBytes());
		if (bytes.length == 0 || bytes.length > this.limit.toBytes()) {
			return page(model, principal, unit, what,
					ImportReport.refused(bytes.length == 0 ? "manage.import.no-file" : "manage.import.too-large"), "");
		}
		String text = CsvCells.utf8(bytes);
		if (text == null) {
			return page(model, principal, unit, what, ImportReport.refused("manage.import.encoding"), "");
		}
		boolean save = !confirmed.isEmpty();
		ImportReport report = what.equals("groups") ? this.transfer.importGroups(reach, root, text, save)
				: this.transfer.importMeetings(reach, root, text, save);
		if (report.saved()) {
			redirect.addFlashAttribute("flash", "manage.import.saved");
			return "redirect:/manage";
		}
		return page(model, principal, unit, what, report, report.clean() ? CheckedFile.pack(bytes) : "");
	}

	private String page(Model model, Principal principal, String unit, String kind, ImportReport report,
			String confirmable) {
		model.addAttribute("unit", this.editing.view(this.editing.reach(principal.getName()), ManagePaths.id(unit)));
		model.addAttribute("kind", kind);
		model.addAttribute("report", report);
		model.addAttribute("confirmable", confirmable);
		model.addAttribute("limit", this.limit.toMegabytes());
		return "directory/manage-import";
	}

	private static ResponseEntity<String> file(String name, String csv) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv);
	}

}
