package org.latch.helprequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.latch.platform.FieldCipher;
import org.latch.platform.PlatformSettings;

/**
 * The key ring for families' data: {@code latch.help.keys} ({@code LATCH_HELP_KEYS}),
 * current key first. Without it, a key is made on first start and kept in
 * {@code help-keys} in the data directory ({@link FieldCipher#load}).
 */
@Configuration(proxyBeanMethods = false)
class HelpKeys {

	@Bean
	FieldCipher fieldCipher(@Value("${latch.help.keys:}") String ring, PlatformSettings settings) {
		return FieldCipher.load(ring, settings.dataDir().resolve("help-keys"), "latch.help.keys");
	}

}
