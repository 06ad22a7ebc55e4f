package campus.learning.web;

import campus.learning.internal.Cohort;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cohort's name and dates. A bean rather than a record, so that a mistyped date is reported on its field;
 * dates in ISO form both ways, since a date input shows nothing of the locale's short form ("5/10/30").
 */
class CohortForm {

    @NotBlank @Size(max = 120) public String name;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) public LocalDate startsOn;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) public LocalDate endsOn;

    public CohortForm() {
    }

    static CohortForm of(Cohort cohort) {
        CohortForm form = new CohortForm();
        form.name = cohort.name();
        form.startsOn = cohort.startsOn();
        form.endsOn = cohort.endsOn();
        return form;
    }
}
