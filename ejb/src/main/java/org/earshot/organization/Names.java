package org.earshot.organization;

/** The one rule for names of organization objects: present, trimmed, at most 100 characters. */
public final class Names {

    public static final int MAX_LENGTH = 100;

    private Names() {
    }

    public static String required(String value, String what) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new OrganizationException("name", what + " is required");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new OrganizationException("name", what + " must be at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
