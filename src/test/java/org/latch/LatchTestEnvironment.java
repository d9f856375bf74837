package org.latch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the test SMTP server and, when the suite runs with
 * {@code -Dlatch.test.db=postgresql}, at a PostgreSQL database created for that context,
 * as on a fresh server.
 */
public class LatchTestEnvironment implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	static synchronized Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", TestMailServer.port());
		if (TestDatabase.postgresRequested()) {
			TestDatabase postgres = TestDatabase.createPostgres();
			properties.put("spring.datasource.url", postgres.url());
			properties.put("spring.datasource.username", postgres.user());
			properties.put("spring.datasource.password", postgres.password());
		}
		return properties;
	}

	/**
	 * The database of this run: H2 in memory, or the PostgreSQL database created for it.
	 */
	public static String databaseKind() {
		return TestDatabase.postgresRequested() ? "postgresql" : "h2";
	}

	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("latch-test-environment", properties()));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Objects.hash(Customizer.class);
		}

	}

}
