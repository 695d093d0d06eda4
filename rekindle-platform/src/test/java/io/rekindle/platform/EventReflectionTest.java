package io.rekindle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.events.EventCatalog;
import io.rekindle.events.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventReflectionTest {

    @Test
    void everyPublishedPayloadIsRegisteredForReflectionSoNativeImagesCanReadIt() {
        List<Class<?>> registered = List.of(EventReflection.class.getAnnotation(RegisterForReflection.class).targets());

        assertThat(registered).containsAll(EventCatalog.ALL.stream().<Class<?>>map(EventType::payloadClass).toList());
    }
}
