/**
 * The base of refusals that name the input field they concern, shown on the field by pages and as
 * 400/409 field errors by the REST API.
 */
package org.earshot.rules;
