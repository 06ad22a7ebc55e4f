package campus.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new board thread; announcement is honoured only for tutors and staff. */
class ThreadForm {

    @NotBlank @Size(max = 200) public String title;
    @NotBlank @Size(max = 8000) public String body;
    public Boolean announcement;

    public ThreadForm() {
    }
}
