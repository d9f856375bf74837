package org.latch.notification;

/** Hands one email to the outside world: an SMTP server, or a directory of .eml files. */
interface MailTransport {

	void deliver(Email email) throws Exception;

}
