package org.earshot.telephony.directory;

/** The organization model cannot be told now; the request should be refused as temporarily unavailable (503). */
public class DirectoryUnavailableException extends RuntimeException {

    DirectoryUnavailableException(String message) {
        super(message);
    }
}
