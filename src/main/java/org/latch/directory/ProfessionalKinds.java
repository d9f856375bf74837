package org.latch.directory;

import java.util.Locale;

/** The message keys naming each kind of health professional. */
final class ProfessionalKinds {

	private ProfessionalKinds() {
	}

	/** "Lactation consultant (IBCLC)" or "Doctor", in the directory's words. */
	static String key(ProfessionalKind kind) {
		return "professional.kind." + kind.name().toLowerCase(Locale.ROOT);
	}

}
