package org.latch.geo;

import java.util.Optional;

/**
 * The states of the US and DC, so that "Portland, Maine" means what "Portland, ME" means.
 */
enum UsState {

	AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"), CT("Connecticut"),
	DE("Delaware"), DC("District of Columbia"), FL("Florida"), GA("Georgia"), HI("Hawaii"), ID("Idaho"), IL("Illinois"),
	IN("Indiana"), IA("Iowa"), KS("Kansas"), KY("Kentucky"), LA("Louisiana"), ME("Maine"), MD("Maryland"),
	MA("Massachusetts"), MI("Michigan"), MN("Minnesota"), MS("Mississippi"), MO("Missouri"), MT("Montana"),
	NE("Nebraska"), NV("Nevada"), NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"), NY("New York"),
	NC("North Carolina"), ND("North Dakota"), OH("Ohio"), OK("Oklahoma"), OR("Oregon"), PA("Pennsylvania"),
	RI("Rhode Island"), SC("South Carolina"), SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"),
	VT("Vermont"), VA("Virginia"), WA("Washington"), WV("West Virginia"), WI("Wisconsin"), WY("Wyoming");

	private final String key;

	UsState(String name) {
		this.key = NameKey.of(name);
	}

	/** The state's name as a {@link NameKey}, e.g. "new hampshire". */
	String key() {
		return this.key;
	}

	static Optional<UsState> ofCode(String code) {
		for (UsState state : values()) {
			if (state.name().equals(code)) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

}
