package campus.keys;

/** What a signing key signs; each purpose has its own current key and its own history. */
public enum KeyPurpose {
    /** Verifiable credentials issued by the Centre. */
    ISSUER,
    /** Checkpoints of the transparency log. */
    LOG
}
