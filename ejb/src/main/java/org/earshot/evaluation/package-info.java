/**
 * Quality management: scorecards, evaluations of recorded and live calls and their workflow
 * (submission, acknowledgement, disputes, appeals), sampling calls for evaluation and assigning
 * them, and calibration of evaluators; see docs/quality.md.
 */
package org.earshot.evaluation;
