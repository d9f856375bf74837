package org.latch.platform;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders each page into UTF-8 bytes first (the templates' static text is compiled to
 * bytes already) and sends them in one write with a {@code Content-Length}. Writing
 * straight to the servlet writer cost a fifth of a page's time: every small piece of text
 * went through the encoder and the security and session wrappers, which check the length
 * written on each call. A template that fails half-way has sent nothing, so the error
 * page is whole.
 */
class BufferedJteViewResolver extends JteViewResolver {

	private final TemplateEngine engine;

	BufferedJteViewResolver(TemplateEngine engine, JteProperties properties) {
		super(engine, properties);
		this.engine = engine;
	}

	@Override
	protected AbstractUrlBasedView instantiateView() {
		return new BufferedView(this.engine);
	}

	static final class BufferedView extends JteView {

		private final TemplateEngine engine;

		BufferedView(TemplateEngine engine) {
			super(engine);
			this.engine = engine;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			PageBytes page = new PageBytes();
			this.engine.render(getUrl(), model, page);
			response.setContentType("text/html;charset=UTF-8");
			response.setContentLength(page.length());
			page.writeTo(response.getOutputStream());
		}

	}

}
