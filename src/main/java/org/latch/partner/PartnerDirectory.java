package org.latch.partner;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.partner.agreement.AgreementManagement;
import org.latch.platform.Language;

/**
 * The public list of partners: approved applications whose agreement is in force
 * (countersigned and within its term; decision 27), filtered by region (words found in
 * the region or the country's name, in the reader's language or English, ignoring case
 * and accents), level and language. Partners are few (hundreds at most), so they are
 * filtered in memory.
 */
@Service
@Transactional(readOnly = true)
class PartnerDirectory {

	private final PartnerApplicationRepository applications;

	private final AgreementManagement agreements;

	private final PartnerPlaces places;

	PartnerDirectory(PartnerApplicationRepository applications, AgreementManagement agreements, PartnerPlaces places) {
		this.applications = applications;
		this.agreements = agreements;
		this.places = places;
	}

	List<PartnerCard> find(@Nullable String region, @Nullable PartnerLevel level, @Nullable String language,
			Locale reader) {
		String wanted = fold(region);
		Set<PartnerId> inForce = this.agreements.inForce();
		return this.applications.findByStatusOrderByLegalNameAsc(PartnerStatus.APPROVED)
			.stream()
			.filter(application -> inForce.contains(new PartnerId(application.id())))
			.map(application -> card(application, reader))
			.filter(card -> level == null || card.level() == level)
			.filter(card -> language == null || language.isEmpty() || card.languageTags().contains(language))
			.filter(card -> wanted.isEmpty() || fold(card.region()).contains(wanted)
					|| fold(card.country()).contains(wanted)
					|| fold(Countries.name(card.countryCode(), Locale.ENGLISH)).contains(wanted)
					|| card.countryCode().equalsIgnoreCase(wanted))
			.toList();
	}

	Optional<PartnerCard> partner(UUID id, Locale reader) {
		return this.applications.findById(id)
			.filter(application -> application.status() == PartnerStatus.APPROVED
					&& this.agreements.inForce().contains(new PartnerId(id)))
			.map(application -> card(application, reader));
	}

	private PartnerCard card(PartnerApplication a, Locale reader) {
		String country = (a.country() == null) ? "" : a.country();
		return new PartnerCard(a.id(), String.valueOf(a.legalName()),
				(a.level() == null) ? PartnerLevel.LOCAL : a.level(), country, Countries.name(country, reader),
				String.valueOf(a.region()), a.languages(), Language.nativeNamesOf(a.languages()), a.website(),
				String.valueOf(a.mission()), this.places.of(country, a.region()).orElse(null));
	}

	private static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

}
