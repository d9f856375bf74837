package org.latch.directory;

/**
 * One line of the management list: a unit the person may edit, and whether they
 * administer it (add groups below it, export and import its subtree).
 */
record ManageRow(UnitView unit, boolean administered) {

	boolean group() {
		return this.unit.kind() == UnitKind.GROUP;
	}

	String kindKey() {
		return "manage.kind." + this.unit.kind().name().toLowerCase(java.util.Locale.ROOT);
	}

}
