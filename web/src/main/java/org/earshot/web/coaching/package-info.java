/** Coaching in the console and the REST API: plans, goals and their progress, sessions, a trainer's caseload, an agent's own coaching. */
package org.earshot.web.coaching;
