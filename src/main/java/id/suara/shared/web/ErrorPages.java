package id.suara.shared.web;

import id.suara.shared.InvalidInputException.FieldError;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What an error outside any controller answers: under {@code /api/} a problem document, anywhere else an HTML page in the
 * site's layout. Shared by the {@code /error} page ({@link ErrorPageController}) and the servlet container's own error
 * report ({@link ContainerErrorReport}), which answers requests Tomcat refuses before Suara sees them.
 */
final class ErrorPages {

    private ErrorPages() {}

    /** Whether the reader chose English on the site (the {@code suara-lang} cookie of {@code LocaleConfiguration}). */
    static boolean readsEnglish(jakarta.servlet.http.Cookie[] cookies) {
        if (cookies == null) {
            return false;
        }
        for (var cookie : cookies) {
            if (LocaleConfiguration.COOKIE.equals(cookie.getName())
                    && cookie.getValue() != null
                    && cookie.getValue().startsWith("en")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the path is the API's, answered with problem documents. */
    static boolean api(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The problem of an error status; a 400 here is a request path or form that is not allowed. */
    static ProblemDetail problem(int status) {
        var resolved = HttpStatus.resolve(status);
        var known = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        var type = known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (known == HttpStatus.BAD_REQUEST) {
            var message =
                    "contains characters or parts that are not allowed (an encoded slash, backslash or NUL, a double "
                            + "slash, a path parameter or an encoded percent sign)";
            return ProblemWriter.problem(
                    known,
                    "malformed-path",
                    "Malformed request path",
                    "The request path " + message,
                    List.of(new FieldError("path", message)));
        }
        if (known == HttpStatus.NOT_FOUND) {
            return ProblemWriter.problem(known, "not-found", "Not found", "Nothing exists at this address", List.of());
        }
        return ProblemWriter.problem(known, type, known.getReasonPhrase(), known.getReasonPhrase(), List.of());
    }

    /** The message key group of a page error: {@code web.error.400.title} and so on. */
    static String pageKey(int status) {
        return switch (status) {
            case 400, 403, 404, 405 -> Integer.toString(status);
            default -> status >= 500 ? "500" : "400";
        };
    }

    /**
     * A page in the site's layout (header, stylesheet, main, footer, as {@code fragments/layout.html}) for the container's
     * error report, where no template engine runs; in Bahasa Indonesia, the site's default language, or in English for a
     * reader who chose it.
     */
    static String staticPage(int status, boolean english) {
        return staticPage(pageKey(status), english);
    }

    /**
     * A page as {@link #staticPage(int, boolean)} with the title and text of the error messages {@code group}
     * ({@code web.error.<group>.title} and {@code .text}), the text's {@code {0}}, {@code {1}}… filled with
     * {@code arguments}.
     */
    static String staticPage(String group, boolean english, Object... arguments) {
        var key = "web.error." + group;
        var bundle = ResourceBundle.getBundle(
                "messages",
                english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var text = bundle.getString(key + ".text");
        if (arguments.length > 0) {
            text = new MessageFormat(text, english ? Locale.ENGLISH : Locale.of("id")).format(arguments);
        }
        return """
                <!DOCTYPE html>
                <html lang="%7$s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%1$s — Suara</title>
                  <link rel="stylesheet" href="/css/suara.css">
                </head>
                <body>
                <a class="skip" href="#main">%2$s</a>
                <header class="site"><div class="wrap"><a class="brand" href="/">%3$s</a></div></header>
                <main id="main" class="wrap" tabindex="-1">
                  <h1>%1$s</h1>
                  <p>%4$s</p>
                  <p><a href="/">%5$s</a></p>
                </main>
                <footer class="site"><div class="wrap">%6$s</div></footer>
                </body>
                </html>
                """.formatted(
                        bundle.getString(key + ".title"),
                        bundle.getString("web.skip"),
                        bundle.getString("web.brand"),
                        text,
                        bundle.getString("web.error.home"),
                        bundle.getString("web.footer"),
                        english ? "en" : "id");
    }
}
