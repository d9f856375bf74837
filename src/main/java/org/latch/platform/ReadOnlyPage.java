package org.latch.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler whose page has no form that posts: visitors who are not signed in
 * get no CSRF token and no token cookie with it (signed-in people still get one, for the
 * sign-out button). Saves a random token per first visit and keeps such pages free of
 * {@code Set-Cookie}, so shared caches may keep them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadOnlyPage {

}
