package dev.careshop.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Where the signing key comes from, and how a misconfiguration stops the start without repeating the secret. */
@ExtendWith(OutputCaptureExtension.class)
class SigningKeysTest {

    private static final String SECRET = "a-production-secret-of-at-least-32-bytes!";

    private static JwtProperties properties(String secret, Path secretFile) {
        return new JwtProperties(secret, secretFile, Duration.ofMinutes(15), "careshop");
    }

    @Test
    void theConfiguredSecretIsTheKeyAsUtf8Bytes() {
        SecretKey key = SigningKeys.from(properties(SECRET, null));

        assertThat(key.getEncoded()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
        assertThat(key.getAlgorithm()).isEqualTo("HmacSHA256");
    }

    @Test
    void aSecretShorterThan32BytesFailsNamingTheRuleButNotTheSecret() {
        String tooShort = "only-31-bytes-of-secret-text-xy";
        assertThat(tooShort.getBytes(StandardCharsets.UTF_8)).hasSize(31);

        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKeys.from(properties(tooShort, null)))
                .withMessageContaining("CARESHOP_JWT_SECRET")
                .withMessageContaining("31 bytes")
                .withMessageContaining("at least 32 bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(tooShort));
    }

    @Test
    void exactly32BytesAreEnough() {
        String justEnough = "x".repeat(32);

        assertThat(SigningKeys.from(properties(justEnough, null)).getEncoded()).hasSize(32);
    }

    @Test
    void bytesNotCharactersCount() {
        // 16 characters, 32 bytes of UTF-8.
        String umlauts = "ä".repeat(16);

        assertThat(SigningKeys.from(properties(umlauts, null)).getEncoded()).hasSize(32);
    }

    /** Set but only white space is a mistake, not "unset": the start fails rather than fall back to a random key. */
    @Test
    void aSecretOfOnlyWhiteSpaceIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKeys.from(properties(" ".repeat(40), null)))
                .withMessageContaining("CARESHOP_JWT_SECRET is 0 bytes long");
    }

    @Test
    void bothASecretAndAFileFailNamingBothSettingsButNotTheSecret(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("jwt.key"), SECRET);

        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKeys.from(properties(SECRET, file)))
                .withMessageContaining("CARESHOP_JWT_SECRET")
                .withMessageContaining("CARESHOP_JWT_SECRET_FILE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void theFileIsReadAndItsSurroundingWhiteSpaceStripped(@TempDir Path dir) throws Exception {
        // As `echo "$secret" > file` or a mounted secret leaves it: a trailing newline, perhaps indentation.
        Path file = Files.writeString(dir.resolve("jwt.key"), "  " + SECRET + "\n");

        SecretKey key = SigningKeys.from(properties(null, file));

        assertThat(key.getEncoded()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithTooShortAKeyFailsNamingTheFileSettingButNotTheKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("jwt.key"), "short-key\n");

        assertThatIllegalStateException()
                .isThrownBy(() -> SigningKeys.from(properties(null, file)))
                .withMessageContaining("CARESHOP_JWT_SECRET_FILE")
                .withMessageContaining("at least 32 bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short-key"));
    }

    @Test
    void aMissingFileFailsNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such.key");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SigningKeys.from(properties(null, missing))))
                .hasMessageContaining(missing.toString());
    }

    @Test
    void withNeitherAKeyIsMadeAtRandomAndAWarningSaysWhatThatMeans(CapturedOutput output) {
        SecretKey first = SigningKeys.from(properties(null, null));
        SecretKey second = SigningKeys.from(properties("", null));

        assertThat(first.getEncoded()).hasSize(SigningKeys.MIN_KEY_BYTES);
        assertThat(second.getEncoded()).hasSize(SigningKeys.MIN_KEY_BYTES).isNotEqualTo(first.getEncoded());
        assertThat(output.getAll())
                .contains("WARN")
                .contains("random key")
                .contains("will not survive a restart")
                .contains("CARESHOP_JWT_SECRET");
    }
}
