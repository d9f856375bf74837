package org.latch.milkdonation;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The milk bank's screening, as rules over a donor's steps (oldest first): the steps may
 * come in any order, each checkpoint once; a result needs a test ordered and not yet
 * answered; approval needs every checkpoint and a clear last result; after the decision
 * only notes.
 */
final class Funnel {

	/** Why a step cannot be taken now; each has a message for the staff. */
	enum Refusal {

		DECIDED, ALREADY_RECORDED, RESULT_AWAITED, NO_TEST_ORDERED, NOT_READY, RESULT_NOT_CLEAR;

		String key() {
			return "milk.refusal." + name();
		}

	}

	private Funnel() {
	}

	static Stage stage(List<StepKind> steps) {
		if (steps.contains(StepKind.APPROVED)) {
			return Stage.APPROVED;
		}
		if (steps.contains(StepKind.NOT_ELIGIBLE)) {
			return Stage.NOT_ELIGIBLE;
		}
		if (!steps.contains(StepKind.PHONE_INTERVIEW)) {
			return Stage.CALL;
		}
		if (!steps.contains(StepKind.QUESTIONNAIRE)) {
			return Stage.QUESTIONNAIRE;
		}
		if (!steps.contains(StepKind.BLOOD_TEST_ORDERED)) {
			return Stage.BLOOD_TEST;
		}
		if (awaitingResult(steps)) {
			return Stage.BLOOD_RESULT;
		}
		if (!steps.contains(StepKind.DONOR_PROVIDER) || !steps.contains(StepKind.BABY_PROVIDER)) {
			return Stage.SIGN_OFFS;
		}
		return Stage.DECISION;
	}

	/**
	 * Why {@code next} cannot follow {@code steps}, or empty when it can;
	 * {@code lastResult} is the latest blood test result recorded, if any.
	 */
	static Optional<Refusal> refusal(List<StepKind> steps, StepKind next, @Nullable BloodResult lastResult) {
		Stage stage = stage(steps);
		boolean awaiting = awaitingResult(steps);
		Refusal refusal = null;
		if (stage.decided() && next != StepKind.NOTE) {
			refusal = Refusal.DECIDED;
		}
		else if (next.once() && steps.contains(next)) {
			refusal = Refusal.ALREADY_RECORDED;
		}
		else if (next == StepKind.BLOOD_TEST_ORDERED) {
			refusal = awaiting ? Refusal.RESULT_AWAITED
					: (lastResult == BloodResult.CLEAR) ? Refusal.ALREADY_RECORDED : null;
		}
		else if (next == StepKind.BLOOD_TEST_RESULT && !awaiting) {
			refusal = Refusal.NO_TEST_ORDERED;
		}
		else if (next == StepKind.APPROVED) {
			refusal = (stage != Stage.DECISION) ? Refusal.NOT_READY
					: (lastResult != BloodResult.CLEAR) ? Refusal.RESULT_NOT_CLEAR : null;
		}
		return Optional.ofNullable(refusal);
	}

	private static boolean awaitingResult(List<StepKind> steps) {
		return steps.lastIndexOf(StepKind.BLOOD_TEST_ORDERED) > steps.lastIndexOf(StepKind.BLOOD_TEST_RESULT);
	}

}
