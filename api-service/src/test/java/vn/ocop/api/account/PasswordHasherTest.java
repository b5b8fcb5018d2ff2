package vn.ocop.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Test
    void hashIsSelfDescribingArgon2idAndVerifies() {
        String hash = HASHER.hash("Mật khẩu#2025");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.split("\\$")).hasSize(6);
        assertThat(HASHER.verify("Mật khẩu#2025", hash)).isTrue();
        assertThat(HASHER.verify("Mat khau#2025", hash)).isFalse();
        assertThat(HASHER.verify("", hash)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertThat(HASHER.hash("TanKy#2025")).isNotEqualTo(HASHER.hash("TanKy#2025"));
    }

    @Test
    void storedParametersAreUsedForVerification() {
        // A hash made with other parameters (as after raising them) still verifies with its own.
        String hash = HASHER.hash("x");
        String tampered = hash.replace("t=2", "t=3");
        assertThat(HASHER.verify("x", tampered)).isFalse();
    }

    @Test
    void malformedHashesAreRejectedWithoutException() {
        assertThat(HASHER.verify("x", null)).isFalse();
        assertThat(HASHER.verify(null, HASHER.hash("x"))).isFalse();
        assertThat(HASHER.verify("x", "plain")).isFalse();
        assertThat(HASHER.verify("x", "$argon2id$v=19$m=abc$AAAA$AAAA")).isFalse();
        assertThat(HASHER.verify("x", "$argon2id$v=19$m=19456,t=2,p=1$not*base64$AAAA")).isFalse();
        assertThat(HASHER.verify("x", "$argon2id$v=19$m=999999999,t=2,p=1$AAAA$AAAA")).isFalse();
    }
}
