package org.latch.directory;

/** Families a meeting especially welcomes; a meeting without any welcomes everyone. */
public enum Audience {

	EXPECTING, NEWBORN, TODDLER, WORKING_PARENTS, NICU_PRETERM, MULTIPLES, LGBTQ_FAMILIES, PARTNERS_WELCOME

}
