/** Import and export of the CSV interchange folder (docs/interchange.md): read, validate and write results data. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reporting"})
package campus.interchange;
