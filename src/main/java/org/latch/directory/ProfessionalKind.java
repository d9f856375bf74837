package org.latch.directory;

/**
 * A health professional Leaders may refer a family to: an International Board Certified
 * Lactation Consultant, or a doctor (pediatrician, family doctor, obstetrician,
 * breastfeeding medicine) who supports breastfeeding and chestfeeding.
 */
public enum ProfessionalKind {

	IBCLC, DOCTOR

}
