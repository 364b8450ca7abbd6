package org.earshot.telephony.sip;

import gov.nist.javax.sip.stack.ConnectionOrientedMessageChannel;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.Socket;

/**
 * Writes an answer straight onto a TCP connection of JAIN-SIP RI. The stack's channel learns how
 * to send (its transport, its entry in the stack's socket table) from the first well-formed message
 * on its connection: one whose first message is malformed or too large could not be answered
 * through it. The socket is the channel's own; the write happens on the channel's reading thread,
 * before the stack has sent anything on that connection for the message.
 */
final class StreamTransport {

    private static final Field SOCKET = socketField();

    private StreamTransport() {
    }

    static void write(ConnectionOrientedMessageChannel connection, byte[] message) throws IOException {
        Socket socket;
        try {
            socket = (Socket) SOCKET.get(connection);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("JAIN-SIP's channel refused its socket", e);
        }
        OutputStream out = socket.getOutputStream();
        synchronized (socket) {
            out.write(message);
            out.flush();
        }
    }

    private static Field socketField() {
        try {
            Field field = ConnectionOrientedMessageChannel.class.getDeclaredField("mySock");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
