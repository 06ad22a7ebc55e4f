package campus.evaluation.web;

import campus.catalogue.ActivityView;
import campus.evaluation.internal.ResultsFilter;
import campus.evaluation.internal.ResultsFilterRefused;
import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyResults;
import campus.evaluation.internal.SurveyResultsView;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.TechnicalArea;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Survey results for staff: a filter form, the figures as tables and the same figures as a CSV
 * file. A filter that cannot be applied comes back as the form with a message on each field to fix
 * (400), never as an error page.
 */
@Controller
class SurveyResultsController {

    static final String VIEW = "evaluation/results";

    private final SurveyResults results;
    private final MessageSource messages;

    SurveyResultsController(SurveyResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    @GetMapping("/staff/evaluation")
    ModelAndView page(ResultsForm filters, Locale locale, HttpServletResponse response) {
        ModelMap model = new ModelMap();
        try {
            ResultsFilter filter = check(filters);
            model.addAttribute("results", results.results(filter, locale, SurveyResults.PAGE_TEXTS));
            model.addAttribute("csvLink", link("/staff/evaluation/results.csv", filter));
        } catch (ResultsFilterRefused refused) {
            refused(model, refused, locale, response);
        }
        return form(filters, model, locale);
    }

    @GetMapping("/staff/evaluation/results.csv")
    ModelAndView csv(ResultsForm filters, Locale locale, HttpServletResponse response) throws IOException {
        ResultsFilter filter;
        try {
            filter = check(filters);
        } catch (ResultsFilterRefused refused) {
            ModelMap model = new ModelMap();
            refused(model, refused, locale, response);
            return form(filters, model, locale);
        }
        SurveyResultsView view = results.results(filter, locale, null);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ResultsCsv.fileName(filter) + "\"");
        ResultsCsv.write(view, item -> item.isCustom() ? item.label(LanguageCode.of(locale).code())
                : messages.getMessage(item.labelKey(), null, item.code(), locale), response);
        return null; // the response is written
    }

    /** From an activity's pages: its satisfaction results. */
    @GetMapping("/staff/activities/{activityId}/evaluation/results")
    String activityResults(@PathVariable long activityId) {
        return "redirect:" + link("/staff/evaluation", ResultsFilter.of(Survey.SATISFACTION).withActivity(activityId));
    }

    private ResultsFilter check(ResultsForm f) {
        return results.filter(f.survey(), f.activity(), f.area(), f.from(), f.to());
    }

    private ModelAndView form(ResultsForm filters, ModelMap model, Locale locale) {
        List<ActivityView> activities = new ArrayList<>(results.activitiesWithResults(LanguageCode.of(locale).code()));
        model.addAttribute("filters", filters);
        model.addAttribute("surveys", Arrays.stream(Survey.values()).map(Survey::code).toList());
        model.addAttribute("areas", Arrays.stream(TechnicalArea.values()).map(TechnicalArea::code).toList());
        model.addAttribute("activities", activities);
        if (model.get("results") instanceof SurveyResultsView view && view.filter().activityId() != null) {
            long id = view.filter().activityId();
            ActivityView chosen = activities.stream().filter(a -> a.id() == id).findFirst()
                    .orElseGet(() -> results.activity(id, LanguageCode.of(locale).code()));
            if (!activities.contains(chosen)) {
                activities.add(0, chosen); // no answers yet, but chosen: the list shows it chosen
            }
            model.addAttribute("activity", chosen);
        }
        model.putIfAbsent("errors", Map.of());
        return new ModelAndView(VIEW, model);
    }

    private void refused(ModelMap model, ResultsFilterRefused refused, Locale locale, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : refused.problems()) {
            errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale));
        }
        model.addAttribute("errors", errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** The address of the same results, with only the filters set. */
    static String link(String path, ResultsFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("survey", filter.survey().code());
        if (filter.activityId() != null) {
            uri.queryParam("activity", filter.activityId());
        }
        if (filter.area() != null) {
            uri.queryParam("area", filter.area().code());
        }
        if (filter.from() != null) {
            uri.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            uri.queryParam("to", filter.to());
        }
        return uri.build().toUriString();
    }
}
