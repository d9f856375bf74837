package org.latch.partner;

/**
 * What a sponsor or exhibitor makes or sells, and whether the International Code of
 * Marketing of Breast-milk Substitutes covers it. The Code (Article 2) covers breast-milk
 * substitutes, other foods and drinks marketed to replace breast milk, feeding bottles
 * and teats; WHA resolution 69.9 (2016) makes clear that follow-up formula and growing-up
 * milks for children up to 36 months are breast-milk substitutes. Makers and sellers of
 * any of these are not eligible for the register.
 */
public enum ProductCategory {

	INFANT_FORMULA(Scope.CODE), FOLLOW_UP_FORMULA(Scope.CODE), OTHER_SUBSTITUTES(Scope.CODE), BOTTLES_TEATS(Scope.CODE),
	/**
	 * Foods for children from 6 months: outside the Code when not marketed as a
	 * breast-milk substitute, but WHA 69.9 asks that their marketing never cross-promotes
	 * one, nor sponsors meetings of health workers; reviewers look closely.
	 */
	COMPLEMENTARY_FOODS(Scope.CAUTION), BREAST_PUMPS(Scope.NONE), LACTATION_SUPPLIES(Scope.NONE),
	NURSING_WEAR(Scope.NONE), BABY_CARRIERS(Scope.NONE), BOOKS_EDUCATION(Scope.NONE), HEALTH_SERVICES(Scope.NONE),
	OTHER(Scope.NONE);

	private enum Scope {

		CODE, CAUTION, NONE

	}

	private final Scope scope;

	ProductCategory(Scope scope) {
		this.scope = scope;
	}

	/** Products within the Code's scope: whoever makes or sells them is not eligible. */
	public boolean inCodeScope() {
		return this.scope == Scope.CODE;
	}

	/** Outside the Code, but marketed close to it: reviewers are asked to check. */
	public boolean needsCare() {
		return this.scope == Scope.CAUTION;
	}

	/**
	 * The kinds of product a violation report may be about: those within the Code's
	 * scope, foods that may cross-promote them, and anything else the reporter describes.
	 */
	public boolean reportable() {
		return this.scope != Scope.NONE || this == OTHER;
	}

}
