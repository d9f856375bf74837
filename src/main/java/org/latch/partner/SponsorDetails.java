package org.latch.partner;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An organization as entered in the sponsor register, already checked.
 *
 * @param name the organization's name
 * @param country its ISO 3166 country code
 * @param website its web address, if any
 * @param role sponsor, exhibitor or both
 * @param products what it makes or sells, at least one category
 * @param description what it makes or sells, in its submitter's words
 * @param affiliated whether it owns, or is owned by, a company that makes or sells
 * products within the Code's scope
 */
public record SponsorDetails(String name, String country, @Nullable String website, SponsorRole role,
		Set<ProductCategory> products, String description, boolean affiliated) {

	public SponsorDetails {
		products = Set.copyOf(products);
	}

	/**
	 * Whether this organization may be approved: it makes or sells nothing within the
	 * Code's scope, and belongs to no group that does.
	 */
	public boolean eligible() {
		return !this.affiliated && this.products.stream().noneMatch(ProductCategory::inCodeScope);
	}

}
