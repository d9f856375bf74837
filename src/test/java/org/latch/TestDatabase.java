package org.latch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database and role on the real server at 127.0.0.1:5432, created for
 * a test run and dropped when the JVM exits. Used when
 * {@code -Dlatch.test.db=postgresql}.
 */
public record TestDatabase(String url, String user, String password) {

	static final String ADMIN_URL = System.getProperty("latch.test.pg.admin-url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String ADMIN_USER = System.getProperty("latch.test.pg.admin-user", "postgres");

	public static boolean postgresRequested() {
		return "postgresql".equalsIgnoreCase(System.getProperty("latch.test.db", ""));
	}

	public static TestDatabase createPostgres() {
		String name = "latch_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String password = UUID.randomUUID().toString();
		admin("create role " + name + " login password '" + password + "'",
				"create database " + name + " owner " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> admin("drop database if exists " + name + " with (force)", "drop role if exists " + name)));
		return new TestDatabase("jdbc:postgresql://127.0.0.1:5432/" + name, name, password);
	}

	public String name() {
		return this.url.substring(this.url.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
	}

	public static void admin(String... statements) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException failure) {
			throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " is needed for -Dlatch.test.db=postgresql",
					failure);
		}
	}

}
