package org.latch.directory;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * How management refusals reach people: the translated 403 and 404 pages, and a file
 * above the upload limit (refused before any controller runs) sends the person back to
 * the import form with an explanation.
 */
@ControllerAdvice
class ManageErrorAdvice {

	@ExceptionHandler(NotSteward.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(NothingHere.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, MaxUploadSizeExceededException tooLarge) {
		String path = request.getRequestURI();
		if (path.matches("/manage/[0-9a-fA-F-]{36}/import")) {
			return "redirect:" + path + "?problem=too-large";
		}
		throw tooLarge;
	}

}
