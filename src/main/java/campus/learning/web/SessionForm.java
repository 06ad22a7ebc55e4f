package campus.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A session day of a face-to-face or blended activity: its date and topic. */
class SessionForm {

    @NotNull public LocalDate heldOn;
    @NotBlank @Size(max = 200) public String topic;

    public SessionForm() {
    }
}
