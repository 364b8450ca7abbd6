/**
 * Quality evaluation on the web: the REST API of scorecards (evaluation forms: their versions,
 * drafts, publishing and retiring, assignments, diff, JSON export and import, and scoring a sample)
 * and the form designer's pages (the forms list, the editor with its live preview and the version
 * history). Who may design forms, and every rule a form obeys, is decided by the evaluation services
 * in the EJB layer; here requests are only read, inputs gathered into a form and answers shaped.
 */
package org.earshot.web.evaluation;
