package org.latch.account;

import java.util.List;
import java.util.UUID;

/**
 * Who someone is, for other modules that act for them: their account id, address, name,
 * the language emails reach them in and the languages they speak.
 */
public record Person(UUID id, String email, String displayName, String language, List<String> languages) {

	public Person {
		languages = List.copyOf(languages);
	}

}
