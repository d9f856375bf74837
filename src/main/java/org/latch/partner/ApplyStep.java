package org.latch.partner;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the Partner Profile, in order, as they appear in addresses. */
enum ApplyStep {

	ORGANIZATION("organization"), RECOGNITION("recognition"), PEOPLE("people"), PLEDGE("pledge"), SUBMIT("submit");

	private final String slug;

	ApplyStep(String slug) {
		this.slug = slug;
	}

	String slug() {
		return this.slug;
	}

	int number() {
		return ordinal() + 1;
	}

	static Optional<ApplyStep> of(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

	/** Whether the application has what this step asks. */
	boolean done(PartnerApplication application) {
		return switch (this) {
			case ORGANIZATION -> application.organizationDone();
			case RECOGNITION -> application.recognitionDone();
			case PEOPLE -> application.peopleDone();
			case PLEDGE -> application.codePledged();
			case SUBMIT -> application.status() != PartnerStatus.DRAFT
					&& application.status() != PartnerStatus.INFORMATION_REQUESTED;
		};
	}

	ApplyStep next() {
		return values()[Math.min(ordinal() + 1, values().length - 1)];
	}

}
