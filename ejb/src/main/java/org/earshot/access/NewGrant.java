package org.earshot.access;

import java.util.Set;
import org.earshot.telephony.api.MonitoringMode;

/** What an administrator asks for when granting a role: to whom, over what, in which modes. */
public record NewGrant(Long userId, Role role, boolean global, Set<Long> siteIds, Set<Long> teamIds, Set<Long> queueIds,
                       Set<MonitoringMode> modes) {
}
