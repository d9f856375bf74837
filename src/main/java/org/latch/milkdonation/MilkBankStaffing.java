package org.latch.milkdonation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.account.Role;
import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaceView;
import org.latch.directory.MilkPlaces;

/**
 * Who works for which milk bank. An account is staff of one bank at most: its row here
 * says which, and the role {@link Role#MILK_BANK_STAFF} (granted and revoked with it)
 * lets pages offer the way to the bank's desk. Platform administrators add and remove
 * staff.
 */
@Service
class MilkBankStaffing {

	/** What adding someone to a bank's staff came to. */
	enum Added {

		DONE, NO_ACCOUNT, NOT_A_BANK

	}

	private final MilkBankStaffRepository staff;

	private final AccountManagement accounts;

	private final MilkPlaces places;

	private final Clock clock;

	MilkBankStaffing(MilkBankStaffRepository staff, AccountManagement accounts, MilkPlaces places, Clock clock) {
		this.staff = staff;
		this.accounts = accounts;
		this.places = places;
		this.clock = clock;
	}

	/** The staff member signed in as {@code email}, with their bank; empty for others. */
	@Transactional(readOnly = true)
	Optional<Staffer> staffer(String email) {
		return this.accounts.person(email)
			.flatMap(person -> this.staff.findById(person.id())
				.flatMap(row -> this.places.bank(new MilkPlaceId(row.bankId()))
					.map(bank -> new Staffer(person.id(), person.displayName(), row.bankId(), bank.name()))));
	}

	/** The staff member with this account id, with their bank; empty for others. */
	@Transactional(readOnly = true)
	Optional<Staffer> staffer(UUID account) {
		return this.accounts.person(account).flatMap(person -> staffer(person.email()));
	}

	/** The people who work for a bank. */
	@Transactional(readOnly = true)
	List<Person> of(UUID bank) {
		return this.staff.findByBankId(bank)
			.stream()
			.map(row -> this.accounts.person(row.accountId()))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Every milk bank with its staff, by name. */
	@Transactional(readOnly = true)
	List<BankStaffView> banks() {
		return this.places.banks()
			.stream()
			.map(bank -> new BankStaffView(bank.id().value(), bank.name(), bank.city(), of(bank.id().value())))
			.toList();
	}

	/**
	 * Makes the account with this address staff of the bank (moving it from another
	 * bank); {@code by} is the administrator's account id.
	 */
	@Transactional
	Added add(String email, UUID bank, UUID by) {
		if (this.places.bank(new MilkPlaceId(bank)).isEmpty()) {
			return Added.NOT_A_BANK;
		}
		Optional<Person> person = this.accounts.person(email);
		if (person.isEmpty()) {
			return Added.NO_ACCOUNT;
		}
		UUID account = person.get().id();
		this.staff.findById(account)
			.ifPresentOrElse(row -> row.moveTo(bank, by, this.clock.instant()),
					() -> this.staff.save(new MilkBankStaff(account, bank, by, this.clock.instant())));
		this.accounts.grant(account, Role.MILK_BANK_STAFF);
		return Added.DONE;
	}

	/** The account no longer works for any bank; false when it did not. */
	@Transactional
	boolean remove(UUID account) {
		Optional<MilkBankStaff> row = this.staff.findById(account);
		row.ifPresent(found -> {
			this.staff.delete(found);
			this.accounts.revoke(account, Role.MILK_BANK_STAFF);
		});
		return row.isPresent();
	}

	/** The bank's public view, for pages. */
	Optional<MilkPlaceView> bank(UUID bank) {
		return this.places.bank(new MilkPlaceId(bank));
	}

}
