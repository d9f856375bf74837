package org.latch.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.latch.platform.PlatformSettings;

/**
 * SMTP when {@code LATCH_MAIL_HOST} is set; otherwise emails land as files under the data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class MailConfig {

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, NotificationSettings settings,
			PlatformSettings platform) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender != null) {
			return new SmtpMailTransport(sender, settings.from());
		}
		return new DirectoryMailTransport(platform.dataDir().resolve("mail"), settings.from());
	}

}
