package org.latch.helprequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Routing settings, and asynchronous event listeners: a request is routed after its
 * submission commits, on another thread, so the family's confirmation does not wait.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableConfigurationProperties(RoutingSettings.class)
class HelpConfig {

}
