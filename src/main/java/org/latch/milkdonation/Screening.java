package org.latch.milkdonation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A donor's answers to every self-screening question, what they mean, and their sealed
 * form ({@code GOOD_HEALTH=YES,…}).
 */
record Screening(Map<ScreeningQuestion, Answer> answers) {

	/** What the answers mean for the donor. */
	enum Outcome {

		/** Nothing raised: the bank calls to go on. */
		LIKELY_ELIGIBLE,
		/** Something to talk through with the bank, which often still says yes. */
		TO_DISCUSS,
		/** An answer that means no milk can be given now; nothing is stored. */
		NOT_NOW

	}

	Screening {
		answers = Map.copyOf(answers);
		if (answers.size() != ScreeningQuestion.values().length) {
			throw new IllegalArgumentException("Every question needs an answer");
		}
	}

	Outcome outcome() {
		if (!screenedOutBy().isEmpty()) {
			return Outcome.NOT_NOW;
		}
		return raised().isEmpty() ? Outcome.LIKELY_ELIGIBLE : Outcome.TO_DISCUSS;
	}

	/** The questions whose answers the bank will ask about, in the form's order. */
	List<ScreeningQuestion> raised() {
		return Arrays.stream(ScreeningQuestion.values()).filter(q -> q.raises(this.answers.get(q))).toList();
	}

	/** The questions whose answers mean no milk can be given now. */
	List<ScreeningQuestion> screenedOutBy() {
		return raised().stream().filter(ScreeningQuestion::screensOut).toList();
	}

	Answer answer(ScreeningQuestion question) {
		return this.answers.get(question);
	}

	String sealable() {
		return Arrays.stream(ScreeningQuestion.values())
			.map(q -> q.name() + "=" + this.answers.get(q).name())
			.collect(Collectors.joining(","));
	}

	/** The answers of a sealed form, opened; empty when it is not one. */
	static Optional<Screening> parse(String opened) {
		Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
		try {
			for (String pair : opened.split(",")) {
				String[] parts = pair.split("=", 2);
				answers.put(ScreeningQuestion.valueOf(parts[0]), Answer.valueOf(parts[1]));
			}
			return Optional.of(new Screening(answers));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

}
