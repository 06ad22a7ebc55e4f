package campus.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A session day of a face-to-face or blended activity: its date and topic. */
class SessionForm {

    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) public LocalDate heldOn;
    @NotBlank @Size(max = 200) public String topic;

    public SessionForm() {
    }
}
