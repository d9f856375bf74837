package org.latch.milkdonation;

/**
 * The self-screening questions of the interest form, after the donor criteria of
 * non-profit milk banks (HMBANA): each names the answer that raises nothing, and whether
 * the other one means the bank talks it through with the donor ({@code review}) or that
 * the donor cannot give milk now ({@code screensOut}).
 */
enum ScreeningQuestion {

	GOOD_HEALTH(Answer.YES, false), NICOTINE_OR_CANNABIS(Answer.NO, true), REGULAR_MEDICATIONS(Answer.NO, false),
	TRANSFUSION_OR_TRANSPLANT(Answer.NO, true), TATTOO(Answer.NO, true), MILK_TO_SPARE(Answer.YES, true),
	BLOOD_TEST(Answer.YES, true);

	private final Answer fine;

	private final boolean screensOut;

	ScreeningQuestion(Answer fine, boolean screensOut) {
		this.fine = fine;
		this.screensOut = screensOut;
	}

	/** Whether this answer is one the bank asks about or that screens out. */
	boolean raises(Answer answer) {
		return answer != this.fine;
	}

	boolean screensOut() {
		return this.screensOut;
	}

	/** The form field of the question. */
	String field() {
		return "q-" + name();
	}

}
