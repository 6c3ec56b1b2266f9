package org.plenary.positions.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import org.plenary.positions.StancePalette;

/**
 * The stance colours as a stylesheet ({@link StancePalette}), revalidated by its ETag: a coordinator's new colour
 * shows on the next page.
 */
@Controller
class StanceStylesheetController {

    private final StancePalette palette;

    StanceStylesheetController(StancePalette palette) {
        this.palette = palette;
    }

    @GetMapping(path = "/css/stances.css", produces = "text/css")
    ResponseEntity<String> stylesheet(WebRequest request) {
        String css = this.palette.stylesheet();
        String etag = "\"" + DigestUtils.md5DigestAsHex(css.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .eTag(etag)
                .body(css);
    }
}
