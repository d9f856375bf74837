package org.latch.account;

import java.util.List;

/** What the account page shows a person about themselves. */
record AccountView(String email, String displayName, String language, boolean hasPassword, List<GrantView> grants) {
}
