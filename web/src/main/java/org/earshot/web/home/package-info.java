/**
 * Each role's home page: one small section per role (WEB-INF/includes/home-*.xhtml), each with its own
 * bean reading the services, which keep every number to the user's scope. A user with several roles
 * sees the section of each. See docs/home.md.
 */
package org.earshot.web.home;
