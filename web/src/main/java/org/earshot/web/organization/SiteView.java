package org.earshot.web.organization;

import org.earshot.organization.Site;

/** A contact-center site; its time zone is an IANA name such as Europe/Lisbon. */
public record SiteView(Long id, String name, String timeZone) {

    static SiteView of(Site site) {
        return new SiteView(site.getId(), site.getName(), site.getTimeZone().getId());
    }
}
