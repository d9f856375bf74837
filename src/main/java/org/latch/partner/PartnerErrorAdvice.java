package org.latch.partner;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An application, register entry or report changed by someone else between reading and
 * saving (two reviewers at once, or a reviewer and the applicant) is a 409 with the
 * translated error page, not a server error: the page shown again tells where it is now.
 */
@ControllerAdvice(assignableTypes = { ApplyController.class, ReviewController.class, SponsorSubmissionController.class,
		SponsorReviewController.class, ReportModerationController.class })
class PartnerErrorAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
