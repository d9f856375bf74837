package org.latch.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * The transport. Spring Boot makes a mail sender whenever {@code spring.mail.host} is
	 * present, even empty (as it is when {@code LATCH_MAIL_HOST} is unset), so the host
	 * itself decides.
	 */
	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, NotificationSettings settings,
			PlatformSettings platform, @Value("${spring.mail.host:}") String host) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender != null && !host.isBlank()) {
			return new SmtpMailTransport(sender, settings.from());
		}
		return new DirectoryMailTransport(platform.dataDir().resolve("mail"), settings.from());
	}

}
