/** Applications, enrolments and waitlists: the capacity rule and the order of arrival. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalogue", "accounts"})
package campus.enrolment;
