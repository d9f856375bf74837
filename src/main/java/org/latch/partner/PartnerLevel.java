package org.latch.partner;

/** Where an organization works, as the partner program distinguishes it. */
public enum PartnerLevel {

	INTERNATIONAL, NATIONAL, REGIONAL, LOCAL

}
