package id.suara.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;

/** The text rules of document templates (ADR 0029), read before a template is rendered. */
class TemplateRulesTest {

    private static String shipped(DocumentType type) throws IOException {
        return new ClassPathResource("templates/" + type.template() + ".html")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void findsNothingInTheShippedTemplates(DocumentType type) throws IOException {
        assertThat(TemplateRules.check(shipped(type))).isEmpty();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <p th:text="${T(java.lang.Runtime).getRuntime()}">x</p>              | forbidden-type
            <p th:text="${T (java.lang.Runtime)}">x</p>                           | forbidden-type
            <p th:text="${T&#40;java.lang.Runtime)}">x</p>                        | forbidden-type
            <p data-th-text="${T(java.lang.Runtime)}">x</p>                       | forbidden-type
            <p>[[${T(java.lang.Runtime)}]]</p>                                    | forbidden-type
            <p th:text="${'a' + T(java.lang.Runtime)}">x</p>                      | forbidden-type
            <p th:text="${new java.io.File('x')}">x</p>                           | forbidden-new
            <p th:text="${@staffAccounts.findAll()}">x</p>                        | forbidden-bean
            <p th:if="${false}" th:text="${@environment}">x</p>                   | forbidden-bean
            <p th:text="${__${x}__}">x</p>                                        | forbidden-preprocessing
            <p th:utext="${x}">x</p>                                              | forbidden-unescaped
            <p>[(${x})]</p>                                                       | forbidden-unescaped
            <div th:insert="~{/etc/passwd}"></div>                                | forbidden-include
            <div th:replace="~{documents/receipt :: x}"></div>                    | forbidden-include
            <div th:insert="portal/home :: x"></div>                              | forbidden-include
            <div th:with="f=~{${name}}"></div>                                    | forbidden-include
            <img src="file:///etc/passwd"/>                                        | forbidden-source
            <img SRC='http://127.0.0.1/x.png'/>                                    | forbidden-source
            <object data="http://example.org/x.pdf"></object>                     | forbidden-element
            <link rel="stylesheet" href="x.css"/>                                 | forbidden-element
            <script>x()</script>                                                  | forbidden-element
            <p style="background: url('http://example.org/x.png')">x</p>         | forbidden-url
            <style>@import url(x.css);</style>                                    | forbidden-import
            <!DOCTYPE html SYSTEM "about:legacy-compat">                          | forbidden-doctype
            <!ENTITY x "y">                                                       | forbidden-entity
            <?xml-stylesheet href="x.css"?>                                       | forbidden-instruction
            """)
    void refuses(String snippet, String reason) {
        assertThat(TemplateRules.check(snippet))
                .extracting(TemplateProblem::reason)
                .contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <p th:text="'Surel: humas@dprd.go.id'">x</p>
            <p th:text="|Surel: humas@dprd.go.id|">x</p>
            <p th:text="${@pageFormat.date(issuedAt, zone)}">x</p>
            <p th:text="'T(x) and new things'">x</p>
            <img src="data:image/png;base64,AAAA" alt=""/>
            <img th:src="${emblem}" alt=""/>
            <p style="background: url(data:image/png;base64,AAAA)">x</p>
            <div th:replace="~{documents/layout :: kop(${letterhead})}"></div>
            <div th:replace="~{:: own}"></div>
            <!DOCTYPE html>
            """)
    void allowsWhatTheShippedTemplatesAndOrdinaryTextNeed(String snippet) {
        assertThat(TemplateRules.check(snippet)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "4, 4"})
    void namesTheLineOfTheProblem(int blankLinesBefore, int line) {
        var text = "\n".repeat(blankLinesBefore - 1) + "<p th:text=\"${T(x)}\">x</p>";
        assertThat(TemplateRules.check(text))
                .singleElement()
                .extracting(TemplateProblem::line)
                .isEqualTo(line);
    }
}
