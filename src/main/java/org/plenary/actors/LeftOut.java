package org.plenary.actors;

import java.time.LocalDate;

/**
 * An actor that belonged to a group on the day another group was formed from it, and is not in the new group: Hungary,
 * in the European Union on 12 March 2018 but not in the EU 27 formed from it that day.
 *
 * @param group the group formed (the EU 27)
 * @param formedFrom the group it was formed from (the European Union)
 * @param formedOn the day it was formed
 * @param actor the actor left out (Hungary)
 */
public record LeftOut(ActorRef group, ActorRef formedFrom, LocalDate formedOn, ActorRef actor) {}
