package dev.careshop.bootstrap.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same" for an idempotency key: the method, the path with its query string, and the
 * body's exact bytes, as one SHA-256 hash (64 hex digits). A body re-serialised with other spacing is another request.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(String method, String path, String query, byte[] body) {
        MessageDigest sha256 = sha256();
        String target = method + ' ' + path + (query == null ? "" : "?" + query) + '\n';
        sha256.update(target.getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
