package org.plenary.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /**
     * One message for every failed login (unknown username, wrong password, locked, disabled): telling them apart
     * would tell an attacker which usernames exist.
     */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        if (failure != null) {
            model.addAttribute("failure", "login.failed");
        }
        return "security/login";
    }
}
