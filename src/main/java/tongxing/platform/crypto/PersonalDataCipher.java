package tongxing.platform.crypto;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personal data (ID numbers, phone numbers) with AES-256-GCM before it is stored.
 * The key comes from configuration ({@code tongxing.crypto.key}, base64 of 32 bytes) or from a
 * key file outside the source tree, created on first start. A keyed hash (HMAC-SHA256 with a
 * key derived from the same secret) lets exact-match search work without decrypting.
 */
@Component
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;
    /*
     * Looking up a Cipher and a Mac cost more than encrypting a phone number; an import of a
     * million rows did it two million times (JFR, bench 3). Instances are not thread-safe, so
     * each thread keeps its own; every use initialises it again (a fresh IV for each encryption).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> newInstance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> searchMacs = ThreadLocal.withInitial(() -> {
        Mac mac = newInstance(() -> Mac.getInstance("HmacSHA256"));
        try {
            mac.init(hashKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return mac;
    });

    PersonalDataCipher(@Value("${tongxing.crypto.key:}") String configuredKey,
                       @Value("${tongxing.crypto.key-file:./data/tongxing.key}") String keyFile) {
        byte[] secret = configuredKey.isBlank() ? loadOrCreate(Path.of(keyFile)) : Base64.getDecoder().decode(configuredKey.trim());
        if (secret.length != 32) throw new IllegalStateException("tongxing.crypto.key must be 32 bytes (base64)");
        this.key = new SecretKeySpec(secret, "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), "tongxing-search-index"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) return null;
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || stored.isEmpty()) return null;
        if (!stored.startsWith(PREFIX)) throw new IllegalArgumentException("not an encrypted value");
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or damaged value", e);
        }
    }

    /** A deterministic keyed hash for exact-match lookups of an encrypted value. */
    public String searchHash(String plain) {
        if (plain == null || plain.isEmpty()) return null;
        Mac mac = searchMacs.get();   // doFinal leaves it reset for the next value
        return HexFormat.of().formatHex(mac.doFinal(plain.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
    }

    private SecretKeySpec hashKey() {
        return hashKey;
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T newInstance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(SecretKeySpec k, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) return Base64.getDecoder().decode(Files.readString(file).trim());
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the default permissions
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }
}
