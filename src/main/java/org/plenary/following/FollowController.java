package org.plenary.following;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.web.NotFoundException;

/**
 * Follow and unfollow an issue or an actor (signed-in users, POST with CSRF), then back to the page the button was on;
 * "mark all as seen" on the home page.
 */
@Controller
class FollowController {

    private final Follows follows;

    private final LastVisits visits;

    FollowController(Follows follows, LastVisits visits) {
        this.follows = follows;
        this.visits = visits;
    }

    @PostMapping("/follows/{kind}/{id}")
    String follow(
            @PathVariable String kind,
            @PathVariable Long id,
            @RequestParam(required = false) String back,
            Authentication authentication,
            RedirectAttributes redirect) {
        this.follows.follow(authentication.getName(), target(kind), id);
        redirect.addFlashAttribute("flash", "follow.followed");
        return "redirect:" + safe(back);
    }

    @PostMapping("/follows/{kind}/{id}/delete")
    String unfollow(
            @PathVariable String kind,
            @PathVariable Long id,
            @RequestParam(required = false) String back,
            Authentication authentication,
            RedirectAttributes redirect) {
        this.follows.unfollow(authentication.getName(), target(kind), id);
        redirect.addFlashAttribute("flash", "follow.unfollowed");
        return "redirect:" + safe(back);
    }

    @PostMapping("/follows/seen")
    String seen(Authentication authentication, HttpSession session, RedirectAttributes redirect) {
        this.visits.seen(authentication.getName(), session);
        redirect.addFlashAttribute("flash", "since.markedSeen");
        return "redirect:/";
    }

    private static FollowTarget target(String kind) {
        FollowTarget target = FollowTarget.of(kind);
        if (target == null) {
            throw new NotFoundException("follow.notFound", kind);
        }
        return target;
    }

    /** Only a path of this application: never another site ({@code //host}, {@code /\host}) nor a scheme. */
    static String safe(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return back;
    }
}
