package org.latch.partner;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.AddressThrottle;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.ReadOnlyPage;

/**
 * The public side of violation reports: the form anyone may send without an account, the
 * page that confirms it, and the moderated summaries. A filter value that is not one of
 * the choices is a 400.
 */
@Controller
class ViolationReportController {

	private final ViolationReports reports;

	private final ViolationReads reads;

	private final SponsorRegister register;

	private final AddressThrottle throttle;

	private final CodeSettings settings;

	ViolationReportController(ViolationReports reports, ViolationReads reads, SponsorRegister register,
			CodeSettings settings) {
		this.reports = reports;
		this.reads = reads;
		this.register = register;
		this.throttle = new AddressThrottle(settings.reportsPerHour());
		this.settings = settings;
	}

	@GetMapping(CodePaths.REPORT)
	String form(@RequestParam(required = false) @Nullable String problem, Model model) {
		FormErrors errors = FormErrors.none();
		if ("too-large".equals(problem)) {
			errors.reject("photo", "validation.code.photo-size");
		}
		return show(model, ReportForm.empty(), errors, false);
	}

	@PostMapping(CodePaths.REPORT)
	String send(@ModelAttribute("form") ReportForm form, @RequestParam(required = false) @Nullable MultipartFile photo,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		FormErrors errors = FormErrors.none();
		Optional<NewViolationReport> report = ReportChecks.report(form, this.register.today(), errors);
		byte[] picture = photo(photo, errors);
		if (report.isEmpty() || errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, form, errors, picture != null);
		}
		if (!this.throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", true);
			return show(model, form, errors, false);
		}
		ViolationReportId id = this.reports.submit(report.get(), picture, Language.of(locale).locale());
		redirect.addFlashAttribute("reference", id.value().toString().substring(0, 8).toUpperCase(Locale.ROOT));
		redirect.addFlashAttribute("emailed", report.get().reporterEmail() != null);
		return "redirect:" + CodePaths.REPORT_SENT;
	}

	@GetMapping(CodePaths.REPORT_SENT)
	String sent(Model model) {
		if (!model.containsAttribute("reference")) {
			return "redirect:" + CodePaths.REPORT;
		}
		return "partner/code-report-sent";
	}

	@ReadOnlyPage
	@GetMapping(CodePaths.VIOLATIONS)
	String violations(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String article, Model model, Locale locale) {
		String place = (country == null || country.isEmpty()) ? null : country;
		CodeArticle kind = (article == null || article.isEmpty()) ? null
				: SponsorChecks.choice(CodeArticle.class, article);
		if ((place != null && !Countries.CODES.contains(place))
				|| (article != null && !article.isEmpty() && kind == null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("violations", this.reads.published(place, kind, Language.of(locale).locale()));
		model.addAttribute("country", (place == null) ? "" : place);
		model.addAttribute("article", (kind == null) ? "" : kind.name());
		return "partner/code-violations";
	}

	/**
	 * The photo's bytes when one was chosen and it is a PNG, JPEG or WebP picture within
	 * the size limit; otherwise null, with its problem next to the field.
	 */
	private byte @Nullable [] photo(@Nullable MultipartFile photo, FormErrors errors) throws IOException {
		if (photo == null || photo.isEmpty()) {
			return null;
		}
		if (photo.getSize() > this.settings.photoMaxSize().toBytes()) {
			errors.reject("photo", "validation.code.photo-size");
			return null;
		}
		byte[] bytes = photo.getBytes();
		Optional<EvidenceType> type = EvidenceType.sniff(bytes).filter(EvidenceType::image);
		if (type.isEmpty() || ImageMetadata.strip(bytes, type.get()).isEmpty()) {
			errors.reject("photo", "validation.code.photo-type");
			return null;
		}
		return bytes;
	}

	private String show(Model model, ReportForm form, FormErrors errors, boolean photoDropped) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("photoDropped", photoDropped);
		model.addAttribute("limited", model.containsAttribute("limited"));
		model.addAttribute("maxMegabytes", this.settings.photoMaxSize().toMegabytes());
		return "partner/code-report";
	}

}
