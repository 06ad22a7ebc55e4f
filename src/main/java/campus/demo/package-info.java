/** Demo content for a newcomer's first start on an empty embedded database. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "catalogue", "enrolment", "learning", "reporting", "partners"})
package campus.demo;
