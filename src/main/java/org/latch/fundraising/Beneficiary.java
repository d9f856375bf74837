package org.latch.fundraising;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/**
 * An organization a campaign's gifts go to (a non-profit milk bank, a co-host), with the
 * legal name and tax wording its receipts print, and its share in basis points.
 */
@Entity
@Table(name = "fundraising_beneficiary")
class Beneficiary extends StoredEntity {

	/** What an organizer enters for a beneficiary. */
	record Details(String name, String legalName, String taxWording, int shareBp) {
	}

	@Id
	private UUID id;

	private int position;

	private String name;

	private String legalName;

	private String taxWording;

	private int shareBp;

	protected Beneficiary() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.legalName = "";
		this.taxWording = "";
	}

	Beneficiary(int position, Details details) {
		this();
		this.position = position;
		this.name = details.name();
		this.legalName = details.legalName();
		this.taxWording = details.taxWording();
		this.shareBp = details.shareBp();
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String legalName() {
		return this.legalName;
	}

	String taxWording() {
		return this.taxWording;
	}

	int shareBp() {
		return this.shareBp;
	}

	Details details() {
		return new Details(this.name, this.legalName, this.taxWording, this.shareBp);
	}

}
