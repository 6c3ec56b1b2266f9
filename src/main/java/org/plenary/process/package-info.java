/**
 * A negotiation process and its calendar: phases, rounds (sessions), the days of a round and the meetings of a
 * day, some under the Chatham House rule. Several processes live side by side; a process is data, never code.
 */
package org.plenary.process;
