package org.latch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.MeetingManagement;
import org.latch.directory.MeetingId;
import org.latch.demo.DemoMeetings.DemoMeeting;
import org.latch.directory.DirectoryManagement;
import org.latch.helprequest.HelpManagement;
import org.latch.directory.HealthProfessionals;
import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaceKind;
import org.latch.directory.MilkPlaces;
import org.latch.directory.NewMilkPlace;
import org.latch.directory.NewProfessional;
import org.latch.directory.ProfessionalKind;
import org.latch.directory.NewUnit;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.directory.UnitProfile;

/**
 * Fills an empty database with the demo network ({@code demo/network.csv}), the groups'
 * meetings ({@link DemoMeetings}), its Leaders and administrators
 * ({@code demo/people.csv}) and one account per role, all with the password
 * {@value #PASSWORD}. Runs in one transaction: it is all there, or none of it.
 */
@Component
@ConditionalOnBooleanProperty("latch.demo.enabled")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "latch-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final MeetingManagement calendar;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final MilkPlaces milkPlaces;

	private final HelpManagement help;

	private final DemoPartners partners;

	private final DemoBenefits benefits;

	private final HealthProfessionals professionals;

	private final DemoMilkDonation milkDonation;

	private final DemoSponsors sponsors;

	private final DemoContacts contacts;

	private final DemoCampaign campaign;

	private final DemoFundraising fundraising;

	DemoData(DirectoryManagement directory, AccountManagement accounts, MeetingManagement calendar,
			TransactionTemplate transactions, MessageSource messages, MilkPlaces milkPlaces, HelpManagement help,
			DemoPartners partners, DemoBenefits benefits, HealthProfessionals professionals,
			DemoMilkDonation milkDonation, DemoSponsors sponsors, DemoCampaign campaign, DemoFundraising fundraising,
			DemoContacts contacts) {
		this.campaign = campaign;
		this.fundraising = fundraising;
		this.milkDonation = milkDonation;
		this.help = help;
		this.professionals = professionals;
		this.partners = partners;
		this.benefits = benefits;
		this.sponsors = sponsors;
		this.contacts = contacts;
		this.directory = directory;
		this.milkPlaces = milkPlaces;
		this.messages = messages;
		this.accounts = accounts;
		this.calendar = calendar;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.count() > 0 || this.accounts.countAccounts() > 0) {
			return;
		}
		this.transactions.executeWithoutResult(status -> load());
	}

	private void load() {
		long started = System.nanoTime();
		Map<String, UnitId> units = new HashMap<>();
		int groups = 0;
		int meetings = 0;
		for (String[] row : read("demo/network.csv")) {
			UnitId parent = row[1].isEmpty() ? null : units.get(row[1]);
			UnitKind kind = UnitKind.valueOf(row[2]);
			UnitId unit = this.directory.add(new NewUnit(parent, kind, row[0], row[3], blank(row[4]), blank(row[5]),
					blank(row[6]), number(row[7]), number(row[8]), Boolean.parseBoolean(row[9]), languages(row[10])));
			units.put(row[0], unit);
			if (kind == UnitKind.GROUP) {
				this.directory.describe(unit, profile(row[0], blank(row[6]), languages(row[10])));
				for (DemoMeeting meeting : DemoMeetings.of(groups++, unit, Boolean.parseBoolean(row[9]),
						languages(row[10]), row[11])) {
					schedule(meeting);
					meetings++;
				}
			}
		}
		Map<String, MilkPlaceId> milk = new HashMap<>();
		for (String[] row : read("demo/milk-places.csv")) {
			milk.put(row[0],
					this.milkPlaces.add(new NewMilkPlace(MilkPlaceKind.valueOf(row[1]), units.get(row[3]),
							row[2].isEmpty() ? null : milk.get(row[2]), row[4], blank(row[5]), row[6], blank(row[7]),
							blank(row[8]), row[9], Double.parseDouble(row[10]), Double.parseDouble(row[11]),
							blank(row[12]), blank(row[13]), languages(row[14]))));
		}
		int professionals = 0;
		for (String[] row : DemoFiles.rows("demo/health-professionals.tsv", "\t")) {
			this.professionals.add(new NewProfessional(ProfessionalKind.valueOf(row[0]), units.get(row[1]), row[2],
					blank(row[3]), blank(row[4]), blank(row[5]), blank(row[6]), row[7], blank(row[8]), blank(row[9]),
					row[10], Double.parseDouble(row[11]), Double.parseDouble(row[12]), blank(row[13]), blank(row[14]),
					languages(row[15]), Boolean.parseBoolean(row[16])));
			professionals++;
		}
		String hash = this.accounts.hashPassword(PASSWORD);
		List<String> leaders = new ArrayList<>();
		for (String[] row : read("demo/people.csv")) {
			Role role = Role.valueOf(row[2]);
			this.accounts.createVerified(row[0], row[1], languages(row[4]), hash,
					List.of(new GrantView(role, units.get(row[3]))));
			if (role == Role.LEADER) {
				this.help.takeRequests(row[0]);
				leaders.add(row[0]);
			}
		}
		account("family@example.org", "Alex Rivera", List.of("en", "es"), hash, Role.FAMILY, null);
		account("leader@example.org", "Jordan Baptiste", List.of("en", "ht", "fr"), hash, Role.LEADER,
				units.get("us-ma-boston"));
		this.help.takeRequests("leader@example.org");
		leaders.add("leader@example.org");
		account("area-admin@example.org", "Maria Santos", List.of("en", "pt-BR", "es"), hash, Role.AREA_ADMIN,
				units.get("us-ma"));
		account("org-admin@example.org", "Sam Okafor", List.of("en", "fr"), hash, Role.ORG_ADMIN, units.get("usa"));
		account("admin@example.org", "Robin Chen", List.of("en"), hash, Role.PLATFORM_ADMIN, null);
		int partners = this.partners.load(hash, "admin@example.org");
		this.benefits.load("admin@example.org");
		int donors = this.milkDonation.load(hash, milk, "admin@example.org");
		int sponsors = this.sponsors.load("admin@example.org");
		int registrations = this.campaign.load(units, this.sponsors.expired());
		int gifts = this.fundraising.load("org-admin@example.org");
		int contacts = this.contacts.load(leaders);
		log.info(
				"Demo data loaded in {} ms: {} organization units, {} meetings, {} milk banks and depots, {} health professionals, {} milk donors, {} partner applications, {} Code register entries, {} campaign registrations, {} campaign gifts, {} contacts logged by Leaders, {} accounts; demo password '{}'",
				(System.nanoTime() - started) / 1_000_000, units.size(), meetings, milk.size(), professionals, donors,
				partners, sponsors, registrations, gifts, contacts, this.accounts.countAccounts(), PASSWORD);
	}

	/**
	 * Every demo group describes itself in each of its languages and has a contact
	 * address.
	 */
	private UnitProfile profile(String slug, String city, List<String> languages) {
		Map<String, String> descriptions = new HashMap<>();
		for (String language : languages) {
			descriptions.put(language,
					(city == null)
							? this.messages.getMessage("demo.group.description.online", null,
									Locale.forLanguageTag(language))
							: this.messages.getMessage("demo.group.description.in-person", new Object[] { city },
									Locale.forLanguageTag(language)));
		}
		return new UnitProfile(null, null, slug + "@groups.example.org", null, null, descriptions);
	}

	private void schedule(DemoMeeting meeting) {
		MeetingId id = this.calendar.schedule(meeting.meeting());
		LocalDate moved = meeting.moved();
		if (moved != null) {
			this.calendar.cancel(id, moved);
			this.calendar.addExtraDate(id, moved.minusWeeks(1), meeting.meeting().startTime());
		}
	}

	private void account(String email, String name, List<String> languages, String hash, Role role, UnitId unit) {
		this.accounts.createVerified(email, name, languages, hash, List.of(new GrantView(role, unit)));
	}

	/** The rows of a comma-separated demo file, without its header. */
	static List<String[]> read(String resource) {
		return DemoFiles.rows(resource, ",");
	}

	private static String blank(String value) {
		return value.isEmpty() ? null : value;
	}

	private static Double number(String value) {
		return value.isEmpty() ? null : Double.valueOf(value);
	}

	private static List<String> languages(String value) {
		return Arrays.asList(value.split(";"));
	}

}
