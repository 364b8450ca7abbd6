package org.earshot.organization;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, String email, char[] password, Long teamId) {
}
