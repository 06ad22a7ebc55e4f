/** Learning activities and services: their languages, dates, venue, capacity and publication. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package campus.catalogue;
