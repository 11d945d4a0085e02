package org.dateline.web.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The controller's pages are kept as rendered while their validator holds (see {@link PageValidators}): pages that
 * many readers ask for by the same few addresses. The search page is not: nearly every search is asked once, and
 * keeping those would only push out the pages that are asked again.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface KeptAsRendered {}
