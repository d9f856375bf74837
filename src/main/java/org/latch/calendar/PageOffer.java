package org.latch.calendar;

import org.jspecify.annotations.Nullable;

/**
 * Something another module offers on a calendar page, already in the reader's language: a
 * link, a sentence, or the button that pays a registration's fee (the calendar page posts
 * it to its own address, which checks the private link before asking again).
 */
public record PageOffer(Kind kind, String text, @Nullable String href) {

	/** How the page shows it. */
	public enum Kind {

		/** A link to {@code href}. */
		LINK,
		/** A sentence. */
		NOTE,
		/** The button that pays the registration's fee. */
		PAY

	}

	public static PageOffer link(String text, String href) {
		return new PageOffer(Kind.LINK, text, href);
	}

	public static PageOffer note(String text) {
		return new PageOffer(Kind.NOTE, text, null);
	}

	public static PageOffer pay(String text) {
		return new PageOffer(Kind.PAY, text, null);
	}

	public boolean isLink() {
		return this.kind == Kind.LINK;
	}

	public boolean isNote() {
		return this.kind == Kind.NOTE;
	}

	public boolean isPay() {
		return this.kind == Kind.PAY;
	}

}
