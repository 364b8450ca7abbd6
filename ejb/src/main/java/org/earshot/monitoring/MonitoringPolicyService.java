package org.earshot.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.organization.OrganizationAuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.DirectoryChanged;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;
import org.earshot.organization.Names;
import org.earshot.organization.OrganizationException;

/**
 * The queues' monitoring policies and the audio prompts they play. Administration of the
 * organization: every method needs MANAGE_ORGANIZATION, and every change is audited with what it
 * changed. The telephony core is told the notices after each change commits ({@link DirectoryChanged}).
 */
// Authorization is decided per call by AccessService, not by EJB role lists.
@PermitAll
@Stateless
public class MonitoringPolicyService {

    private static final String QUEUES_PLAYING = "SELECT q.name FROM CallQueue q WHERE q.monitoringPolicy.callerAnnouncement.id = :prompt"
            + " OR q.monitoringPolicy.agentNoticePrompt.id = :prompt ORDER BY q.name";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private Event<DirectoryChanged> directoryChanged;

    public List<PromptView> prompts() {
        requireManage();
        return em.createQuery("SELECT p FROM AudioPrompt p ORDER BY p.name", AudioPrompt.class).getResultList().stream()
                .map(this::view).toList();
    }

    /** Keeps an uploaded prompt once its file passed {@link PromptFile#check}; a file that fails leaves nothing behind. */
    public PromptView uploadPrompt(String name, String fileName, byte[] wav) {
        requireManage();
        String prompt = Names.required(name, "Prompt name");
        if (em.createQuery("SELECT COUNT(p) FROM AudioPrompt p WHERE LOWER(p.name) = LOWER(:name)", Long.class)
                .setParameter("name", prompt).getSingleResult() > 0) {
            throw OrganizationException.conflict("name", "A prompt named " + prompt + " exists already");
        }
        PromptFile.check(fileName, wav);
        AudioPrompt uploaded = new AudioPrompt(prompt, wav, Instant.now());
        em.persist(uploaded);
        em.flush();
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "AudioPrompt", uploaded.getId(), "prompt " + prompt));
        return view(uploaded);
    }

    /** The prompt's WAV file, to play or download. */
    public byte[] promptAudio(long id) {
        requireManage();
        return Entities.load(em, AudioPrompt.class, id).getWav();
    }

    public void deletePrompt(long id) {
        requireManage();
        AudioPrompt prompt = Entities.load(em, AudioPrompt.class, id);
        List<String> queues = queuesPlaying(prompt);
        if (!queues.isEmpty()) {
            throw new OrganizationException("Prompt " + prompt.getName() + " is played by queue(s) " + String.join(", ", queues)
                    + "; choose another prompt there first");
        }
        em.remove(prompt);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_DELETE, "AudioPrompt", id, "prompt " + prompt.getName()));
    }

    /** A queue's policy as it is now, to be edited. */
    public PolicyChange policyOf(long queueId) {
        requireManage();
        return PolicyChange.of(Entities.load(em, CallQueue.class, queueId).getMonitoringPolicy());
    }

    /** Sets a queue's policy; audited with the settings that changed (nothing is audited when none did). */
    public CallQueue changePolicy(long queueId, PolicyChange change) {
        requireManage();
        CallQueue queue = Entities.load(em, CallQueue.class, queueId);
        MonitoringPolicy policy = queue.getMonitoringPolicy();
        Map<String, String> before = policy.settings();
        policy.allowModes(change.allowedModes());
        policy.limitMonitorsPerCall(change.maxMonitorsPerCall());
        policy.announceWith(prompt(change.announcementPromptId(), "announcementPrompt"));
        policy.noticeAgentWith(change.agentNotice(),
                change.agentNotice() == AgentNotice.PROMPT ? prompt(change.agentNoticePromptId(), "agentNoticePrompt") : null);
        policy.playBargeTone(change.bargeTone());
        policy.showAgentIndicator(change.agentIndicator());
        policy.letAgentsMarkPrivate(change.agentsMayMarkPrivate());
        String changed = policy.settings().entrySet().stream().filter(after -> !after.getValue().equals(before.get(after.getKey())))
                .map(after -> after.getKey() + ": " + before.get(after.getKey()) + " -> " + after.getValue())
                .collect(Collectors.joining("; "));
        if (!changed.isEmpty()) {
            directoryChanged.fire(new DirectoryChanged("queue " + queue.getName() + " monitoring policy"));
            audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "CallQueue", queueId,
                    "queue " + queue.getName() + " monitoring policy: " + changed));
        }
        return queue;
    }

    private AudioPrompt prompt(Long id, String field) {
        if (id == null) {
            return null;
        }
        AudioPrompt prompt = em.find(AudioPrompt.class, id);
        if (prompt == null) {
            throw new OrganizationException(field, "Prompt " + id + " does not exist any more");
        }
        return prompt;
    }

    private PromptView view(AudioPrompt prompt) {
        return new PromptView(prompt.getId(), prompt.getName(), PromptFile.check(prompt.getName(), prompt.getWav()),
                prompt.getUploadedAt(), queuesPlaying(prompt));
    }

    private List<String> queuesPlaying(AudioPrompt prompt) {
        return em.createQuery(QUEUES_PLAYING, String.class).setParameter("prompt", prompt.getId()).getResultList();
    }

    private void requireManage() {
        access.require(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
    }
}
