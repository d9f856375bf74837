package org.latch.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a form upload larger than the server accepts back to its page with
 * {@code ?problem=too-large}, which the page explains in the visitor's language. Without
 * it the container refuses such a request while the security filters read the CSRF field,
 * before any controller or error page could answer, and the browser shows a bare error.
 * Runs first and reads nothing of the body (Tomcat discards it, see
 * {@code server.tomcat.max-swallow-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

	private final long limit;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/form-data")
				&& request.getContentLengthLong() > this.limit) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "?problem=too-large");
			return;
		}
		chain.doFilter(request, response);
	}

}
