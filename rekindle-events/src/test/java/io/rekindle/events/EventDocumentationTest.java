package io.rekindle.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/events.md is the public event API's reference: it must name every type and topic we publish. */
class EventDocumentationTest {

    private static final Path EVENTS_DOC = Path.of("..", "docs", "events.md");

    @Test
    void everyPublishedEventTypeAndTopicIsDocumented() throws IOException {
        String doc = Files.readString(EVENTS_DOC);

        assertThat(EventCatalog.ALL).allSatisfy(type -> assertThat(doc).contains("`" + type.cloudEventType() + "`"));
        assertThat(Topics.ALL).filteredOn(spec -> !spec.name().contains("dead-letter"))
                .allSatisfy(spec -> assertThat(doc).contains("`" + spec.name() + "`"));
    }
}
