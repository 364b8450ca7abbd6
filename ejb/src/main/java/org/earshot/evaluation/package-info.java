/**
 * Quality management: scorecards (the versioned evaluation forms QA teams design, their JSON with its
 * schema and field-by-field validation, the one scoring of a filled-in form with its explanation, the
 * diff between versions, who may design them), evaluations of recorded and live calls and their
 * workflow (submission, acknowledgement, disputes, appeals) with its windows kept per queue, sampling calls for evaluation and
 * assigning them, and calibration of evaluators; see docs/quality.md.
 */
package org.earshot.evaluation;
