package vn.ocop.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106) at the OWASP baseline (19 MiB, 2 passes, 1 lane), stored as a
 * self-describing PHC string: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64). A stored
 * hash keeps its own parameters, so raising them later only affects new hashes. Comparison is constant-time.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    /** Verified against when the user name is unknown, so both failures cost the same time. */
    private final String decoy;

    public PasswordHasher() {
        byte[] decoyPassword = new byte[12];
        random.nextBytes(decoyPassword);
        this.decoy = hash(B64.encodeToString(decoyPassword));
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code stored}; false (never an exception) for a malformed hash. */
    public boolean verify(String password, String stored) {
        if (password == null || stored == null || !stored.startsWith(PREFIX)) {
            return false;
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\$");
        if (parts.length != 3) {
            return false;
        }
        try {
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[0].split(",")) {
                String[] pair = parameter.split("=", 2);
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            if (memory < 8 || iterations < 1 || parallelism < 1 || memory > 1 << 22) {
                return false;
            }
            byte[] salt = B64D.decode(parts[1]);
            byte[] expected = B64D.decode(parts[2]);
            byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** Spends the time of one verification; call it when there is no account, then answer as for a wrong password. */
    public void verifyDecoy(String password) {
        verify(password == null ? "" : password, decoy);
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
