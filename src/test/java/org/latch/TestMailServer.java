package org.latch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** One real SMTP server (GreenMail) for the whole test JVM, on a free port. */
public final class TestMailServer {

	private static final GreenMail SERVER = start();

	private TestMailServer() {
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	public static int port() {
		return SERVER.getSmtp().getPort();
	}

	/** Waits for the newest email to this address and returns its plain-text body. */
	public static String awaitMailTo(String address, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			MimeMessage[] messages = SERVER.getReceivedMessagesForDomain(address);
			if (messages.length > 0) {
				return text(messages[messages.length - 1]);
			}
			sleep();
		}
		throw new AssertionError("No email reached " + address + " within " + timeout);
	}

	/** Waits until {@code count} emails reached the address; returns how many did. */
	public static int awaitCount(String address, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (countTo(address) < count && System.nanoTime() < deadline) {
			sleep();
		}
		return countTo(address);
	}

	/** Waits until this many emails reached the address, and no more did. */
	public static void awaitCountTo(String address, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (countTo(address) < count && System.nanoTime() < deadline) {
			sleep();
		}
		if (countTo(address) != count) {
			throw new AssertionError(countTo(address) + " emails reached " + address + ", not " + count);
		}
	}

	public static int countTo(String address) {
		return SERVER.getReceivedMessagesForDomain(address).length;
	}

	/** The texts of every email to the address, oldest first. */
	public static java.util.List<String> textsTo(String address) {
		return Arrays.stream(SERVER.getReceivedMessagesForDomain(address)).map(TestMailServer::text).toList();
	}

	/** The text of the latest email to the address. */
	public static String latestTo(String address) {
		MimeMessage[] messages = SERVER.getReceivedMessagesForDomain(address);
		if (messages.length == 0) {
			throw new AssertionError("No email to " + address);
		}
		return text(messages[messages.length - 1]);
	}

	public static String subjectOfLatest(String address) {
		MimeMessage[] messages = SERVER.getReceivedMessagesForDomain(address);
		try {
			return messages[messages.length - 1].getSubject();
		}
		catch (jakarta.mail.MessagingException | ArrayIndexOutOfBoundsException failure) {
			throw new AssertionError("No email to " + address, failure);
		}
	}

	/**
	 * The first link in a mail body that starts with the given path, e.g.
	 * {@code /verify-email}.
	 */
	public static String linkIn(String body, String path) {
		Matcher matcher = Pattern.compile("https?://[^\\s/]+" + Pattern.quote(path) + "[^\\s]*").matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in: " + Arrays.toString(body.split("\n")));
		}
		return matcher.group();
	}

	/** The text of the attachment of the latest email to the address. */
	public static String attachmentOfLatest(String address) {
		MimeMessage[] messages = SERVER.getReceivedMessagesForDomain(address);
		try {
			if (messages.length > 0 && messages[messages.length - 1].getContent() instanceof Multipart parts) {
				for (int i = 0; i < parts.getCount(); i++) {
					BodyPart part = parts.getBodyPart(i);
					if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
						return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
					}
				}
			}
		}
		catch (java.io.IOException | jakarta.mail.MessagingException failure) {
			throw new AssertionError("Unreadable email", failure);
		}
		throw new AssertionError("No attachment in the latest email to " + address);
	}

	/** The body of a plain email, or the first text part of one with attachments. */
	private static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			while (content instanceof Multipart parts) {
				content = parts.getBodyPart(0).getContent();
			}
			return String.valueOf(content);
		}
		catch (java.io.IOException | jakarta.mail.MessagingException failure) {
			throw new AssertionError("Unreadable email", failure);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
