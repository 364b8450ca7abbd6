package org.earshot.telephony.blf;

import java.util.List;

/**
 * The body of a dialog event NOTIFY: an RFC 4235 {@code application/dialog-info+xml} document with
 * the full state of one extension's dialogs (Earshot never sends partial state), its version one
 * more than the subscription's previous document.
 */
final class DialogInfo {

    static final String TYPE = "application";
    static final String SUBTYPE = "dialog-info+xml";

    private DialogInfo() {
    }

    /**
     * @param entity the watched extension's address of record
     * @param host   Earshot's address, for the remote parties' identities
     */
    static String render(String entity, long version, List<AgentDialogs.Dialog> dialogs, String host) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<dialog-info xmlns=\"urn:ietf:params:xml:ns:dialog-info\" version=\"").append(version)
                .append("\" state=\"full\" entity=\"").append(escape(entity)).append("\">\n");
        for (AgentDialogs.Dialog dialog : dialogs) {
            xml.append("  <dialog id=\"").append(escape(dialog.callId())).append("\" direction=\"")
                    .append(dialog.initiator() ? "initiator" : "recipient").append("\">\n")
                    .append("    <state>").append(dialog.state().xml()).append("</state>\n");
            if (dialog.remote() != null) {
                xml.append("    <remote><identity>sip:").append(escape(dialog.remote())).append('@').append(escape(host))
                        .append("</identity></remote>\n");
            }
            xml.append("  </dialog>\n");
        }
        return xml.append("</dialog-info>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
