package org.latch.notification;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For trying Latch without a mail server: each email becomes an .eml file that any mail
 * program opens, and the log says where it is.
 */
class DirectoryMailTransport implements MailTransport {

	private static final Logger log = LoggerFactory.getLogger(DirectoryMailTransport.class);

	private final Path directory;

	private final String from;

	DirectoryMailTransport(Path directory, String from) {
		this.directory = directory;
		this.from = from;
	}

	@Override
	public void deliver(Email email) throws Exception {
		Files.createDirectories(this.directory);
		MimeMessage message = SmtpMailTransport.toMime(new MimeMessage(Session.getInstance(new Properties())), email,
				this.from);
		Path file = this.directory.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
		try (OutputStream out = Files.newOutputStream(file)) {
			message.writeTo(out);
		}
		log.info("No SMTP server configured (LATCH_MAIL_HOST): email to {} saved as {}", email.to(),
				file.toAbsolutePath());
	}

}
