package org.latch.partner;

/**
 * The kinds of breach of the International Code of Marketing of Breast-milk Substitutes a
 * violation report names, each after the article (or World Health Assembly resolution) it
 * breaks.
 */
public enum CodeArticle {

	/** Article 5.1: advertising or other promotion to the general public. */
	ADVERTISING,
	/** Article 5.2: free samples to pregnant people, parents or their families. */
	SAMPLES,
	/** Article 5.3: discounts, special displays, coupons, tie-in sales where sold. */
	RETAIL_PROMOTION,
	/** Articles 5.4 and 5.5: gifts to, or marketing staff in contact with, families. */
	CONTACT_WITH_FAMILIES,
	/** Article 4: information or education material that misleads or idealizes. */
	INFORMATION,
	/** Article 6: promotion in health facilities, free or low-cost supplies. */
	HEALTH_FACILITIES,
	/** Article 7: gifts, samples or money to health workers. */
	HEALTH_WORKERS,
	/** Article 9: labels that idealize, lack warnings or make claims. */
	LABELING,
	/** WHA 69.9: sponsorship of meetings or events, cross-promotion. */
	SPONSORSHIP,
	/** Something else, explained in the report. */
	OTHER

}
