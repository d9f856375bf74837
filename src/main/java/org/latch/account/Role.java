package org.latch.account;

/**
 * What a person may do. LEADER, AREA_ADMIN and ORG_ADMIN are held in an organization unit
 * and reach that unit's subtree only; FAMILY and PLATFORM_ADMIN are held everywhere.
 * MILK_BANK_STAFF is held without a unit: the milk bank it reaches is kept by the
 * milkdonation module, which grants and revokes it.
 */
public enum Role {

	FAMILY(false), LEADER(true), AREA_ADMIN(true), ORG_ADMIN(true), PLATFORM_ADMIN(false), MILK_BANK_STAFF(false);

	private final boolean scoped;

	Role(boolean scoped) {
		this.scoped = scoped;
	}

	public boolean scoped() {
		return this.scoped;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name().toLowerCase().replace('_', '-');
	}

}
