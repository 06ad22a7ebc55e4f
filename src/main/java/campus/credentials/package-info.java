/**
 * Verifiable digital credentials: Open Badges 3.0 credentials with Data Integrity proofs
 * (eddsa-rdfc-2022), their status list, public verification and view counts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "accounts", "catalogue", "enrolment", "keys", "ledger", "partners"})
package campus.credentials;
