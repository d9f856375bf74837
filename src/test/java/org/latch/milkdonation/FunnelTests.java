package org.latch.milkdonation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.milkdonation.StepKind.APPROVED;
import static org.latch.milkdonation.StepKind.BABY_PROVIDER;
import static org.latch.milkdonation.StepKind.BLOOD_TEST_ORDERED;
import static org.latch.milkdonation.StepKind.BLOOD_TEST_RESULT;
import static org.latch.milkdonation.StepKind.DONOR_PROVIDER;
import static org.latch.milkdonation.StepKind.NOTE;
import static org.latch.milkdonation.StepKind.NOT_ELIGIBLE;
import static org.latch.milkdonation.StepKind.PHONE_INTERVIEW;
import static org.latch.milkdonation.StepKind.QUESTIONNAIRE;
import static org.latch.milkdonation.StepKind.SUBMITTED;

class FunnelTests {

	@Test
	void aDonorMovesThroughTheStagesInTheUsualOrder() {
		List<StepKind> steps = new ArrayList<>(List.of(SUBMITTED));
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.CALL);
		steps.add(PHONE_INTERVIEW);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.QUESTIONNAIRE);
		steps.add(QUESTIONNAIRE);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.BLOOD_TEST);
		steps.add(BLOOD_TEST_ORDERED);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.BLOOD_RESULT);
		steps.add(BLOOD_TEST_RESULT);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.SIGN_OFFS);
		steps.add(BABY_PROVIDER);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.SIGN_OFFS);
		steps.add(DONOR_PROVIDER);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.DECISION);
		assertThat(Funnel.refusal(steps, APPROVED, BloodResult.CLEAR)).isEmpty();
		steps.add(APPROVED);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.APPROVED);
	}

	@Test
	void stepsMayComeInAnyOrderAndTheStageIsTheFirstThingStillToDo() {
		List<StepKind> steps = List.of(SUBMITTED, DONOR_PROVIDER, BLOOD_TEST_ORDERED, PHONE_INTERVIEW);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.QUESTIONNAIRE);
		assertThat(Funnel.refusal(steps, QUESTIONNAIRE, null)).isEmpty();
		assertThat(Funnel.refusal(steps, BABY_PROVIDER, null)).isEmpty();
	}

	@Test
	void theStageNeverSaysWhatABloodTestFound() {
		List<StepKind> steps = List.of(SUBMITTED, PHONE_INTERVIEW, QUESTIONNAIRE, BLOOD_TEST_ORDERED, BLOOD_TEST_RESULT,
				DONOR_PROVIDER, BABY_PROVIDER);
		assertThat(Funnel.stage(steps)).isEqualTo(Stage.DECISION);
		assertThat(Funnel.refusal(steps, APPROVED, BloodResult.NOT_CLEAR)).contains(Funnel.Refusal.RESULT_NOT_CLEAR);
		assertThat(Funnel.refusal(steps, NOT_ELIGIBLE, BloodResult.NOT_CLEAR)).isEmpty();
		assertThat(Funnel.refusal(steps, BLOOD_TEST_ORDERED, BloodResult.NOT_CLEAR)).as("a new test").isEmpty();
		assertThat(Funnel.refusal(steps, BLOOD_TEST_ORDERED, BloodResult.CLEAR))
			.contains(Funnel.Refusal.ALREADY_RECORDED);
	}

	@Test
	void aResultNeedsATestOrderedAndNotYetAnswered() {
		assertThat(Funnel.refusal(List.of(SUBMITTED), BLOOD_TEST_RESULT, null))
			.contains(Funnel.Refusal.NO_TEST_ORDERED);
		List<StepKind> ordered = List.of(SUBMITTED, BLOOD_TEST_ORDERED);
		assertThat(Funnel.refusal(ordered, BLOOD_TEST_RESULT, null)).isEmpty();
		assertThat(Funnel.refusal(ordered, BLOOD_TEST_ORDERED, null)).contains(Funnel.Refusal.RESULT_AWAITED);
		List<StepKind> retest = List.of(SUBMITTED, BLOOD_TEST_ORDERED, BLOOD_TEST_RESULT, BLOOD_TEST_ORDERED);
		assertThat(Funnel.refusal(retest, BLOOD_TEST_RESULT, BloodResult.NOT_CLEAR)).isEmpty();
	}

	@Test
	void eachCheckpointIsRecordedOnceAndNothingButNotesFollowsTheDecision() {
		List<StepKind> called = List.of(SUBMITTED, PHONE_INTERVIEW);
		assertThat(Funnel.refusal(called, PHONE_INTERVIEW, null)).contains(Funnel.Refusal.ALREADY_RECORDED);
		assertThat(Funnel.refusal(called, APPROVED, null)).contains(Funnel.Refusal.NOT_READY);
		assertThat(Funnel.refusal(called, NOT_ELIGIBLE, null)).as("not eligible at any stage").isEmpty();
		List<StepKind> decided = List.of(SUBMITTED, PHONE_INTERVIEW, NOT_ELIGIBLE);
		assertThat(Funnel.stage(decided)).isEqualTo(Stage.NOT_ELIGIBLE);
		assertThat(Funnel.refusal(decided, QUESTIONNAIRE, null)).contains(Funnel.Refusal.DECIDED);
		assertThat(Funnel.refusal(decided, APPROVED, BloodResult.CLEAR)).contains(Funnel.Refusal.DECIDED);
		assertThat(Funnel.refusal(decided, NOTE, null)).isEmpty();
	}

}
