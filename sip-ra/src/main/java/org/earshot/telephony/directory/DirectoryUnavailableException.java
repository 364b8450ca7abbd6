package org.earshot.telephony.directory;

/** The organization model could not be read; the call should be refused as temporarily unavailable (503). */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
