package org.dateline.web.site;

import org.dateline.web.Messages;

/** What the layout around every public page needs: the request's messages, the menus and the page's own path. */
public record SiteFrame(Messages t, Navigation navigation, String path) {}
