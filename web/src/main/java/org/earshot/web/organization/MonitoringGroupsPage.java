package org.earshot.web.organization;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.Names;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.faces.Choices;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.event.TransferEvent;
import org.primefaces.model.DualListModel;

/**
 * Monitoring groups: the list, the group dialog (name and allowed modes) and the people dialog,
 * whose pick lists add or remove a monitor or member as soon as someone is moved across.
 */
@Named
@ViewScoped
public class MonitoringGroupsPage extends ItemDialog {

    private static final long serialVersionUID = 1L;

    /** Applies one move across a pick list: adds or removes one user in the open group. */
    @FunctionalInterface
    private interface Move {
        MonitoringGroup apply(long groupId, long userId);
    }

    @EJB
    private MonitoringGroupService groups;

    @Inject
    private Choices choices;

    private final ServiceBackedLazyModel<MonitoringGroup> groupList = new ServiceBackedLazyModel<>(
            (filters, page) -> groups.findGroups(filters.text("name"), page), MonitoringGroup::getId);

    @NotEmpty(message = "{earshot.group.modes.required}")
    private MonitoringMode[] allowedModes;

    private Long peopleGroupId;
    private String peopleGroupName;
    private DualListModel<Long> monitors;
    private DualListModel<Long> members;

    public void startNew() {
        open(null, null);
        allowedModes = new MonitoringMode[0];
    }

    public void edit(MonitoringGroup group) {
        open(group.getId(), group.getName());
        allowedModes = group.getAllowedModes().toArray(MonitoringMode[]::new);
    }

    public void save() {
        Set<MonitoringMode> modes = Set.of(allowedModes);
        ServiceCall.change("groupForm", () -> !isEditing()
                ? "Monitoring group " + groups.createGroup(getName(), modes).getName() + " created"
                : "Monitoring group " + groups.updateGroup(editedId(), getName(), modes).getName() + " saved");
    }

    public void delete(MonitoringGroup group) {
        ServiceCall.change("groupsForm", () -> {
            groups.deleteGroup(group.getId());
            return "Monitoring group " + group.getName() + " deleted";
        });
    }

    public void editPeople(MonitoringGroup group) {
        peopleGroupId = group.getId();
        peopleGroupName = group.getName();
        monitors = split(group.getMonitors());
        members = split(group.getMembers());
    }

    /** Everyone the caller may see on the left, the group's people on the right. */
    private DualListModel<Long> split(Set<User> inGroup) {
        List<Long> chosen = inGroup.stream().map(User::getId).sorted().toList();
        List<Long> others = choices.getUsers().stream().map(User::getId).filter(id -> !chosen.contains(id)).toList();
        return new DualListModel<>(new ArrayList<>(others), new ArrayList<>(chosen));
    }

    public void transferMonitors(TransferEvent event) {
        transfer(event, groups::addMonitor, groups::removeMonitor, "monitors", "no longer monitors");
    }

    public void transferMembers(TransferEvent event) {
        transfer(event, groups::addMember, groups::removeMember, "is now a member of", "is no longer a member of");
    }

    private void transfer(TransferEvent event, Move add, Move remove, String added, String removed) {
        for (Object item : event.getItems()) {
            long userId = (Long) item;
            ServiceCall.change("peopleForm", () -> choices.userLabel(userId) + " "
                    + (event.isAdd() ? added + " " + add.apply(peopleGroupId, userId).getName()
                                     : removed + " " + remove.apply(peopleGroupId, userId).getName()));
        }
    }

    public ServiceBackedLazyModel<MonitoringGroup> getGroups() {
        return groupList;
    }

    @Override
    @NotBlank(message = "{earshot.group.name.required}")
    @Size(max = Names.MAX_LENGTH, message = "{earshot.name.size}")
    public String getName() {
        return super.getName();
    }

    public MonitoringMode[] getAllowedModes() {
        return allowedModes;
    }

    public void setAllowedModes(MonitoringMode[] allowedModes) {
        this.allowedModes = allowedModes;
    }

    public String getPeopleGroupName() {
        return peopleGroupName;
    }

    public DualListModel<Long> getMonitors() {
        return monitors;
    }

    public void setMonitors(DualListModel<Long> monitors) {
        this.monitors = monitors;
    }

    public DualListModel<Long> getMembers() {
        return members;
    }

    public void setMembers(DualListModel<Long> members) {
        this.members = members;
    }
}
