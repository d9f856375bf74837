package org.latch.directory;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.latch.platform.Localizer;

import static org.assertj.core.api.Assertions.assertThat;

/** Meeting rules read aloud in each language, from the real message bundle. */
class RuleWordsTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("i18n/directory/groups");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			FREQ=MONTHLY;BYDAY=2TU               | en    | 2nd Tuesday of every month
			FREQ=MONTHLY;BYDAY=-1SU              | en    | Last Sunday of every month
			FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE    | en    | 1st Wednesday, every 2 months
			FREQ=MONTHLY;BYMONTHDAY=15           | en    | Day 15 of every month
			FREQ=WEEKLY;BYDAY=MO,WE,FR           | en    | Every week on Monday, Wednesday and Friday
			FREQ=WEEKLY;INTERVAL=2;BYDAY=TH      | en    | Every 2 weeks on Thursday
			FREQ=DAILY                           | en    | Every day
			FREQ=MONTHLY;COUNT=6;BYDAY=3SA       | en    | 3rd Saturday of every month, 6 meetings in all
			FREQ=MONTHLY;UNTIL=20270630;BYDAY=2TU| en    | 2nd Tuesday of every month, until 2027-06-30
			FREQ=YEARLY;BYMONTH=5;BYDAY=2SU      | en    | Regular meetings, see the dates
			FREQ=MONTHLY;BYDAY=1TU,3TU           | en    | Regular meetings, see the dates
			FREQ=MONTHLY;BYDAY=1SA               | es    | El primer sábado de cada mes
			FREQ=WEEKLY;BYDAY=TU,TH              | es    | Cada semana, el martes y jueves
			FREQ=MONTHLY;BYDAY=2SU               | pt-BR | Segundo domingo de cada mês
			FREQ=MONTHLY;BYDAY=-1FR              | pt-BR | Última sexta-feira de cada mês
			FREQ=MONTHLY;BYDAY=1MO               | fr    | Le 1er lundi de chaque mois
			FREQ=MONTHLY;BYDAY=4TH               | ht    | Katriyèm jedi nan chak mwa
			""")
	void rulesAreSaidInWords(String rrule, String tag, String expected) {
		Localizer i18n = new Localizer(MESSAGES, Locale.forLanguageTag(tag));
		RuleWords words = new RuleWords(i18n, LocalDate::toString);

		assertThat(words.describe(Recurrence.parse(rrule).rule())).isEqualTo(expected);
	}

}
