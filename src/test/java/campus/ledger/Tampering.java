package campus.ledger;

import java.util.ArrayList;
import java.util.List;

/** Ways to spoil a proof: one bit flipped in each hash, a hash dropped, one added, two swapped. */
public final class Tampering {

    private Tampering() {
    }

    public static byte[] flip(byte[] hash) {
        byte[] copy = hash.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    public static List<List<byte[]>> variants(List<byte[]> path) {
        List<List<byte[]>> variants = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            List<byte[]> flipped = new ArrayList<>(path);
            flipped.set(i, flip(path.get(i)));
            variants.add(flipped);
            List<byte[]> dropped = new ArrayList<>(path);
            dropped.remove(i);
            variants.add(dropped);
        }
        List<byte[]> longer = new ArrayList<>(path);
        longer.add(new byte[32]);
        variants.add(longer);
        if (path.size() > 1 && !java.util.Arrays.equals(path.get(0), path.get(1))) {
            List<byte[]> swapped = new ArrayList<>(path);
            swapped.set(0, path.get(1));
            swapped.set(1, path.get(0));
            variants.add(swapped);
        }
        return variants;
    }
}
