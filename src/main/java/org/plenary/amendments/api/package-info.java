/**
 * The amendments' JSON API: the outcome rule as a stateless check on anyone's texts ({@code POST
 * /api/v1/amendments/outcome}) and a process's proposals with their outcomes ({@code GET
 * /api/v1/processes/{process}/amendments}). The JSON names are a contract.
 */
package org.plenary.amendments.api;
