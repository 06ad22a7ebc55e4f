/** Value types every module speaks in: modalities, languages, genders, constituents, countries. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package campus.shared;
