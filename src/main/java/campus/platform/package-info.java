/** Web layout, security, error pages and problem details, language of the page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts"})
package campus.platform;
