package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The busy lamp field end to end, with real desk phones (sipp) against the deployed Earshot: a
 * supervisor's phone subscribes to an agent's dialog events, the resource adapter puts the
 * subscription to the EJB layer's authorizer, which allows it when the supervisor may view that
 * agent. The Billing supervisor (2001) watches Billing's agent1 (1001) through a call that rings,
 * is answered and ends; the Support supervisor (2002) may not, learns it was rejected, and the
 * refusal is audited as a denied access of theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusyLampFieldIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theSupportSupervisorMayNotWatchABillingAgentAndIsAudited() throws Exception {
        long deniedBefore = deniedBusyLampFields("sup.support");

        Phones.Watcher refused = Phones.watch("watcher_rejected.xml", "2002", "1001");
        try {
            assertThat(refused.wentAsScripted()).as("told rejected after pending:\n" + refused.logged()).isTrue();
        } finally {
            refused.stop();
        }

        assertThat(deniedBusyLampFields("sup.support")).isEqualTo(deniedBefore + 1);
    }

    @Test
    void theBillingSupervisorWatchesABillingAgentsCall() throws Exception {
        Phones.Watcher watcher = Phones.watch("watcher_subscribes.xml", "2001", "1001");
        try {
            Eventually.answer(watcher::logged, logged -> logged.contains("Subscription-State: active"), PATIENCE);
            Phones.Call call = Phones.callAgent("1001", Duration.ofSeconds(1));
            try {
                assertThat(call.wentAsScripted()).as("caller and agent went as scripted").isTrue();
            } finally {
                call.stopPhones();
            }
            assertThat(watcher.wentAsScripted()).as("the watcher's subscription:\n" + watcher.logged()).isTrue();
            assertThat(watcher.logged()).contains("entity=\"sip:1001@127.0.0.1\"", "<state>early</state>",
                    "<state>confirmed</state>", "<state>terminated</state>", "version=\"5\"");
        } finally {
            watcher.stop();
        }
        assertThat(deniedBusyLampFields("sup.billing")).isZero();
    }

    /** Denied accesses to a busy lamp field audited for the user. */
    private static long deniedBusyLampFields(String user) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ?"
                     + " AND action = 'access.ACCESS_DENIED' AND outcome = 'DENIED' AND detail LIKE 'busy lamp field of extension 1001:%'")) {
            query.setString(1, user);
            ResultSet count = query.executeQuery();
            count.next();
            return count.getLong(1);
        }
    }
}
