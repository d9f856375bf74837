package org.latch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Module boundaries hold, and the module documentation in docs/modules is regenerated
 * from the code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LatchApplication.class);

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.latch");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void platformImportsNoBusinessModule() {
		noClasses().that()
			.resideInAPackage("org.latch.platform..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.latch.account..", "org.latch.directory..", "org.latch.notification..",
					"org.latch.demo..")
			.check(this.classes);
	}

	@Test
	void domainCodeUsesNoWebTypes() {
		noClasses().that()
			.areNotMetaAnnotatedWith(org.springframework.stereotype.Controller.class)
			.and()
			.areNotMetaAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class)
			.and()
			.haveSimpleNameNotEndingWith("Controller") // abstract bases of controllers
			.and()
			.resideInAnyPackage("org.latch.directory..", "org.latch.notification..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
			.check(this.classes);
	}

	@Test
	void writesModuleDocumentation() throws java.io.IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
			for (java.nio.file.Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
	}

	/**
	 * The documenter lists relations in no fixed order; sorted, the diagrams change only
	 * when the modules do.
	 */
	private static void sortRelations(java.nio.file.Path diagram) throws java.io.IOException {
		java.util.List<String> lines = java.nio.file.Files.readAllLines(diagram);
		java.util.List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
		java.util.Iterator<String> sorted = relations.iterator();
		java.nio.file.Files.write(diagram,
				lines.stream().map(line -> line.startsWith("Rel(") ? sorted.next() : line).toList());
	}

}
