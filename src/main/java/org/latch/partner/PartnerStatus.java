package org.latch.partner;

/**
 * Where an application is on its way: the applicant edits a draft or an application they
 * were asked more about; reviewers take it from there.
 */
enum PartnerStatus {

	DRAFT, SUBMITTED, IN_REVIEW, INFORMATION_REQUESTED, APPROVED, DECLINED;

	boolean editable() {
		return this == DRAFT || this == INFORMATION_REQUESTED;
	}

	boolean waitingForReview() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

}
