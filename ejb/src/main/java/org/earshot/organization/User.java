package org.earshot.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import org.earshot.access.PasswordCredential;
import org.earshot.monitoring.MonitoringPurpose;

/**
 * Anyone who logs in to Earshot: agents, supervisors, evaluators, trainers, managers, compliance
 * reviewers and administrators. What they may do comes from their grants, not from this entity.
 */
@Entity
@Table(name = "app_user")
public class User {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Embedded
    private PasswordCredential password;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_monitoring_purpose", nullable = false, length = 32)
    private MonitoringPurpose defaultMonitoringPurpose = MonitoringPurpose.QUALITY_ASSURANCE;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, PasswordCredential password, Instant createdAt) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new OrganizationException("username",
                    "Username must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        this.username = name;
        rename(displayName);
        this.password = password;
        this.createdAt = createdAt;
    }

    public void rename(String newDisplayName) {
        String trimmed = newDisplayName == null ? "" : newDisplayName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new OrganizationException("displayName", "Display name is required (at most 200 characters)");
        }
        this.displayName = trimmed;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public void changePassword(PasswordCredential newPassword) {
        this.password = newPassword;
    }

    public void assignTo(Team newTeam) {
        this.team = newTeam;
    }

    /** The purpose audited for monitoring started where nobody is asked for one: a feature code on the phone. */
    public void preferMonitoringPurpose(MonitoringPurpose purpose) {
        if (purpose == null) {
            throw new OrganizationException("defaultMonitoringPurpose", "Choose a default monitoring purpose");
        }
        this.defaultMonitoringPurpose = purpose;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public PasswordCredential getPassword() {
        return password;
    }

    public boolean isActive() {
        return active;
    }

    public Team getTeam() {
        return team;
    }

    /** The site the user works at: their team's site, or none for staff outside any team. */
    public Site getSite() {
        return team == null ? null : team.getSite();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MonitoringPurpose getDefaultMonitoringPurpose() {
        return defaultMonitoringPurpose;
    }
}
