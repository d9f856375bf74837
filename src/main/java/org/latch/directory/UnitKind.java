package org.latch.directory;

/** Levels of the network, from the international organization down to a local group. */
public enum UnitKind {

	INTERNATIONAL, NATIONAL, AREA, GROUP

}
