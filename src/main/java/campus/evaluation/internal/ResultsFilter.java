package campus.evaluation.internal;

import campus.shared.FieldProblem;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which survey results staff ask for: one survey, and optionally one activity, one technical area
 * and a period (both ends included, either may be open). See {@link SurveyResults} for what the
 * period selects.
 */
public record ResultsFilter(Survey survey, Long activityId, TechnicalArea area, LocalDate from, LocalDate to) {

    public ResultsFilter {
        Objects.requireNonNull(survey, "survey");
    }

    public static ResultsFilter of(Survey survey) {
        return new ResultsFilter(survey, null, null, null, null);
    }

    public ResultsFilter withActivity(Long id) {
        return new ResultsFilter(survey, id, area, from, to);
    }

    public ResultsFilter withArea(TechnicalArea technicalArea) {
        return new ResultsFilter(survey, activityId, technicalArea, from, to);
    }

    public ResultsFilter between(LocalDate first, LocalDate last) {
        return new ResultsFilter(survey, activityId, area, first, last);
    }

    /**
     * Reads the filter as typed in a query string; a blank value means "any" (the satisfaction survey
     * when none is named). Each problem is added to the list, naming its field, so that all are shown
     * at once; the filter returned leaves out the values refused.
     */
    static ResultsFilter read(String survey, String activity, String area, String from, String to,
                              List<FieldProblem> problems) {
        Survey chosen = blank(survey) ? Survey.SATISFACTION : Survey.ofCode(survey.strip()).orElse(null);
        if (chosen == null) {
            problems.add(new FieldProblem("survey", "survey.results.survey.unknown"));
        }
        Long activityId = null;
        if (!blank(activity)) {
            if (activity.strip().matches("[0-9]{1,18}")) {
                activityId = Long.valueOf(activity.strip());
            } else {
                problems.add(new FieldProblem("activity", "survey.results.activity.invalid"));
            }
        }
        TechnicalArea technicalArea = null;
        if (!blank(area)) {
            technicalArea = Arrays.stream(TechnicalArea.values()).filter(a -> a.code().equals(area.strip()))
                    .findFirst().orElse(null);
            if (technicalArea == null) {
                problems.add(new FieldProblem("area", "survey.results.area.unknown"));
            }
        }
        LocalDate first = date("from", from, problems);
        LocalDate last = date("to", to, problems);
        if (first != null && last != null && first.isAfter(last)) {
            problems.add(new FieldProblem("to", "survey.results.date.order"));
        }
        return new ResultsFilter(chosen == null ? Survey.SATISFACTION : chosen, activityId, technicalArea, first, last);
    }

    /** An ISO date (what a date input sends) of a year the databases store alike, or a problem. */
    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= 1900) {
                    return date;
                }
            }
        } catch (DateTimeParseException notADate) {
            // falls through to the problem
        }
        problems.add(new FieldProblem(field, "survey.results.date.invalid"));
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
