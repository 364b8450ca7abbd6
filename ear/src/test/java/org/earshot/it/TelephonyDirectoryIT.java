package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import org.earshot.access.GrantService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The telephony core reads no table: the application tells it the directory, and does so as each
 * change commits. So right after an administrator's change returns, real phones (sipp) find the core
 * acting on it: a new agent registers, a changed SIP password replaces the old one, a deactivated agent
 * is refused, and a queue's new member may log in to it with *60 while a removed one may not.
 */
@ExtendWith(ArquillianExtension.class)
class TelephonyDirectoryIT {

    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;

    private OrgFixture fixture;
    private Site site;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @BeforeEach
    void organization() {
        fixture = new OrgFixture(organization, grants, groups);
        site = fixture.site("Directory site");
    }

    @Test
    void sipPasswordChangesAndDeactivationCountFromTheNextRegister() throws Exception {
        String extension = freshNumber("37");
        User agent = fixture.agent("diragent", fixture.team("Directory team", site), extension);

        Phones.registeredPhone(extension, "sip-secret-1");

        As.user("admin", () -> organization.assignExtension(agent.getId(), extension, "sip-secret-2".toCharArray()));
        assertThat(Phones.registrationRefused(extension, "sip-secret-1")).as("the old SIP password refused").isTrue();
        Phones.registeredPhone(extension, "sip-secret-2");

        As.user("admin", () -> organization.setActive(agent.getId(), false));
        assertThat(Phones.registrationRefused(extension, "sip-secret-2")).as("the deactivated agent refused").isTrue();

        As.user("admin", () -> organization.setActive(agent.getId(), true));
        Phones.registeredPhone(extension, "sip-secret-2");
    }

    @Test
    void aNewQueueMemberLogsInToItAtOnceAndARemovedOneCannot() throws Exception {
        String extension = freshNumber("37");
        User agent = fixture.agent("newcomer", fixture.team("Queue team", site), extension);
        CallQueue queue = As.user("admin", () -> organization.createQueue(fixture.unique("Directory queue"), freshNumber("8"), site.getId()));
        int phone = Phones.registeredPhone(extension, "sip-secret-1");
        assertThat(Phones.dialFeatureCode("*60", extension, phone)).as("*60 by an agent in no queue").isFalse();

        As.user("admin", () -> organization.addQueueMember(queue.getId(), agent.getId()));
        assertThat(Phones.dialFeatureCode("*60", extension, phone)).as("*60 by the queue's new member").isTrue();
        assertThat(Phones.dialFeatureCode("*61", extension, phone)).as("*61 logs out again").isTrue();

        As.user("admin", () -> organization.removeQueueMember(queue.getId(), agent.getId()));
        assertThat(Phones.dialFeatureCode("*60", extension, phone)).as("*60 by the removed member").isFalse();
    }

    /** A number no other test class uses: the classes share one database and one telephony core per run. */
    private static String freshNumber(String first) {
        return first + String.format("%05d", System.nanoTime() / 1000 % 100_000);
    }
}
