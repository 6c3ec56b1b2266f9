package org.plenary.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' starting page: a link to each admin area. The areas themselves live in their features.
 */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
