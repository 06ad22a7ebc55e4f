package campus.reporting.internal;

import campus.reporting.web.AnnualReportPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Writes the annual report as one self-contained HTML file (styles inside), from the command line. */
@Component
class AnnualReportFile {

    private final AnnualReportPage page;
    private final ITemplateEngine templates;

    AnnualReportFile(AnnualReportPage page, ITemplateEngine templates) {
        this.page = page;
        this.templates = templates;
    }

    void write(int year, String partnerId, Locale locale, PrintStream out) throws IOException {
        // the same page as /staff/reports/{year}, with its stylesheet inside so the file opens anywhere
        Context variables = new Context(locale, page.model(year, partnerId, locale));
        try (InputStream css = getClass().getResourceAsStream("/static/css/campus.css")) {
            variables.setVariable("inlineStyles", new String(css.readAllBytes(), StandardCharsets.UTF_8));
        }
        out.print(templates.process("reporting/annual-report", variables));
    }
}
