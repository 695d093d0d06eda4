package io.rekindle.suppression.service.webhook;

import io.rekindle.suppression.config.SuppressionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses how SNS signing certificates are obtained: from a configured mirror directory when there is
 * one (no network, used by tests and air-gapped installations), otherwise downloaded over https. Either
 * way each certificate is read once and cached, since SNS signs every message with the same few.
 */
@ApplicationScoped
public class SigningCertificates {

    @Produces
    @Singleton
    SigningCertificateFetcher fetcher(SuppressionConfig config) {
        SigningCertificateFetcher source = config.webhooks().ses().certificateMirror()
                .<SigningCertificateFetcher>map(dir -> url -> fromMirror(Path.of(dir), url))
                .orElseGet(SigningCertificates::overHttps);
        Map<URI, X509Certificate> cache = new ConcurrentHashMap<>();
        return url -> cache.computeIfAbsent(url, source::fetch);
    }

    /** Reads every certificate of a PEM file (pinned certificates). */
    public static List<X509Certificate> readPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends java.security.cert.Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            return certificates.stream().map(X509Certificate.class::cast).toList();
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read certificates from " + file, e);
        }
    }

    private static X509Certificate fromMirror(Path directory, URI url) {
        String path = url.getPath();
        Path file = directory.resolve(path.substring(path.lastIndexOf('/') + 1)).normalize();
        if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
            throw new WebhookAuthenticationException("signing certificate " + url + " is not in the mirror");
        }
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new WebhookAuthenticationException("signing certificate " + url + " cannot be read", e);
        }
    }

    private static SigningCertificateFetcher overHttps() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return url -> {
            try {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new WebhookAuthenticationException("signing certificate " + url + " answered "
                            + response.statusCode());
                }
                return parse(response.body());
            } catch (IOException e) {
                throw new WebhookAuthenticationException("signing certificate " + url + " cannot be fetched", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WebhookAuthenticationException("interrupted while fetching " + url, e);
            }
        };
    }

    private static X509Certificate parse(byte[] pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem));
        } catch (CertificateException e) {
            throw new WebhookAuthenticationException("signing certificate is not an X.509 certificate", e);
        }
    }
}
