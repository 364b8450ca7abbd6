package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Names;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.User;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/** The call queues list, the queue dialog and the members dialog, where agents join and leave a queue. */
@Named
@ViewScoped
public class QueuesPage extends ItemDialog {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganizationService organization;

    private final ServiceBackedLazyModel<CallQueue> queues = new ServiceBackedLazyModel<>(
            (filters, page) -> organization.findQueuesWithMembers(filters.text("name"), page), CallQueue::getId);

    @NotNull(message = "{earshot.queue.number}")
    @Pattern(regexp = "[0-9*#+]{2,32}", message = "{earshot.queue.number}")
    private String number;
    @NotNull(message = "{earshot.site.required}")
    private Long siteId;

    /** The queue whose members dialog is open, as the last service call returned it. */
    private CallQueue staffed;
    private Long agentId;

    public void startNew() {
        open(null, null);
        number = null;
        siteId = null;
    }

    public void edit(CallQueue queue) {
        open(queue.getId(), queue.getName());
        number = queue.getNumber();
        siteId = queue.getSite().getId();
    }

    public void save() {
        ServiceCall.change("queueForm", () -> !isEditing()
                ? "Queue " + organization.createQueue(getName(), number, siteId).getName() + " created"
                : "Queue " + organization.updateQueue(editedId(), getName(), number, siteId).getName() + " saved");
    }

    public void delete(CallQueue queue) {
        ServiceCall.change("queuesForm", () -> {
            organization.deleteQueue(queue.getId());
            return "Queue " + queue.getName() + " deleted";
        });
    }

    public void staff(CallQueue queue) {
        staffed = queue;
        agentId = null;
    }

    public void addMember() {
        ServiceCall.change("membersForm", () -> {
            staffed = organization.addQueueMember(staffed.getId(), agentId);
            return usernameIn(staffed, agentId) + " now answers queue " + staffed.getName();
        });
    }

    public void removeMember(User agent) {
        ServiceCall.change("membersForm", () -> {
            staffed = organization.removeQueueMember(staffed.getId(), agent.getId());
            return agent.getUsername() + " no longer answers queue " + staffed.getName();
        });
    }

    private static String usernameIn(CallQueue queue, Long userId) {
        return queue.getMembers().stream().filter(u -> u.getId().equals(userId)).map(User::getUsername)
                .findFirst().orElse("User " + userId);
    }

    /** The open queue's agents, by username. */
    public List<User> getMembers() {
        return staffed == null ? List.of()
                : staffed.getMembers().stream().sorted(Comparator.comparing(User::getUsername)).toList();
    }

    public ServiceBackedLazyModel<CallQueue> getQueues() {
        return queues;
    }

    public CallQueue getStaffed() {
        return staffed;
    }

    @Override
    @NotBlank(message = "{earshot.queue.name.required}")
    @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}")
    public String getName() {
        return super.getName();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }
}
