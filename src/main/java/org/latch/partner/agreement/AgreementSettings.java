package org.latch.partner.agreement;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the signatory is reminded that a term ends, which also opens its renewal.
 *
 * @param reminderDays days before the end of a term on which the signatory is emailed,
 * each once; renewal opens with the first of them
 */
@ConfigurationProperties("latch.partner.agreement")
record AgreementSettings(@DefaultValue( {
		"60", "30", "7" }) List<Integer> reminderDays){

	AgreementSettings {
		reminderDays = reminderDays.stream().filter(days -> days > 0).sorted(Comparator.reverseOrder()).toList();
	}

	/** How many days before the end of a term its renewal opens. */
	int renewalDays() {
		return this.reminderDays.isEmpty() ? 60 : this.reminderDays.getFirst();
	}

}
