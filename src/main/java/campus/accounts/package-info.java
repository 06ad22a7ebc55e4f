/** People: registration, verification, profile, roles, sign-in and API tokens. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "mail"})
package campus.accounts;
