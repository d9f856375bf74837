package org.latch.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the configured SMTP server. */
class SmtpMailTransport implements MailTransport {

	private final JavaMailSender sender;

	private final String from;

	SmtpMailTransport(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void deliver(Email email) throws Exception {
		this.sender.send(toMime(this.sender.createMimeMessage(), email, this.from));
	}

	static MimeMessage toMime(MimeMessage message, Email email, String from) throws Exception {
		Email.Attachment attachment = email.attachment();
		MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(email.to());
		helper.setSubject(email.subject());
		helper.setText(email.body(), false);
		if (attachment != null) {
			helper.addAttachment(attachment.name(),
					new ByteArrayResource(attachment.text().getBytes(StandardCharsets.UTF_8)),
					attachment.contentType() + "; charset=UTF-8");
		}
		return message;
	}

}
