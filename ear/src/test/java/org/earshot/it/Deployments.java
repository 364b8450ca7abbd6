package org.earshot.it;

import java.io.File;
import java.net.URISyntaxException;
import org.earshot.telephony.testing.Baresip;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The application under test is the EAR the build produced, unchanged, plus the test classes as a
 * library (and AssertJ) so in-container tests can run beside the services they exercise.
 */
public final class Deployments {

    /** Where the tests' server serves HTTP (its ports are shifted; see the ear module's POM). */
    public static final String BASE_URL = "http://127.0.0.1:" + System.getProperty("it.http-port", "8380") + "/earshot/";

    private Deployments() {
    }

    /** The real EAR, for tests that talk to it from outside (HTTP, browser, JDBC). */
    public static EnterpriseArchive earshot() {
        return ShrinkWrap.create(ZipImporter.class, "earshot.ear")
                .importFrom(new File(System.getProperty("earshot.ear"))).as(EnterpriseArchive.class);
    }

    /** The real EAR with the in-container test classes (and the telephony tests' phones) added as a library. */
    public static EnterpriseArchive earshotWithTests() {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "earshot-it.jar").addPackage(Deployments.class.getPackage())
                .addPackage(Baresip.class.getPackage());
        return earshot()
                .addAsLibrary(tests)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsManifestResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                          <deployment>
                            <dependencies>
                              <module name="org.wildfly.security.elytron"/>
                              <module name="org.postgresql"/>
                              <module name="org.hibernate"/>
                            </dependencies>
                          </deployment>
                        </jboss-deployment-structure>
                        """), "jboss-deployment-structure.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
