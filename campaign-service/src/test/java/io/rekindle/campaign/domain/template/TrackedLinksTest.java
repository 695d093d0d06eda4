package io.rekindle.campaign.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which links are tracked and how they are rewritten. */
class TrackedLinksTest {

    private static final String HTML = "<a href=\"https://shop.example/a?x=1&amp;y=2\">A</a>"
            + "<a href=\"{{ unsubscribe_url }}\">U</a><a href=\"mailto:hi@acme.example\">M</a>"
            + "<a HREF=\"http://blog.example/\">B</a><a href=\"https://shop.example/a?x=1&amp;y=2\">A again</a>";

    @Test
    void onlyLiteralHttpLinksAreTrackedOnceEach() {
        assertThat(TrackedLinks.in(HTML)).containsExactly("https://shop.example/a?x=1&amp;y=2", "http://blog.example/");
    }

    @Test
    void trackedLinksAreRewrittenAndTheTargetResolvesCharacterReferences() {
        List<String> links = TrackedLinks.in(HTML);
        String rewritten = TrackedLinks.rewrite(HTML, links, (index, link) -> "https://t.example/c/" + index + "?s=1&k=2");

        assertThat(rewritten).contains("href=\"https://t.example/c/0?s=1&amp;k=2\">A</a>")
                .contains("href=\"https://t.example/c/1?s=1&amp;k=2\">B</a>")
                .contains("href=\"https://t.example/c/0?s=1&amp;k=2\">A again</a>")
                .contains("href=\"mailto:hi@acme.example\"");
        assertThat(TrackedLinks.target(links.get(0))).isEqualTo("https://shop.example/a?x=1&y=2");
    }
}
