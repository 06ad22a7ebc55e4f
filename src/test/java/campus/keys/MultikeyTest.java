package campus.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.Test;

/** Multikey encoding against the key pair published in the W3C vc-di-eddsa specification. */
class MultikeyTest {

    static final String SPEC_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    static final String SPEC_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    @Test
    void theSpecificationsPublicKeyComesOutOfItsSecretKey() {
        byte[] secret = Multikey.unbase58(SPEC_SECRET.substring(1));
        assertThat(Arrays.copyOf(secret, 2)).containsExactly(0x80, 0x26); // multicodec ed25519-priv
        byte[] seed = Arrays.copyOfRange(secret, 2, 34);
        byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        assertThat(Multikey.encode(publicKey)).isEqualTo(SPEC_PUBLIC);
        assertThat(Multikey.decode(SPEC_PUBLIC)).isEqualTo(publicKey);
    }

    @Test
    void leadingZerosSurviveTheRoundTrip() {
        byte[] bytes = {0, 0, 1, 2, (byte) 255};
        assertThat(Multikey.base58(bytes)).startsWith("11");
        assertThat(Multikey.unbase58(Multikey.base58(bytes))).isEqualTo(bytes);
        assertThat(Multikey.unbase58(Multikey.base58(new byte[0]))).isEmpty();
    }

    @Test
    void anythingButAnEd25519MultikeyIsRefused() {
        assertThatThrownBy(() -> Multikey.decode("x6Mk")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multikey.decode(SPEC_SECRET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multikey.decode("z0OIl")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multikey.encode(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
