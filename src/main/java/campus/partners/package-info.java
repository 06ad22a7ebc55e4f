/**
 * Institutional partners and their learning spaces: branding, members, invitations and who may manage
 * which partner's activities. The Centre's staff see every space; a partner's administrators only theirs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "catalogue", "enrolment", "mail"})
package campus.partners;
