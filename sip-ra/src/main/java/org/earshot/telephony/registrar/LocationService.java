package org.earshot.telephony.registrar;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The registered devices of every subscriber (address of record = the extension), expiring on their own. */
public final class LocationService {

    private final Map<String, Map<String, Binding>> bindings = new ConcurrentHashMap<>();
    private final Clock clock;

    public LocationService(Clock clock) {
        this.clock = clock;
    }

    public void bind(Binding binding) {
        bindings.computeIfAbsent(binding.aor(), aor -> new ConcurrentHashMap<>()).put(binding.contact(), binding);
    }

    void unbind(String aor, String contact) {
        Map<String, Binding> devices = bindings.get(aor);
        if (devices != null) {
            devices.remove(contact);
        }
    }

    void unbindAll(String aor) {
        bindings.remove(aor);
    }

    /** The live bindings of an address of record, newest expiry first; expired ones are dropped. */
    public List<Binding> bindingsOf(String aor) {
        Map<String, Binding> devices = bindings.get(aor);
        if (devices == null) {
            return List.of();
        }
        devices.values().removeIf(b -> b.isExpiredAt(clock.instant()));
        return devices.values().stream().sorted(Comparator.comparing(Binding::expiresAt).reversed()).toList();
    }

    Binding existing(String aor, String contact) {
        Map<String, Binding> devices = bindings.get(aor);
        return devices == null ? null : devices.get(contact);
    }
}
