package org.earshot.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One numbered version of a scorecard, holding its form as canonical JSON ({@link FormJson}). Only a
 * draft's form changes; once published the version is immutable, which the entity enforces twice: its
 * methods refuse, and an update of a form that was loaded published fails before it is written (and
 * on PostgreSQL a trigger refuses it too).
 */
@Entity
@Table(name = "scorecard_version")
public class ScorecardVersion {

    static final int DEFINITION_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false, updatable = false)
    private Scorecard scorecard;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionStatus status;

    @Column(nullable = false, length = DEFINITION_LENGTH)
    private String definition;

    /** The definition read once: an evaluation's every answer check, score and view needs the form, and reading validates it again. */
    @Transient
    private Form form;

    /** The version this one was started from; null for a form's first version. */
    @Column(name = "based_on", updatable = false)
    private Integer basedOn;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_by", length = 64)
    private String retiredBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    /** The form as it was loaded, and whether it was a draft then: what the update guard compares with. */
    @Transient
    private String loadedDefinition;
    @Transient
    private boolean loadedAsDraft = true;

    protected ScorecardVersion() {
    }

    ScorecardVersion(Scorecard scorecard, int number, Form form, Integer basedOn, String by, Instant at) {
        this.scorecard = scorecard;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.definition = stored(form);
        this.basedOn = basedOn;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Replaces a draft's form; a published or retired version is immutable. */
    void replaceForm(Form form, String by, Instant at) {
        requireDraft("edited: start a new draft from it");
        this.definition = stored(form);
        this.form = null;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void publish(String by, Instant at) {
        requireDraft("published again");
        this.status = VersionStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    void retire(String by, Instant at) {
        if (status != VersionStatus.PUBLISHED) {
            throw ScorecardException.conflict("status", "Version " + number + " is " + status + ": only the published version is retired");
        }
        this.status = VersionStatus.RETIRED;
        this.retiredBy = by;
        this.retiredAt = at;
    }

    public Form form() {
        if (form == null) {
            form = FormJson.read(definition);
        }
        return form;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    private void requireDraft(String what) {
        if (status != VersionStatus.DRAFT) {
            throw ScorecardException.conflict("status", "Version " + number + " is " + status + " and cannot be " + what);
        }
    }

    private static String stored(Form form) {
        String text = FormJson.write(form);
        if (text.length() > DEFINITION_LENGTH) {
            throw new ScorecardException("sections", "The form is too large: at most " + DEFINITION_LENGTH + " characters of JSON");
        }
        return text;
    }

    @PostLoad
    void remember() {
        loadedDefinition = definition;
        loadedAsDraft = status == VersionStatus.DRAFT;
    }

    /** The last guard: whatever code changed the field, a version loaded published keeps its form. */
    @PreUpdate
    void refuseChangedPublishedForm() {
        if (!loadedAsDraft && !definition.equals(loadedDefinition)) {
            throw new IllegalStateException("Version " + number + " of scorecard " + scorecard.getId()
                    + " was " + status + " when loaded; its form is immutable");
        }
    }

    public VersionView view() {
        return new VersionView(scorecard.getId(), number, status, basedOn, createdBy, createdAt, updatedBy, updatedAt, publishedBy,
                publishedAt, retiredBy, retiredAt);
    }

    public Long getId() {
        return id;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getDefinition() {
        return definition;
    }
}
