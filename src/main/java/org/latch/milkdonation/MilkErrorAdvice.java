package org.latch.milkdonation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A donor changed by someone else between reading and saving (two staff members at once,
 * or staff and the donor) is a 409 with the translated error page, not a server error:
 * the page opened again shows where the donor is now.
 */
@ControllerAdvice(assignableTypes = { MilkBankController.class, DonorPageController.class })
class MilkErrorAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void changedMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
