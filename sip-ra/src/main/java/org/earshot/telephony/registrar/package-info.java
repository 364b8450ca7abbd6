/**
 * The registrar: REGISTER with digest authentication (MD5, SHA-256) and the bindings of phones.
 */
package org.earshot.telephony.registrar;
