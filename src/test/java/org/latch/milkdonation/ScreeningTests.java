package org.latch.milkdonation;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScreeningTests {

	static Screening fine() {
		Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
		answers.put(ScreeningQuestion.GOOD_HEALTH, Answer.YES);
		answers.put(ScreeningQuestion.NICOTINE_OR_CANNABIS, Answer.NO);
		answers.put(ScreeningQuestion.REGULAR_MEDICATIONS, Answer.NO);
		answers.put(ScreeningQuestion.TRANSFUSION_OR_TRANSPLANT, Answer.NO);
		answers.put(ScreeningQuestion.TATTOO, Answer.NO);
		answers.put(ScreeningQuestion.MILK_TO_SPARE, Answer.YES);
		answers.put(ScreeningQuestion.BLOOD_TEST, Answer.YES);
		return new Screening(answers);
	}

	static Screening with(ScreeningQuestion question, Answer answer) {
		Map<ScreeningQuestion, Answer> answers = new EnumMap<>(fine().answers());
		answers.put(question, answer);
		return new Screening(answers);
	}

	@Test
	void answersThatRaiseNothingAreLikelyEligible() {
		assertThat(fine().outcome()).isEqualTo(Screening.Outcome.LIKELY_ELIGIBLE);
		assertThat(fine().raised()).isEmpty();
	}

	@Test
	void medicinesOrHealthAreTalkedThroughWithTheBank() {
		Screening medicines = with(ScreeningQuestion.REGULAR_MEDICATIONS, Answer.YES);
		assertThat(medicines.outcome()).isEqualTo(Screening.Outcome.TO_DISCUSS);
		assertThat(medicines.raised()).containsExactly(ScreeningQuestion.REGULAR_MEDICATIONS);
		assertThat(with(ScreeningQuestion.GOOD_HEALTH, Answer.NO).outcome()).isEqualTo(Screening.Outcome.TO_DISCUSS);
	}

	@Test
	void nicotineARecentTattooOrTransfusionNoMilkToSpareOrNoBloodTestMeanNotNow() {
		assertThat(with(ScreeningQuestion.NICOTINE_OR_CANNABIS, Answer.YES).screenedOutBy())
			.containsExactly(ScreeningQuestion.NICOTINE_OR_CANNABIS);
		assertThat(with(ScreeningQuestion.TATTOO, Answer.YES).outcome()).isEqualTo(Screening.Outcome.NOT_NOW);
		assertThat(with(ScreeningQuestion.TRANSFUSION_OR_TRANSPLANT, Answer.YES).outcome())
			.isEqualTo(Screening.Outcome.NOT_NOW);
		assertThat(with(ScreeningQuestion.MILK_TO_SPARE, Answer.NO).outcome()).isEqualTo(Screening.Outcome.NOT_NOW);
		assertThat(with(ScreeningQuestion.BLOOD_TEST, Answer.NO).outcome()).isEqualTo(Screening.Outcome.NOT_NOW);
	}

	@Test
	void theSealedFormOpensToTheSameAnswersAndNothingElseDoes() {
		Screening screening = with(ScreeningQuestion.REGULAR_MEDICATIONS, Answer.YES);
		assertThat(Screening.parse(screening.sealable())).contains(screening);
		assertThat(Screening.parse("GOOD_HEALTH=YES")).isEmpty();
		assertThat(Screening.parse("nonsense")).isEmpty();
		assertThat(Screening.parse("GOOD_HEALTH=MAYBE")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Screening(Map.of()));
	}

}
