package org.earshot.telephony.registrar;

/** Told of every digest authentication the registrar refuses (unknown user or wrong credentials), and where it came from. */
@FunctionalInterface
public interface AuthenticationFailures {

    void failed(String source, String username, DigestAuthenticator.Outcome outcome);
}
