/**
 * Quality evaluation on the web. Today the REST API of scorecards (evaluation forms): their versions,
 * drafts, publishing and retiring, assignments, diff, JSON export and import, and scoring a sample.
 * Who may design forms, and every rule a form obeys, is decided by the evaluation services in the EJB
 * layer; here requests are only read and answers shaped.
 */
package org.earshot.web.evaluation;
