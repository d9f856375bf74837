package org.latch.partner.benefit;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Role;
import org.latch.partner.ApprovedPartner;

/**
 * Who reads a partner's ledger: its signatory (the account that applied) or the staff
 * (platform administrators). Anyone else gets 403; a partner that is not approved, 404.
 */
record LedgerReader(ApprovedPartner partner, UUID account, boolean signatory, boolean staff) {

	static LedgerReader of(UUID partnerId, Authentication auth, AccountManagement accounts, PartnerLedger ledger) {
		UUID account = account(auth, accounts);
		ApprovedPartner partner = ledger.partner(partnerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean signatory = partner.signatory().equals(account);
		boolean staff = staff(auth);
		if (!signatory && !staff) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return new LedgerReader(partner, account, signatory, staff);
	}

	/** The account of a platform administrator; 403 for anyone else. */
	static UUID staff(Authentication auth, AccountManagement accounts) {
		if (!staff(auth)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return account(auth, accounts);
	}

	LedgerReader requireSignatory() {
		if (!this.signatory) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this;
	}

	LedgerReader requireStaff() {
		if (!this.staff) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this;
	}

	private static boolean staff(Authentication auth) {
		return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.PLATFORM_ADMIN.authority()));
	}

	private static UUID account(Authentication auth, AccountManagement accounts) {
		return accounts.person(auth.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
	}

}
