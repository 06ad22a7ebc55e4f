/**
 * Keys: the platform's Ed25519 signing keys, one current key per purpose (credentials, log
 * checkpoints), generated on first start, stored encrypted at rest, rotated without losing the
 * public keys that earlier signatures verify with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package campus.keys;
