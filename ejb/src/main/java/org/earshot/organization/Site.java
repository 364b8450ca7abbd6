package org.earshot.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.ZoneId;

/** A contact-center location; teams and queues belong to exactly one site. */
@Entity
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Version
    private long version;

    protected Site() {
    }

    public Site(String name, ZoneId timeZone) {
        rename(name);
        this.timeZone = timeZone.getId();
    }

    public void rename(String newName) {
        this.name = Names.required(newName, "Site name");
    }

    public void moveToTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }
}
