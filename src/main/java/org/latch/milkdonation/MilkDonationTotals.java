package org.latch.milkdonation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milk donation module's figures for campaigns and impact pages: ounces pledged
 * toward a campaign and ounces its donors gave, confirmed by their milk bank, and the
 * milk confirmed overall. No personal data leaves through it.
 */
@Service
public class MilkDonationTotals {

	private final MilkDonorRepository donors;

	private final MilkDonationRepository donations;

	MilkDonationTotals(MilkDonorRepository donors, MilkDonationRepository donations) {
		this.donors = donors;
		this.donations = donations;
	}

	/**
	 * Pledged and confirmed milk of the donors who came through the campaign (their
	 * interest form carried its id).
	 */
	@Transactional(readOnly = true)
	public MilkTotals forCampaign(UUID campaign) {
		return MilkTotals.of(sum(this.donors.pledgedFor(campaign)), sum(this.donations.confirmedFor(campaign)));
	}

	/** Every pledge and every confirmed donation, whatever the campaign. */
	@Transactional(readOnly = true)
	public MilkTotals overall() {
		return MilkTotals.of(sum(this.donors.pledged()), sum(this.donations.confirmed()));
	}

	private static MilkSum sum(List<Object[]> byUnit) {
		Map<MilkUnit, BigDecimal> sums = new EnumMap<>(MilkUnit.class);
		for (Object[] row : byUnit) {
			sums.put((MilkUnit) row[0], (BigDecimal) row[1]);
		}
		return MilkSum.of(sums);
	}

}
