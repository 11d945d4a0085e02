package org.dateline.web.site;

import gg.jte.Content;
import java.util.List;
import org.dateline.web.Messages;

/**
 * What the layout around every public page needs: the request's messages, the menus (rendered), the page's own
 * path, its absolute canonical URL and the feeds that mirror it ({@code <link rel="alternate">}).
 */
public record SiteFrame(Messages t, Content menus, String path, String canonicalUrl, List<Alternate> alternates) {

    public SiteFrame {
        alternates = List.copyOf(alternates);
    }

    /** This frame with other feeds (a search's, which depend on its parameters). */
    public SiteFrame withAlternates(List<Alternate> alternates) {
        return new SiteFrame(t, menus, path, canonicalUrl, alternates);
    }

    /** A feed or calendar of the page: its media type, its title and its address. */
    public record Alternate(String type, String title, String href) {}
}
