/**
 * What the REST resources share: the JAX-RS application, HTTP Basic authentication, RFC 9457
 * problem responses, paging parameters and list and reference views.
 */
package org.earshot.web.rest;
