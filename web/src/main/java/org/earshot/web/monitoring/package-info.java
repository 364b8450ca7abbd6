/**
 * The supervisor console (live calls, starting and switching monitoring sessions), its REST API,
 * queue monitoring policies and the prompts they play.
 */
package org.earshot.web.monitoring;
