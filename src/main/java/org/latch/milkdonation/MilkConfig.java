package org.latch.milkdonation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the milk donation settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MilkSettings.class)
class MilkConfig {

}
