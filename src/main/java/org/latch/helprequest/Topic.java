package org.latch.helprequest;

/** What a family asks about; counted in the anonymous statistics. */
public enum Topic {

	LATCH_AND_PAIN, MILK_SUPPLY, PUMPING, BACK_TO_WORK, WEANING, STARTING_SOLIDS, NICU_AND_PRETERM, MULTIPLES,
	CHESTFEEDING, RELACTATION, DONOR_MILK, MEDICATIONS, OTHER

}
