/** Outreach and results indicators (docs/indicators.md), the dashboard and the annual report. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "catalogue", "enrolment", "learning", "evaluation", "credentials", "partners"})
package campus.reporting;
