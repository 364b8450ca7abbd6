/**
 * Earshot's readiness and liveness checks for the server's MicroProfile Health endpoints
 * (/health/ready and /health/live on the management interface): database, message broker, SIP
 * listener and the disk space recordings will need; whether the deployment is alive; and, as data of
 * an always-UP check, the recordings' completeness findings and write failures.
 */
package org.earshot.health;
