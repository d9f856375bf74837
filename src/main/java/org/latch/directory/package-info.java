/**
 * Organizations and their hierarchy (international, national, area, local group); later
 * groups, places, meetings and the "find support near me" search.
 */
@NullMarked
package org.latch.directory;

import org.jspecify.annotations.NullMarked;
