package org.latch.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of every email
 * @param pollInterval how often the outbox is checked for mail to deliver
 */
@ConfigurationProperties("latch.mail")
record NotificationSettings(String from, @DefaultValue("2s") Duration pollInterval) {
}
