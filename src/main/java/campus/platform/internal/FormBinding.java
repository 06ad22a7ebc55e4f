package campus.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Page forms (the model attribute "form") are plain beans bound field by field, so a value of the wrong type (a date typed as
 * text) becomes a message on that field instead of a failed request.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }
}
