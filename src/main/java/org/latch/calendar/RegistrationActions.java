package org.latch.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a registrant may do beyond their place, provided by the fundraising module when it
 * is present: pay the fee of a confirmed place, see their fundraising page and edit it.
 * The calendar never takes money: it shows what this answers on the private registration
 * page, and asks it again when the pay button is pressed. Without a bean of this type the
 * page shows the fee owed only.
 */
public interface RegistrationActions {

	/**
	 * What the registrant's private page offers, in the reader's language. {@code secret}
	 * is the page's private link: links given back may carry it, as they are shown only
	 * to whoever holds it.
	 */
	List<PageOffer> offers(Registrant registrant, String secret, Locale locale);

	/**
	 * Sends the registrant to pay their fee, checked again now: only a confirmed place
	 * that owes a fee not yet paid may pay.
	 */
	FeeCheckout checkout(Registrant registrant, String secret, Locale locale);

	/** The campaign's paid fees by registration id. */
	Map<UUID, PaidFee> paidFees(UUID campaign);

}
