/**
 * HTTP caching of the public pages (line-up, matrix, map, CSV, public API): an ETag derived from the database's
 * content version ({@code data_version}, bumped by a statement trigger on every table users change), so that a reload
 * that finds nothing new costs one query and a 304; {@code Cache-Control: public} for anonymous readers only.
 */
package org.plenary.caching;
