package campus.learning.web;

import campus.learning.internal.Cohort;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A cohort's name and dates. A bean rather than a record, so that a mistyped date is reported on its field. */
class CohortForm {

    @NotBlank @Size(max = 120) public String name;
    @NotNull public LocalDate startsOn;
    @NotNull public LocalDate endsOn;

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
