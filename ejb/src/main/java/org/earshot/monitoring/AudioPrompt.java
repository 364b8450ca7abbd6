package org.earshot.monitoring;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A recorded message the telephony core plays: a caller announcement or an agent's monitoring notice. */
@Entity
@Table(name = "audio_prompt")
public class AudioPrompt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    // Loaded only when played or downloaded: queue pages list prompts by name.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] wav;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected AudioPrompt() {
    }

    public AudioPrompt(String name, byte[] wav, Instant uploadedAt) {
        this.name = name;
        this.wav = wav.clone();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public byte[] getWav() {
        return wav.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
