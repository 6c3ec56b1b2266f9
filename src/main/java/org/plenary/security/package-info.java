/**
 * Accounts, roles and who may do what: form login for people, HTTP Basic for scripts on the JSON API, throttling of
 * failed logins, and the first administrator account.
 */
package org.plenary.security;
