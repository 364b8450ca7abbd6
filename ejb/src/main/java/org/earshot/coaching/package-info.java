/**
 * Coaching: an agent's plan with goals on scorecard questions or sections and their progress computed
 * from the agent's evaluations, the sessions a trainer holds with the agent (agreed actions, attached
 * evaluations, recordings and snippets, the agent's acknowledgement), a trainer's caseload, and plans
 * proposed from an evaluation, a dispute's outcome or a calibration; see docs/coaching.md.
 */
package org.earshot.coaching;
