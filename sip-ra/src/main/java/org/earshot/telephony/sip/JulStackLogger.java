package org.earshot.telephony.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes the SIP stack's own logging to java.util.logging, which the server's logging subsystem
 * manages; the stack would otherwise look for log4j 1.x, which Earshot does not ship.
 */
public class JulStackLogger implements StackLogger {

    private static final Logger LOG = Logger.getLogger("org.earshot.telephony.sip.stack");

    @Override
    public void logStackTrace() {
        // stack traces come with the exceptions logged below
    }

    @Override
    public void logStackTrace(int traceLevel) {
        // as above
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.log(Level.WARNING, ex.getMessage(), ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.finer(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.log(Level.FINER, message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.finest(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.severe(message);
    }

    @Override
    public void logError(String message) {
        LOG.warning(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isLoggable(Level.INFO);
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return LOG.isLoggable(toJul(logLevel));
    }

    @Override
    public void logError(String message, Exception ex) {
        LOG.log(Level.WARNING, message, ex);
    }

    @Override
    public void logWarning(String message) {
        LOG.warning(message);
    }

    @Override
    public void logInfo(String message) {
        LOG.fine(message); // the stack's "info" is chatty: keep it below the server's default level
    }

    @Override
    public void disableLogging() {
        // levels are managed by the logging configuration
    }

    @Override
    public void enableLogging() {
        // levels are managed by the logging configuration
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // not needed
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // not needed
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }

    private static Level toJul(int stackLevel) {
        if (stackLevel >= TRACE_DEBUG) {
            return Level.FINER;
        }
        if (stackLevel >= TRACE_INFO) {
            return Level.FINE;
        }
        if (stackLevel >= TRACE_WARN) {
            return Level.WARNING;
        }
        return Level.SEVERE;
    }
}
