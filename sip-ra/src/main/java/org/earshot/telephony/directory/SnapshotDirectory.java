package org.earshot.telephony.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.api.TelephonyDirectory;

/**
 * The directory the core answers from: the last {@link TelephonyDirectory} the application pushed,
 * indexed once when it arrives (prompts decoded, queues by number, by name and by member), so a
 * request costs a map lookup and no database. A new snapshot replaces the old one whole, from the next
 * request on. Until the first arrives the core cannot tell who is who: every lookup throws
 * {@link DirectoryUnavailableException} (503 to the phone) rather than refuse a subscriber who exists.
 */
public final class SnapshotDirectory implements SubscriberDirectory, QueueDirectory {

    private volatile Indexed current;

    public void install(TelephonyDirectory snapshot) {
        current = new Indexed(snapshot);
    }

    @Override
    public Optional<SipAccount> credentialsOf(String username) {
        return Optional.ofNullable(indexed().accounts.get(username));
    }

    @Override
    public Optional<DirectoryQueue> queueByNumber(String number) {
        return Optional.ofNullable(indexed().byNumber.get(number));
    }

    @Override
    public Optional<DirectoryQueue> queueByName(String name) {
        return Optional.ofNullable(name == null ? null : indexed().byName.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<DirectoryQueue> queuesOf(String extension) {
        return indexed().byMember.getOrDefault(extension, List.of());
    }

    private Indexed indexed() {
        Indexed now = current;
        if (now == null) {
            throw new DirectoryUnavailableException("No directory yet: the application has not published it since the adapter started");
        }
        return now;
    }

    private static final class Indexed {

        private final Map<String, SipAccount> accounts;
        private final Map<String, DirectoryQueue> byNumber;
        private final Map<String, DirectoryQueue> byName;
        private final Map<String, List<DirectoryQueue>> byMember;

        Indexed(TelephonyDirectory snapshot) {
            accounts = snapshot.accounts().stream().collect(Collectors.toUnmodifiableMap(SipAccount::extension, Function.identity()));
            List<DirectoryQueue> queues = snapshot.queues().stream().map(DirectoryQueue::of).toList();
            byNumber = queues.stream().collect(Collectors.toUnmodifiableMap(DirectoryQueue::number, Function.identity()));
            byName = queues.stream().collect(Collectors.toUnmodifiableMap(queue -> queue.name().toLowerCase(Locale.ROOT), Function.identity()));
            Map<String, List<DirectoryQueue>> members = new HashMap<>();
            for (DirectoryQueue queue : queues) { // in the snapshot's order (by name), as an agent's queues are listed
                queue.members().forEach(member -> members.computeIfAbsent(member, m -> new ArrayList<>()).add(queue));
            }
            members.replaceAll((member, theirs) -> List.copyOf(theirs));
            byMember = Map.copyOf(members);
        }
    }
}
