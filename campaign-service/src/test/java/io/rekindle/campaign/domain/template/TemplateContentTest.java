package io.rekindle.campaign.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.campaign.domain.TemplateKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template language and the rules a template must meet before it is saved. */
class TemplateContentTest {

    private static final String HTML = "<p>Hi {{ first_name | default: \"there\" }},</p>"
            + "<a href=\"{{ confirm_url }}\">Keep me</a> <a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>";
    private static final String TEXT = "Hi {{first_name|default:'there'}}, keep: {{ confirm_url }} "
            + "unsubscribe: {{ unsubscribe_url }}";

    private static TemplateContent permissionPass(String subject, String html, String text) {
        return new TemplateContent(TemplateKind.PERMISSION_PASS, subject, null, html, text);
    }

    @Test
    void aValidPermissionPassTemplateHasNoViolations() {
        assertThat(permissionPass("{{ first_name | default: \"Hi\" }}, still with us?", HTML, TEXT).violations()).isEmpty();
    }

    @Test
    void theFallbackIsUsedWhenTheValueIsMissingOrBlank() {
        RenderValues values = new RenderValues().with(Placeholder.FIRST_NAME, "  ");
        TemplateContent.RenderedMessage message = permissionPass("{{ first_name | default: \"Friend\" }}, hello",
                HTML, TEXT).render(values);

        assertThat(message.subject()).isEqualTo("Friend, hello");
        assertThat(message.htmlBody()).startsWith("<p>Hi there,</p>");
        assertThat(message.textBody()).startsWith("Hi there, keep:");
    }

    @Test
    void valuesAreHtmlEscapedInTheHtmlBodyOnly() {
        RenderValues values = new RenderValues()
                .with(Placeholder.FIRST_NAME, "<script>alert('x')</script> & Co")
                .with(Placeholder.CONFIRM_URL, "https://t.example/c?a=1&b=2");
        TemplateContent.RenderedMessage message = permissionPass("Hello {{ first_name }}", HTML, TEXT).render(values);

        assertThat(message.htmlBody()).contains("<p>Hi &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co,</p>")
                .contains("href=\"https://t.example/c?a=1&amp;b=2\"");
        assertThat(message.textBody()).contains("Hi <script>alert('x')</script> & Co, keep: https://t.example/c?a=1&b=2");
        assertThat(message.subject()).isEqualTo("Hello <script>alert('x')</script> & Co");
    }

    @Test
    void lineBreaksInAValueCannotBreakTheSubjectHeader() {
        RenderValues values = new RenderValues().with(Placeholder.FIRST_NAME, "Ada\r\nBcc: victim@example.com");
        assertThat(permissionPass("Hi {{ first_name }}", HTML, TEXT).render(values).subject())
                .isEqualTo("Hi Ada Bcc: victim@example.com");
    }

    @Test
    void anUnknownTagIsReportedWithItsFieldLineAndColumn() {
        String html = "<p>Hello</p>\n<p>Dear {{ frist_name }}</p>\n" + HTML;

        assertThat(permissionPass("Hi", html, TEXT).violations()).containsExactly(new TemplateContent.Violation(
                "htmlBody", "line 2, column 9: unknown tag 'frist_name'; known tags: first_name, last_name, email, "
                        + "confirm_url, unsubscribe_url, preferences_url"));
    }

    @Test
    void unbalancedBracesAreReported() {
        List<TemplateContent.Violation> neverClosed = permissionPass("Hi {{ first_name", HTML, TEXT).violations();
        List<TemplateContent.Violation> strayClose = permissionPass("Hi first_name }}", HTML, TEXT).violations();
        List<TemplateContent.Violation> nested = permissionPass("Hi {{ first_name {{ last_name }}", HTML, TEXT)
                .violations();

        assertThat(neverClosed).containsExactly(new TemplateContent.Violation("subject",
                "line 1, column 4: '{{' is never closed with '}}'"));
        assertThat(strayClose).containsExactly(new TemplateContent.Violation("subject",
                "line 1, column 15: '}}' without a matching '{{'"));
        assertThat(nested).containsExactly(new TemplateContent.Violation("subject",
                "line 1, column 4: '{{' is not closed before the next '{{'"));
    }

    @Test
    void singleBracesOfCssAreOrdinaryText() {
        String html = "<style>p { color: red; }</style>" + HTML;
        assertThat(permissionPass("Hi", html, TEXT).violations()).isEmpty();
        assertThat(permissionPass("Hi", html, TEXT).render(new RenderValues()).htmlBody())
                .startsWith("<style>p { color: red; }</style>");
    }

    @Test
    void onlyTheDefaultFilterWithAQuotedFallbackIsAccepted() {
        assertThat(permissionPass("Hi {{ first_name | upcase }}", HTML, TEXT).violations())
                .extracting(TemplateContent.Violation::message)
                .containsExactly("line 1, column 4: unknown filter in 'first_name | upcase'; the only filter is "
                        + "default: \"fallback text\"");
        assertThat(permissionPass("Hi {{ first_name | default: there }}", HTML, TEXT).violations()).hasSize(1);
        assertThat(permissionPass("Hi {{ }}", HTML, TEXT).violations()).hasSize(1);
    }

    @Test
    void aPermissionPassTemplateWithoutTheConfirmLinkIsRefusedForEachBody() {
        String html = "<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>";
        String text = "Unsubscribe: {{ unsubscribe_url }}";

        assertThat(permissionPass("Hi", html, text).violations()).containsExactly(
                new TemplateContent.Violation("htmlBody",
                        "a permission-pass template must contain the confirm link {{ confirm_url }}"),
                new TemplateContent.Violation("textBody",
                        "a permission-pass template must contain the confirm link {{ confirm_url }}"));
        assertThat(new TemplateContent(TemplateKind.REGULAR, "Hi", null, html, text).violations()).isEmpty();
    }

    @Test
    void aBodyWithoutTheUnsubscribeLinkIsRefused() {
        TemplateContent content = new TemplateContent(TemplateKind.REGULAR, "Hi", null, "<p>Sale!</p>",
                "Sale! {{ unsubscribe_url }}");
        assertThat(content.violations()).containsExactly(new TemplateContent.Violation("htmlBody",
                "must contain the unsubscribe link {{ unsubscribe_url }}"));
    }

    @Test
    void linksAreRefusedInTheSubjectAndPreheader() {
        TemplateContent content = new TemplateContent(TemplateKind.PERMISSION_PASS, "Go {{ confirm_url }}",
                "{{ unsubscribe_url }}", HTML, TEXT);
        assertThat(content.violations()).containsExactly(
                new TemplateContent.Violation("subject", "{{ confirm_url }} belongs in the body, not in the subject"),
                new TemplateContent.Violation("preheader",
                        "{{ unsubscribe_url }} belongs in the body, not in the preheader"));
    }
}
