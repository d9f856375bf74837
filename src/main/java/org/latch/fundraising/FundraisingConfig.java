package org.latch.fundraising;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the Stripe settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeSettings.class)
class FundraisingConfig {

}
