package id.suara.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/**
 * What a document template may not contain, read from its text before it is rendered (ADR 0029): every attribute and
 * inline expression is looked at, including those a condition would skip for the sample data. The sandbox
 * ({@link TemplateSandbox}, and the PDF renderer's refusal of every resource but {@code data:} URIs) enforces the same
 * when a template is rendered; these rules say so at once, with the line, before a text is saved.
 */
final class TemplateRules {

    private TemplateRules() {}

    private static final Pattern ENTITY = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+html\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSTRUCTION = Pattern.compile("<\\?");
    private static final Pattern ELEMENT = Pattern.compile(
            "<\\s*(script|link|iframe|frame|frameset|object|embed|base|applet|portal)\\b", Pattern.CASE_INSENSITIVE);
    /** Attributes that load something, written as they are (th:src and data-th-src are expressions, looked at below). */
    private static final Pattern SOURCE = Pattern.compile(
            "(?<![\\w:-])(src|srcset|data|background|poster|xlink:href)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CSS_URL =
            Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);
    private static final Pattern THYMELEAF_ATTRIBUTE =
            Pattern.compile("(?<![\\w-])(?:th:|data-th-)([\\w-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern INLINE = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);
    private static final Pattern UNESCAPED_INLINE = Pattern.compile("\\[\\((.*?)\\)]", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'[^']*'");
    private static final Pattern TYPE = Pattern.compile("(?<![\\w$.#])T\\s*\\(");
    private static final Pattern NEW = Pattern.compile("(?<![\\w$.])new\\s+[A-Za-z_$]");
    private static final Pattern BEAN = Pattern.compile("(?<![\\w.\\-])@(?!pageFormat\\b)[A-Za-z_$][\\w$]*");
    private static final Pattern FRAGMENT = Pattern.compile("~\\{([^}]*)}");
    private static final Set<String> INCLUDES = Set.of("insert", "replace", "include", "substituteby");
    private static final Set<String> ALLOWED_TEMPLATES = Set.of("", "this", TemplateSandbox.LAYOUT);

    /** The problems of a template's text, in the order they appear; empty when the rules find none. */
    static List<TemplateProblem> check(String text) {
        var problems = new ArrayList<TemplateProblem>();
        find(ENTITY, text, m -> problems.add(problem("forbidden-entity", text, m.start(), m.group())));
        find(DOCTYPE, text, m -> {
            if (!PLAIN_DOCTYPE.matcher(m.group()).matches()) {
                problems.add(problem("forbidden-doctype", text, m.start(), m.group()));
            }
        });
        find(INSTRUCTION, text, m -> problems.add(problem("forbidden-instruction", text, m.start(), "<?")));
        find(ELEMENT, text, m -> problems.add(problem("forbidden-element", text, m.start(), "<" + m.group(1))));
        find(SOURCE, text, m -> {
            var value = HtmlEscape.unescapeHtml(value(m, 3, 4)).strip();
            if (!value.isEmpty() && !value.regionMatches(true, 0, "data:", 0, 5)) {
                problems.add(problem("forbidden-source", text, m.start(), m.group(1) + "=\"" + value + "\""));
            }
        });
        find(CSS_URL, text, m -> {
            if (!m.group(1).regionMatches(true, 0, "data:", 0, 5)) {
                problems.add(problem("forbidden-url", text, m.start(), m.group()));
            }
        });
        find(IMPORT, text, m -> problems.add(problem("forbidden-import", text, m.start(), m.group())));
        find(THYMELEAF_ATTRIBUTE, text, m -> {
            var name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            var value = HtmlEscape.unescapeHtml(value(m, 3, 4));
            if (name.equals("utext")) {
                problems.add(problem("forbidden-unescaped", text, m.start(), "th:utext"));
            }
            if (INCLUDES.contains(name) && !value.contains("~{")) {
                var template = value.contains("::") ? value.substring(0, value.indexOf("::")) : value;
                if (!ALLOWED_TEMPLATES.contains(template.strip())) {
                    problems.add(problem("forbidden-include", text, m.start(), value.strip()));
                }
            }
            expression(value, text, m.start(), problems);
        });
        find(INLINE, text, m -> expression(m.group(1), text, m.start(), problems));
        find(UNESCAPED_INLINE, text, m -> problems.add(problem("forbidden-unescaped", text, m.start(), m.group())));
        problems.sort(java.util.Comparator.comparing(TemplateProblem::line));
        return problems;
    }

    /** The rules for what an expression may do, on its text without its quoted literals. */
    private static void expression(String expression, String text, int at, List<TemplateProblem> problems) {
        var code = LITERAL.matcher(expression).replaceAll("''");
        find(TYPE, code, m -> problems.add(problem("forbidden-type", text, at, snippet(code, m.start()))));
        find(NEW, code, m -> problems.add(problem("forbidden-new", text, at, snippet(code, m.start()))));
        find(BEAN, code, m -> problems.add(problem("forbidden-bean", text, at, m.group())));
        if (code.contains("__")) {
            problems.add(problem("forbidden-preprocessing", text, at, snippet(code, code.indexOf("__"))));
        }
        find(FRAGMENT, code, m -> {
            var reference = m.group(1);
            var template = reference.contains("::") ? reference.substring(0, reference.indexOf("::")) : reference;
            if (!ALLOWED_TEMPLATES.contains(template.strip())) {
                problems.add(problem("forbidden-include", text, at, m.group()));
            }
        });
    }

    private static void find(Pattern pattern, String text, java.util.function.Consumer<Matcher> each) {
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            each.accept(matcher);
        }
    }

    private static String value(Matcher m, int doubleQuoted, int singleQuoted) {
        return m.group(doubleQuoted) != null ? m.group(doubleQuoted) : m.group(singleQuoted);
    }

    private static String snippet(String code, int start) {
        var end = Math.min(code.length(), start + 60);
        return code.substring(start, end).strip();
    }

    private static TemplateProblem problem(String reason, String text, int offset, String detail) {
        return new TemplateProblem(reason, line(text, offset), detail);
    }

    /** The 1-based line of an offset in the text. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
