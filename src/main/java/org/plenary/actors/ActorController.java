package org.plenary.actors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.web.NotFoundException;
import org.plenary.web.PageNumber;

/**
 * The actors list with its filters, an actor's page and a group's page.
 */
@Controller
class ActorController {

    private static final int PAGE_SIZE = 50;

    private final Actors actors;

    private final ActorAliases aliases;

    private final Memberships memberships;

    private final Spokespersons spokespersons;

    private final Clock clock;

    private final List<ActorPageSection> sections;

    ActorController(
            Actors actors,
            ActorAliases aliases,
            Memberships memberships,
            Spokespersons spokespersons,
            Clock clock,
            List<ActorPageSection> sections) {
        this.actors = actors;
        this.aliases = aliases;
        this.memberships = memberships;
        this.spokespersons = spokespersons;
        this.clock = clock;
        this.sections = sections;
    }

    @GetMapping("/actors")
    String list(
            @RequestParam(required = false) ActorKind kind,
            @RequestParam(required = false) RegionalGroup region,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") PageNumber page,
            Model model) {
        String search = StringUtils.hasText(q) ? q.strip().toLowerCase() : "";
        Long groupId = null;
        if (StringUtils.hasText(group)) {
            groupId = this.actors
                    .findByCodeIgnoreCase(group)
                    .filter(Actor::isGroup)
                    .map(Actor::getId)
                    .orElse(-1L);
        }
        LocalDate today = LocalDate.now(this.clock);
        model.addAttribute(
                "actors",
                this.actors.search(
                        kind,
                        region,
                        search,
                        "%" + search + "%",
                        groupId,
                        today,
                        PageRequest.of(page.value(), PAGE_SIZE)));
        model.addAttribute("groups", this.actors.findByKindOrderByName(ActorKind.GROUP));
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("regions", RegionalGroup.values());
        model.addAttribute("kind", kind);
        model.addAttribute("region", region);
        model.addAttribute("group", group);
        model.addAttribute("q", q);
        return "actors/list";
    }

    @GetMapping("/actors/{code}")
    String actor(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication viewer,
            Model model) {
        Actor actor = find(code);
        if (actor.isGroup()) {
            return "redirect:/groups/" + actor.getCode();
        }
        LocalDate date = (asOf != null) ? asOf : LocalDate.now(this.clock);
        model.addAttribute("actor", actor);
        model.addAttribute("asOf", date);
        model.addAttribute("sections", sections(actor, date, viewer));
        model.addAttribute("aliases", this.aliases.findByActorIdOrderByAlias(actor.getId()));
        model.addAttribute("memberships", this.memberships.findAllOfMember(actor.getId()));
        model.addAttribute("speaksFor", this.spokespersons.findBySpeaker(actor.getId()));
        return "actors/actor";
    }

    @GetMapping("/groups/{code}")
    String group(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication viewer,
            Model model) {
        Actor group = find(code);
        if (!group.isGroup()) {
            return "redirect:/actors/" + group.getCode();
        }
        LocalDate date = (asOf != null) ? asOf : LocalDate.now(this.clock);
        List<MembershipRow> history = this.memberships.findAllOfGroup(group.getId());
        model.addAttribute("group", group);
        model.addAttribute("asOf", date);
        model.addAttribute("members", this.memberships.findMembersOn(List.of(group.getId()), date));
        model.addAttribute("history", history);
        model.addAttribute("spokespersons", this.spokespersons.findOfGroup(group.getId()));
        model.addAttribute("aliases", this.aliases.findByActorIdOrderByAlias(group.getId()));
        model.addAttribute("sections", sections(group, date, viewer));
        return "actors/group";
    }

    /** The sections other modules add to this page, in their order. */
    private List<ActorPageSection.Section> sections(Actor actor, LocalDate date, Authentication viewer) {
        ActorPageSection.Request request = new ActorPageSection.Request(date, viewer);
        return this.sections.stream()
                .flatMap((section) -> section.of(actor.ref(), request).stream())
                .sorted(Comparator.comparingInt(ActorPageSection.Section::order))
                .toList();
    }

    private Actor find(String code) {
        return this.actors.findByCodeIgnoreCase(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
    }
}
