package org.latch.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One health professional in a management list. */
record ProfessionalRow(UUID id, ProfessionalKind kind, String name, String city, @Nullable String region) {

	static ProfessionalRow of(HealthProfessional professional) {
		return new ProfessionalRow(professional.getId(), professional.kind(), professional.name(), professional.city(),
				professional.region());
	}

	String kindKey() {
		return this.kind.messageKey();
	}

	String place() {
		return this.region == null ? this.city : this.city + ", " + this.region;
	}

}
