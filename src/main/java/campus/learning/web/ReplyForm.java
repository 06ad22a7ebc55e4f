package campus.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply in a board thread. */
class ReplyForm {

    @NotBlank @Size(max = 8000) public String body;

    public ReplyForm() {
    }
}
