package org.latch.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an organization must meet to become a partner; the defaults are the ILCA Global
 * Partners Program's criteria.
 *
 * @param legalRecognition a registration number and evidence of legal recognition
 * @param codePledge a pledge to the International Code of Marketing of Breast-milk
 * Substitutes
 * @param minMembers members and employees together, each person counted once
 * @param minIbclcs IBCLCs named with their IBLCE certification numbers
 */
@ConfigurationProperties("latch.partner.criteria")
record PartnerCriteria(@DefaultValue("true") boolean legalRecognition, @DefaultValue("true") boolean codePledge,
		@DefaultValue("10") int minMembers, @DefaultValue("2") int minIbclcs) {
}
