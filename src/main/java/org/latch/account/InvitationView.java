package org.latch.account;

/** An open invitation, as shown to the person invited. */
record InvitationView(String email, Role role, String unitName, boolean accountExists) {
}
