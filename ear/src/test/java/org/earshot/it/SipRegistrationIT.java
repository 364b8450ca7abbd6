package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resource adapter deployed in the EAR runs Earshot's SIP registrar against the organization
 * model in PostgreSQL: a demo agent's phone (real sipp) registers with its extension and SIP
 * password, and a wrong password is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SipRegistrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void demoAgentRegistersWithTheExtensionAndSipPasswordFromTheOrganizationModel() throws Exception {
        assertThat(sipp("register_auth.xml", "1001", "sip-1001-demo")).isZero();
    }

    @Test
    void wrongSipPasswordIsForbidden() throws Exception {
        assertThat(sipp("register_refused.xml", "1001", "not-the-password")).isZero();
    }

    private static int sipp(String scenario, String extension, String password) throws Exception {
        Path log = Files.createTempFile("sipp-it-", ".log");
        Process sipp = new ProcessBuilder(List.of("sipp", "-sf", System.getProperty("sipp.scenarios") + "/" + scenario,
                "127.0.0.1:" + System.getProperty("it.sip-port", "5360"), "-i", "127.0.0.1",
                "-m", "1", "-nostdin", "-timeout", "15s", "-timeout_error",
                "-s", extension, "-au", extension, "-ap", password))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(sipp.waitFor(30, TimeUnit.SECONDS)).as("sipp finished").isTrue();
        return sipp.exitValue();
    }
}
