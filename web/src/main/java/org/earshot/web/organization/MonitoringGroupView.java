package org.earshot.web.organization;

import java.util.List;
import org.earshot.organization.MonitoringGroup;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.UserRef;

/** Who may monitor whom: the monitors may use the allowed modes on the members' calls. */
public record MonitoringGroupView(Long id, String name, List<MonitoringMode> allowedModes, List<UserRef> monitors,
                                  List<UserRef> members) {

    static MonitoringGroupView of(MonitoringGroup group) {
        return new MonitoringGroupView(group.getId(), group.getName(), group.getAllowedModes().stream().sorted().toList(),
                UserRef.sorted(group.getMonitors()), UserRef.sorted(group.getMembers()));
    }
}
