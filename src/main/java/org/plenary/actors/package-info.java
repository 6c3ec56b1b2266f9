/**
 * Who takes part: member and observer states, groups that negotiate as one, UN bodies, civil-society
 * organisations. Group membership and spokespersons have validity periods; {@link org.plenary.actors.NameResolver}
 * turns a loosely written name into actors at a date.
 */
package org.plenary.actors;
