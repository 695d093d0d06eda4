package io.rekindle.campaign.service;

import io.rekindle.campaign.config.LinksConfig;
import io.rekindle.platform.links.SignedLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed per-send links. The payload names the purpose as well as the send, so that an open-pixel token
 * cannot be replayed against the unsubscribe or confirm endpoint.
 */
@ApplicationScoped
public class TrackingLinks {

    /** What a token may be used for, with the path prefix of its endpoint. */
    public enum Purpose {
        OPEN("o", "/t/o/"),
        CONFIRM("c", "/t/confirm/"),
        UNSUBSCRIBE("u", "/t/u/"),
        CLICK("k", "/t/c/");

        private final String code;
        private final String path;

        Purpose(String code, String path) {
            this.code = code;
            this.path = path;
        }
    }

    private final SignedLinks signer;
    private final LinksConfig config;

    TrackingLinks(LinksConfig config) {
        this.signer = new SignedLinks(config.signingKey());
        this.config = config;
    }

    public String url(Purpose purpose, UUID sendId, Instant sentAt) {
        return config.publicBaseUrl() + purpose.path
                + signer.sign(purpose.code + ":" + sendId, sentAt.plus(config.validity()));
    }

    /** The send a token was signed for, if it is genuine, unexpired and meant for this purpose. */
    public Optional<UUID> verify(Purpose purpose, String token, Instant now) {
        return signer.verify(token, now)
                .filter(payload -> payload.startsWith(purpose.code + ":"))
                .flatMap(payload -> {
                    try {
                        return Optional.of(UUID.fromString(payload.substring(purpose.code.length() + 1)));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    /** A click token names the send and the index of the link in the campaign's frozen link list. */
    public record Click(UUID sendId, int linkIndex) {
    }

    public String clickUrl(UUID sendId, int linkIndex, Instant sentAt) {
        return config.publicBaseUrl() + Purpose.CLICK.path
                + signer.sign(Purpose.CLICK.code + ":" + sendId + ":" + linkIndex, sentAt.plus(config.validity()));
    }

    public Optional<Click> verifyClick(String token, Instant now) {
        String prefix = Purpose.CLICK.code + ":";
        return signer.verify(token, now)
                .filter(payload -> payload.startsWith(prefix))
                .flatMap(payload -> {
                    String[] parts = payload.substring(prefix.length()).split(":");
                    try {
                        return parts.length == 2
                                ? Optional.of(new Click(UUID.fromString(parts[0]), Integer.parseInt(parts[1])))
                                : Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }
}
