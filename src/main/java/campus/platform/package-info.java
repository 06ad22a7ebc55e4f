/** Web layout, security, error pages and problem details, language of the page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "partners"})
package campus.platform;
