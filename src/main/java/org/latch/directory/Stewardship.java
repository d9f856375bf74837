package org.latch.directory;

/**
 * Tells the directory which units a person looks after. Implemented where roles live (the
 * account module), so the directory decides who may edit what without depending on
 * accounts.
 */
public interface Stewardship {

	/**
	 * What {@code username} leads and administers; {@link Steward#NONE} for anyone else.
	 */
	Steward steward(String username);

}
