package org.latch.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the WHO Code register and violation reports.
 *
 * @param validityMonths how long an approval lasts (1 to 60 months)
 * @param renewalDays how many days before its expiry an approved entry may be sent again
 * for renewal
 * @param photoMaxSize the largest photo a violation report may carry; below the server's
 * upload limit (10 MB) so that a larger photo gets its message next to the field
 * @param reportsPerHour violation reports accepted per network address and hour
 * @param photoKeepDays how many days after a report is decided its photo is kept for
 * moderators (then deleted, nightly)
 */
@ConfigurationProperties("latch.partner.code")
record CodeSettings(@DefaultValue("12") int validityMonths, @DefaultValue("60") int renewalDays,
		@DefaultValue("5MB") DataSize photoMaxSize, @DefaultValue("5") int reportsPerHour,
		@DefaultValue("90") int photoKeepDays) {

	CodeSettings {
		if (validityMonths < 1 || validityMonths > 60) {
			throw new IllegalArgumentException("latch.partner.code.validity-months must be 1 to 60");
		}
		if (renewalDays < 0 || reportsPerHour < 1 || photoKeepDays < 0) {
			throw new IllegalArgumentException(
					"latch.partner.code: renewal-days >= 0, reports-per-hour >= 1, photo-keep-days >= 0");
		}
	}

}
