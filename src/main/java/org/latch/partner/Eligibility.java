package org.latch.partner;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks an application against the configured {@link PartnerCriteria}: the checklist the
 * applicant and the reviewers see, with a reason on every line.
 */
@Component
class Eligibility {

	private final PartnerCriteria criteria;

	Eligibility(PartnerCriteria criteria) {
		this.criteria = criteria;
	}

	List<Criterion> check(PartnerApplication application) {
		List<Criterion> checklist = new ArrayList<>(4);
		if (this.criteria.legalRecognition()) {
			boolean met = application.recognitionDone();
			checklist.add(new Criterion("legal", met,
					met ? "partner.criterion.legal.met" : "partner.criterion.legal.missing", List.of()));
		}
		if (this.criteria.codePledge()) {
			boolean met = application.codePledged();
			checklist.add(new Criterion("code", met,
					met ? "partner.criterion.code.met" : "partner.criterion.code.missing", List.of()));
		}
		if (this.criteria.minMembers() > 0) {
			int people = count(application.members()) + count(application.employees());
			boolean met = people >= this.criteria.minMembers();
			checklist.add(new Criterion("members", met,
					met ? "partner.criterion.members.met" : "partner.criterion.members.missing",
					List.of(people, this.criteria.minMembers())));
		}
		if (this.criteria.minIbclcs() > 0) {
			int ibclcs = application.ibclcs().size();
			boolean met = ibclcs >= this.criteria.minIbclcs();
			checklist.add(new Criterion("ibclcs", met,
					met ? "partner.criterion.ibclcs.met" : "partner.criterion.ibclcs.missing",
					List.of(ibclcs, this.criteria.minIbclcs())));
		}
		return List.copyOf(checklist);
	}

	boolean eligible(PartnerApplication application) {
		return check(application).stream().allMatch(Criterion::met);
	}

	private static int count(@Nullable Integer value) {
		return (value == null) ? 0 : value;
	}

}
