package org.earshot.telephony.queue;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sip.address.SipURI;
import javax.sip.header.ExtensionHeader;
import javax.sip.header.Header;
import javax.sip.message.Request;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.directory.QueueDirectory;

/**
 * Decides which queue an incoming call is for. An upstream ACD or trunk may have decided already and
 * say so in a header (by default {@value #DEFAULT_HEADER}, value: the queue's number or name); that
 * wins. Otherwise the dialed number may be a queue's number. Anything else is not a queue call.
 */
public final class QueueSelector {

    public static final String DEFAULT_HEADER = "X-Earshot-Queue";

    private static final Logger LOG = Logger.getLogger(QueueSelector.class.getName());

    private final QueueDirectory queues;
    private final String header;

    public QueueSelector(QueueDirectory queues, String header) {
        this.queues = queues;
        this.header = header;
    }

    public Optional<DirectoryQueue> select(Request invite) {
        String named = headerValue(invite);
        if (named != null) {
            Optional<DirectoryQueue> queue = queues.queueByNumber(named).or(() -> queues.queueByName(named));
            if (queue.isPresent()) {
                return queue;
            }
            // a misconfigured upstream should not lose the call: route it as if there were no header
            LOG.warning(() -> header + " names no queue: '" + named + "'; routing by the dialed number");
        }
        return invite.getRequestURI() instanceof SipURI uri && uri.getUser() != null
                ? queues.queueByNumber(uri.getUser()) : Optional.empty();
    }

    /** The header's value without parameters (";priority=2"), or null when absent or blank. */
    private String headerValue(Request invite) {
        Header found = invite.getHeader(header);
        if (!(found instanceof ExtensionHeader extension) || extension.getValue() == null) {
            return null;
        }
        String value = extension.getValue().split(";", 2)[0].strip();
        return value.isEmpty() ? null : value;
    }
}
