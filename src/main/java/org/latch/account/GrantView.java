package org.latch.account;

import org.jspecify.annotations.Nullable;
import org.latch.directory.UnitId;

/** A role someone holds, and where. */
public record GrantView(Role role, @Nullable UnitId unit) {
}
