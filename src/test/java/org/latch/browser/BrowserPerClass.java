package org.latch.browser;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a whole test class (starting it is the slow part), and a new visitor
 * without cookies for each test.
 */
final class BrowserPerClass implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private final Consumer<Browser> started;

	private Browser browser;

	BrowserPerClass(Consumer<Browser> started) {
		this.started = started;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.browser = new Browser();
		this.started.accept(this.browser);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.browser.forgetCookies();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
