/** Course content, learner progress, knowledge tests, tutored cohorts and face-to-face attendance. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "catalogue", "enrolment", "mail", "evaluation", "credentials"})
package campus.learning;
