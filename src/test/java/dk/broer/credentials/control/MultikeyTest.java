package dk.broer.credentials.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class MultikeyTest {

    @Test
    void roundTrip() {
        KeyPair pair = DataIntegrityProofTest.ed25519();

        String encoded = Multikey.encode(pair.getPublic());

        assertTrue(encoded.startsWith("z6Mk"), encoded);
        assertEquals(pair.getPublic(), Multikey.decode(encoded));
        assertArrayEquals(pair.getPublic().getEncoded(), Multikey.decode(encoded).getEncoded());
    }

    /** The Open Badges 3.0 implementation guide's key: raw public key hex and its Multikey. */
    @Test
    void knownVector() {
        String multikey = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
        byte[] raw = HexFormat.of().parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5");

        assertArrayEquals(raw, Multikey.raw(Multikey.decode(multikey)));
        assertEquals(multikey, Multikey.encode(Multikey.decode(multikey)));
    }

    /** The eddsa-rdfc-2022 spec's key pair: its private key signs what its public key verifies. */
    @Test
    void specKeyPairBelongsTogether() throws Exception {
        var publicKey = Multikey.decode("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        var privateKey = DataIntegrityProofTest.privateKey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
        var signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(new byte[] {1, 2, 3});
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(new byte[] {1, 2, 3});

        assertTrue(verifier.verify(signer.sign()));
    }

    @Test
    void base58KeepsLeadingZeros() {
        byte[] bytes = {0, 0, 1, (byte) 0xff, 0x7f};

        assertEquals("11", Multikey.base58btc(new byte[] {0, 0}));
        assertArrayEquals(bytes, Multikey.base58btcDecode(Multikey.base58btc(bytes)));
        assertEquals("StV1DL6CwTryKyV", Multikey.base58btc("hello world".getBytes()));
    }

    @Test
    void refusesWhatIsNotAnEd25519Multikey() {
        assertThrows(IllegalArgumentException.class, () -> Multikey.decode("6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));
        assertThrows(IllegalArgumentException.class, () -> Multikey.decode("z0OIl"));
        // A P-256 Multikey (0x8024), not Ed25519.
        assertThrows(IllegalArgumentException.class,
                () -> Multikey.decode("zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169"));
    }
}
