package io.rekindle.testkit;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * An RSA key pair that signs bearer tokens the services accept: generated per test JVM, or kept in a
 * local directory by {@code ./rekindle up} (never committed) so that {@code ./rekindle token} works.
 */
public final class JwtKeys {

    public static final String ISSUER = "rekindle";
    private static final String PRIVATE_FILE = "jwt-private.pem";
    private static final String PUBLIC_FILE = "jwt-public.pem";

    private final KeyPair keyPair;

    private JwtKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public static JwtKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new JwtKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the key pair from {@code directory}, generating and writing it there first if it is missing. */
    public static JwtKeys inDirectory(Path directory) {
        try {
            Path privateFile = directory.resolve(PRIVATE_FILE);
            Path publicFile = directory.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                JwtKeys keys = generate();
                Files.writeString(privateFile, keys.privateKeyPem());
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(publicFile, keys.publicKeyPem());
                return keys;
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privateFile))));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(unpem(Files.readString(publicFile))));
            return new JwtKeys(new KeyPair(publicKey, privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable key pair in " + directory, e);
        }
    }

    /** Only the signing half, e.g. from the test configuration: enough to issue tokens. */
    public static JwtKeys fromPrivateKeyPem(String pem) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(unpem(pem)));
            return new JwtKeys(new KeyPair(null, privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key", e);
        }
    }

    public String privateKeyPem() {
        return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
    }

    /** A token for user {@code subject} carrying {@code roles} in its groups claim. */
    public String token(String subject, Duration lifetime, String... roles) {
        return Jwt.issuer(ISSUER)
                .upn(subject)
                .subject(subject)
                .groups(Set.of(roles))
                .expiresIn(lifetime)
                .sign(keyPair.getPrivate());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
