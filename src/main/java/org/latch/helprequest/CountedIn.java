package org.latch.helprequest;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an entry of the contact log counts: the group it was given for and that group's
 * area, fixed when it is logged so that a group moving later does not rewrite past
 * reports.
 */
record CountedIn(@Nullable UUID groupId, @Nullable UUID areaId) {

	static final CountedIn NOWHERE = new CountedIn(null, null);

}
