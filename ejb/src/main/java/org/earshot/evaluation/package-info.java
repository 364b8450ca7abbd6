/**
 * Quality evaluation of calls. Today: scorecards, the versioned evaluation forms QA teams design
 * (sections, weighted questions, N/A, critical questions that auto-fail, conditional questions,
 * answers proposed from speech signals), their JSON form with its schema and field-by-field
 * validation, the one scoring of a filled-in form with its explanation, the diff between versions,
 * and who may design them. Evaluations, sampling and calibration build on these; see docs/quality.md.
 */
package org.earshot.evaluation;
