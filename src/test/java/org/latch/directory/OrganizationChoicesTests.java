package org.latch.directory;

import java.util.List;
import java.util.UUID;

import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The find form's organization filter: a tree a visitor can scan (each organization
 * followed by those under it, sisters alphabetical, whatever order they were created in),
 * written as escaped markup with the chosen one selected.
 */
class OrganizationChoicesTests {

	@Test
	void organizationsAreListedAsATreeWithSistersInAlphabeticalOrder() {
		UnitView world = unit("Latch International", null, 0);
		UnitView usa = unit("Latch USA", world, 1);
		UnitView brasil = unit("Latch Brasil", world, 1);
		List<UnitView> byId = List.of(world, usa, unit("Vermont Area", usa, 2), brasil,
				unit("Área São Paulo", brasil, 2), unit("Alabama Area", usa, 2), unit("Área Bahia", brasil, 2));

		assertThat(OrganizationChoices.options(byId)).extracting(FindPage.Option::label)
			.containsExactly("Latch International", "\u00a0\u00a0Latch Brasil", "\u00a0\u00a0\u00a0\u00a0Área Bahia",
					"\u00a0\u00a0\u00a0\u00a0Área São Paulo", "\u00a0\u00a0Latch USA",
					"\u00a0\u00a0\u00a0\u00a0Alabama Area", "\u00a0\u00a0\u00a0\u00a0Vermont Area");
	}

	@Test
	void theMarkupIsEscapedAndMarksTheChosenOrganization() {
		OptionsHtml html = OptionsHtml.of(List.of(new FindPage.Option("a\"b", "<script>alert(1)</script> & Co", false),
				new FindPage.Option("c", "Zòn Ayiti", true)));
		StringOutput out = new StringOutput();
		html.writeTo(out);

		assertThat(out.toString())
			.isEqualTo("<option value=\"a&#34;b\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</option>\n"
					+ "<option value=\"c\" selected>Zòn Ayiti</option>\n");
	}

	private static UnitView unit(String name, UnitView parent, int depth) {
		return new UnitView(new UnitId(UUID.randomUUID()), (parent == null) ? null : parent.id(),
				(depth == 0) ? UnitKind.INTERNATIONAL : (depth == 1) ? UnitKind.NATIONAL : UnitKind.AREA,
				name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, null, null, false, List.of("en"),
				depth);
	}

}
