package org.dateline.web.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dateline.feeds.OaiPmh;
import org.dateline.web.BaseUrls;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The OAI-PMH 2.0 endpoint {@code /oai}, by GET or form POST as the protocol allows; errors are OAI-PMH's own, with 200. */
@Controller
class OaiController {

    private final OaiPmh oai;
    private final BaseUrls baseUrls;

    OaiController(OaiPmh oai, BaseUrls baseUrls) {
        this.oai = oai;
        this.baseUrls = baseUrls;
    }

    @RequestMapping(
            path = "/oai",
            method = {RequestMethod.GET, RequestMethod.POST})
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_XML_VALUE + ";charset=UTF-8");
        oai.respond(request.getParameterMap(), baseUrls.of(request), response.getOutputStream());
    }
}
