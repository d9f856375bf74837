package org.latch.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in person may not do this here; shown as the 403 page. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotAllowed extends RuntimeException {

	NotAllowed() {
		super("not allowed");
	}

}
