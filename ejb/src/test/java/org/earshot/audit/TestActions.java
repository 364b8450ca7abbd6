package org.earshot.audit;

/** Actions of several capabilities, as each would define its own, for tests of the trail alone. */
final class TestActions {

    private TestActions() {
    }

    enum Organization implements AuditAction {
        ORG_UPDATE;

        @Override
        public String capability() {
            return "organization";
        }
    }

    enum Monitoring implements AuditAction {
        MONITOR_START, MONITOR_END;

        @Override
        public String capability() {
            return "monitoring";
        }
    }

    /** A capability the trail was never told about, with a name another capability also uses. */
    enum Recording implements AuditAction {
        RECORDING_EXPORT, ORG_UPDATE;

        @Override
        public String capability() {
            return "recording";
        }
    }

    /** An action as the trail stored it before actions had capabilities: its bare name. */
    enum BeforeCapabilities implements AuditAction {
        ORG_UPDATE;

        @Override
        public String capability() {
            return "organization";
        }

        @Override
        public String qualifiedName() {
            return name();
        }
    }
}
