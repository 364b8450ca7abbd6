/**
 * Quality evaluation on the web: the REST API of scorecards (evaluation forms: their versions,
 * drafts, publishing and retiring, assignments, diff, JSON export and import, and scoring a sample)
 * and the form designer's pages (the forms list, the editor with its live preview and the version
 * history), of sampling rules, their draws and the assignments they make (the evaluator's work
 * queue, a lead's workload view, reassignment), and of the evaluation workflow's windows. Who may design forms, and every rule a form obeys, is decided by the evaluation services
 * in the EJB layer; here requests are only read, inputs gathered into a form and answers shaped.
 */
package org.earshot.web.evaluation;
