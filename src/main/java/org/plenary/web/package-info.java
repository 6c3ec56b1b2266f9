/**
 * What every page shares: the clock, error pages with a correlation id, the not-found and conflict exceptions
 * that controllers throw. Feature controllers live in their feature's package.
 */
package org.plenary.web;
