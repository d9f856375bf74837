/**
 * Cross-cutting web plumbing: page layout context, languages, terminology, error pages.
 * Imports no business module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.latch.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
