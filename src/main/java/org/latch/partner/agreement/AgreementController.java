package org.latch.partner.agreement;

import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.partner.PartnerId;
import org.latch.platform.FormErrors;

/**
 * A partner's agreements for its signatory and the reviewers: read, download, sign,
 * countersign (platform administrators) and issue again. Anyone else gets 404; an
 * agreement changed by someone else meanwhile is a 409.
 */
@Controller
class AgreementController {

	private final AgreementManagement management;

	private final AgreementPages pages;

	private final AccountManagement accounts;

	private final Clock clock;

	AgreementController(AgreementManagement management, AgreementPages pages, AccountManagement accounts, Clock clock) {
		this.management = management;
		this.pages = pages;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(AgreementPaths.LIST + "/{partner}")
	String page(@PathVariable UUID partner, Authentication auth, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return show(model, page(partner, Viewer.of(auth, this.accounts)), FormErrors.none(), null, "");
	}

	@PostMapping(AgreementPaths.LIST + "/{partner}/{agreement}/{action:sign|countersign}")
	String sign(@PathVariable UUID partner, @PathVariable UUID agreement, @PathVariable String action,
			@RequestParam(required = false) @Nullable String typedName,
			@RequestParam(required = false) @Nullable String consent,
			@RequestParam(required = false) @Nullable String documentSha256, Authentication auth,
			HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(auth, this.accounts);
		AgreementPage page = page(partner, viewer);
		if (page.current() == null || !page.current().id().equals(agreement)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		FormErrors errors = FormErrors.none();
		if (TypedNames.check(typedName).isEmpty()) {
			errors.reject("typedName", "validation.agreement.name");
		}
		if (!"true".equals(consent)) {
			errors.reject("consent", "validation.agreement.consent");
		}
		String name = (typedName == null) ? "" : typedName;
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, page, errors, null, name);
		}
		Signature signature = new Signature(name, true, request.getRemoteAddr(),
				(documentSha256 == null) ? "" : documentSha256);
		AgreementOutcome outcome = action.equals("sign")
				? this.management.signed(agreement, viewer.id(), signature, this.clock.instant())
				: this.management.countersigned(agreement, viewer.id(), signature, this.clock.instant());
		return answer(outcome, partner, viewer, model, response, redirect, "agreement.done." + action, name);
	}

	@PostMapping(AgreementPaths.LIST + "/{partner}/issue")
	String issue(@PathVariable UUID partner, Authentication auth, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Viewer viewer = Viewer.of(auth, this.accounts);
		AgreementPage page = page(partner, viewer);
		AgreementOutcome outcome = (page.current() == null)
				? (viewer.platformAdministrator()
						? this.management.issued(new PartnerId(partner), viewer.id(), this.clock.instant())
						: AgreementOutcome.NOT_ALLOWED)
				: this.management.reissued(new PartnerId(partner), viewer.id(), this.clock.instant());
		return answer(outcome, partner, viewer, model, response, redirect, "agreement.done.issue", "");
	}

	@GetMapping(AgreementPaths.LIST + "/{partner}/documents/{document}")
	ResponseEntity<byte[]> download(@PathVariable UUID partner, @PathVariable UUID document, Authentication auth) {
		AgreementDocument found = this.pages.document(partner, document, Viewer.of(auth, this.accounts))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String name = "partner-agreement-" + found.sha256().substring(0, 8)
				+ ((found.kind() == AgreementDocument.Kind.SIGNED_COPY) ? "-signed" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			// RFC 9530: the reader can check the bytes against the hash the page shows
			.header("Repr-Digest",
					"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(found.sha256())) + ":")
			.body(found.content());
	}

	/** Someone else acted on the agreement between this page's reading and saving. */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	void changedMeanwhile(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	private String answer(AgreementOutcome outcome, UUID partner, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect, String done, String typedName) {
		switch (outcome) {
			case DONE -> {
				redirect.addFlashAttribute("flash", done);
				return "redirect:" + AgreementPaths.partner(partner);
			}
			case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case NOT_ALLOWED -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case NOT_NOW, DOCUMENT_CHANGED -> response.setStatus(HttpStatus.CONFLICT.value());
			default -> response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		// shown as the page is now: a changed document or a signature given meanwhile
		AgreementPage now = this.pages.page(partner, viewer, this.clock.instant())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(model, now, FormErrors.none(), "agreement.problem." + outcome.name(), typedName);
	}

	private String show(Model model, AgreementPage page, FormErrors errors, @Nullable String problem,
			String typedName) {
		model.addAttribute("agreements", page);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("typedName", typedName);
		return "partner/agreement/agreement";
	}

	private AgreementPage page(UUID partner, Viewer viewer) {
		return this.pages.page(partner, viewer, this.clock.instant())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
