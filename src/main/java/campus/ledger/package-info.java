/**
 * Ledger: the public transparency log. An append-only Merkle tree (RFC 9162 hashing) of the digests
 * of issued credentials, with signed checkpoints, inclusion and consistency proofs, and a public HTTP
 * API for mirrors and auditors (docs/transparency-log.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "keys"})
package campus.ledger;
