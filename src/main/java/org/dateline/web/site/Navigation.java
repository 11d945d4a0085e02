package org.dateline.web.site;

import java.util.List;

/**
 * The site's header menus, mirroring the legacy site's information architecture: each menu opens a
 * panel of sections, each section a heading link and its links.
 */
public record Navigation(List<Menu> menus) {

    public record Menu(String id, String label, List<Section> sections) {}

    public record Section(String heading, String href, List<Link> links) {}

    public record Link(String label, String href) {}
}
