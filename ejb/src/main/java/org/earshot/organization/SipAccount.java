package org.earshot.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;

/**
 * An agent's phone identity: the extension callers dial and the digest credentials the phone
 * registers with. The extension is also the SIP username; only the HA1 digests are kept.
 */
@Entity
@Table(name = "sip_account")
public class SipAccount {

    private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,16}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    @Column(nullable = false, length = 16)
    private String extension;

    @Column(nullable = false, length = 100)
    private String realm;

    @Column(name = "ha1_md5", nullable = false, length = 32)
    private String ha1Md5;

    @Column(name = "ha1_sha256", nullable = false, length = 64)
    private String ha1Sha256;

    @Version
    private long version;

    protected SipAccount() {
    }

    public SipAccount(User user, String extension, String realm, char[] sipPassword) {
        this.user = user;
        this.realm = realm;
        changeExtension(extension, sipPassword);
    }

    /** The digests cover the username (the extension), so a new extension needs the password again. */
    public void changeExtension(String newExtension, char[] sipPassword) {
        String trimmed = newExtension == null ? "" : newExtension.strip();
        if (!EXTENSION.matcher(trimmed).matches()) {
            throw new OrganizationException("extension", "Extension must be 2 to 16 digits");
        }
        // Digest first: a refused password must not leave the new extension with the old digests.
        SipDigest digest = SipDigest.of(trimmed, realm, sipPassword);
        this.extension = trimmed;
        this.ha1Md5 = digest.md5();
        this.ha1Sha256 = digest.sha256();
    }

    public void changePassword(char[] sipPassword) {
        SipDigest digest = SipDigest.of(extension, realm, sipPassword);
        this.ha1Md5 = digest.md5();
        this.ha1Sha256 = digest.sha256();
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getExtension() {
        return extension;
    }

    public String getRealm() {
        return realm;
    }

    public String getHa1Md5() {
        return ha1Md5;
    }

    public String getHa1Sha256() {
        return ha1Sha256;
    }
}
