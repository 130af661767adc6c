package id.suara.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The {@code /error} page, where the servlet container sends what failed outside Spring MVC's own exception handling,
 * e.g. a path Spring Security's firewall rejects ({@code /api/v1//submissions}, {@code ;x=y}): a problem document for
 * {@code /api/**}, an HTML page in the site's layout for everything else. Replaces Spring Boot's default error
 * controller, whose JSON is no problem document. Also installs {@link ContainerErrorReport} for what Tomcat refuses
 * before Suara sees it.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemWriter problems;

    ErrorPageController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : HttpStatus.NOT_FOUND.value();
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ErrorPages.api(path)) {
            problems.write(response, ErrorPages.problem(status));
            return null;
        }
        var page = new ModelAndView("error");
        page.addObject("key", ErrorPages.pageKey(status));
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    /** Tomcat reports its own refusals through {@link ContainerErrorReport}, not its default HTML page. */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(ProblemWriter problems) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
                host.getPipeline().addValve(new ContainerErrorReport(problems));
            }
        });
    }
}
