package org.plenary.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        if (failure instanceof LockedException) {
            model.addAttribute("failure", "login.locked");
        } else if (failure instanceof DisabledException) {
            model.addAttribute("failure", "login.disabled");
        } else if (failure != null) {
            model.addAttribute("failure", "login.failed");
        }
        return "security/login";
    }
}
