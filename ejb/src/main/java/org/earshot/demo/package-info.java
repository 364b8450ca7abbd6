/**
 * The demo organization, users and grants seeded on an empty database when demo data is switched on.
 */
package org.earshot.demo;
