package org.earshot.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An agent's phone identity: the extension is the SIP username, and only HA1 digests are kept. */
class SipAccountTest {

    private final OrgFixture org = new OrgFixture();
    private final User ann = org.user("ann");

    @Test
    void digestsCoverTheExtensionAsUsername() {
        SipAccount account = new SipAccount(ann, " 1001 ", "earshot.test", "sip-secret-1".toCharArray());

        assertThat(account.getExtension()).isEqualTo("1001");
        // printf '1001:earshot.test:sip-secret-1' | md5sum   and   | sha256sum
        assertThat(account.getHa1Md5()).isEqualTo("f6bccd7404471f0abd7c434fc2188f66");
        assertThat(account.getHa1Sha256()).isEqualTo("d158cfedf22cdf3b12d83daf8819487bda8ec9989186211b2ea8756d2c50d543");
    }

    @Test
    void newExtensionGetsNewDigests() {
        SipAccount account = new SipAccount(ann, "1001", "earshot.test", "sip-secret-1".toCharArray());

        account.changeExtension("1002", "sip-secret-1".toCharArray());

        // printf '1002:earshot.test:sip-secret-1' | md5sum
        assertThat(account.getHa1Md5()).isEqualTo("564d68504fa1212b4df4e5f6763d5029");
    }

    @ParameterizedTest(name = "extension \"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", "1", "12345678901234567", "10a1", "+4930", "10 01"})
    void extensionMustBeTwoToSixteenDigits(String extension) {
        assertThatThrownBy(() -> new SipAccount(ann, extension, "earshot.test", "sip-secret-1".toCharArray()))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("extension"))
                .hasMessage("Extension must be 2 to 16 digits");
    }

    @Test
    void extensionsOfTwoAndSixteenDigitsAreAccepted() {
        assertThat(new SipAccount(ann, "10", "r", "sip-secret-1".toCharArray()).getExtension()).isEqualTo("10");
        assertThat(new SipAccount(ann, "1234567890123456", "r", "sip-secret-1".toCharArray()).getExtension())
                .isEqualTo("1234567890123456");
    }

    @Test
    void refusedExtensionLeavesTheAccountAsItWas() {
        SipAccount account = new SipAccount(ann, "1001", "earshot.test", "sip-secret-1".toCharArray());

        assertThatThrownBy(() -> account.changeExtension("x", "sip-secret-2".toCharArray())).isInstanceOf(OrganizationException.class);

        assertThat(account.getExtension()).isEqualTo("1001");
        assertThat(account.getHa1Md5()).isEqualTo("f6bccd7404471f0abd7c434fc2188f66");
    }

    @Test
    void refusedPasswordLeavesTheExtensionMatchingItsDigests() {
        SipAccount account = new SipAccount(ann, "1001", "earshot.test", "sip-secret-1".toCharArray());

        assertThatThrownBy(() -> account.changeExtension("1002", "short".toCharArray()))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("sipPassword"));

        assertThat(account.getExtension()).isEqualTo("1001");
        assertThat(account.getHa1Md5()).isEqualTo("f6bccd7404471f0abd7c434fc2188f66");
    }
}
