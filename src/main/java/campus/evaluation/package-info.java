/**
 * Evaluation: the satisfaction survey at the end of an activity and the follow-up survey on applying
 * what was learned, their invitations and reminders by mail, and their results for staff.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "catalogue", "enrolment", "mail"})
package campus.evaluation;
