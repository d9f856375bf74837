package org.latch.fundraising;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * A fundraising page as its owner writes it: title, story, a funds goal and, for those
 * who pledge milk, an ounces goal and the ounces pledged; {@code team} the team page to
 * count toward, when starting a page.
 */
record PageForm(String title, String story, String goal, String ouncesGoal, String ouncesPledged, String team) {

	static final int MAX_OUNCES = 100_000;

	static PageForm of(FundPage page) {
		return new PageForm(page.title(), page.story(), Money.plain(page.goalCents()), text(page.ouncesGoal()),
				text(page.ouncesPledged()), page.teamPageId() == null ? "" : page.teamPageId().toString());
	}

	static PageForm empty(String title) {
		return new PageForm(title, "", "", "", "", "");
	}

	static PageForm from(Map<String, String[]> parameters) {
		return new PageForm(FormText.one(parameters, "title"), FormText.one(parameters, "story"),
				FormText.one(parameters, "goal"), FormText.one(parameters, "ouncesGoal"),
				FormText.one(parameters, "ouncesPledged"), FormText.one(parameters, "team"));
	}

	Optional<PageDetails> check(FormErrors errors) {
		String checkedTitle = FormText.check(this.title, 1, 120, false, "title", errors).orElse("");
		String checkedStory = FormText.check(this.story, 0, 4000, true, "story", errors).orElse("");
		long goalCents = FormText.money(this.goal, 100, "goal", errors).orElse(0L);
		Integer ounces = FormText.count(this.ouncesGoal, 1, MAX_OUNCES, "ouncesGoal", errors);
		Integer pledged = FormText.count(this.ouncesPledged, 0, MAX_OUNCES, "ouncesPledged", errors);
		return errors.any() ? Optional.empty()
				: Optional.of(new PageDetails(checkedTitle, checkedStory, goalCents, ounces, pledged));
	}

	private static String text(@Nullable Integer number) {
		return (number == null) ? "" : number.toString();
	}

}
