package org.latch.directory;

/** Raised when a unit id does not name any unit; pages turn it into a 404. */
public class UnitNotFound extends RuntimeException {

	public UnitNotFound(UnitId id) {
		super("No organization unit " + id);
	}

}
