package io.rekindle.suppression.service.webhook;

import java.net.URI;
import java.security.cert.X509Certificate;

/** Obtains the SNS signing certificate a SigningCertURL names (already checked against the host pattern). */
public interface SigningCertificateFetcher {

    X509Certificate fetch(URI signingCertUrl);
}
