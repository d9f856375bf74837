package org.latch.directory;

import java.util.Locale;

/**
 * A health professional Leaders may refer a family to: an International Board Certified
 * Lactation Consultant, or a doctor (pediatrician, family doctor, obstetrician,
 * breastfeeding medicine) who supports breastfeeding and chestfeeding.
 */
public enum ProfessionalKind {

	IBCLC, DOCTOR;

	/** The key of the kind's name: "Lactation consultant (IBCLC)" or "Doctor". */
	public String messageKey() {
		return "professional.kind." + name().toLowerCase(Locale.ROOT);
	}

}
