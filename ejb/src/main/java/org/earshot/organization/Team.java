package org.earshot.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A group of agents at one site, led by supervisors whose grants name it. */
@Entity
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "site_id")
    private Site site;

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, Site site) {
        rename(name);
        this.site = site;
    }

    public void rename(String newName) {
        this.name = Names.required(newName, "Team name");
    }

    public void moveTo(Site newSite) {
        this.site = newSite;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Site getSite() {
        return site;
    }
}
