package campus.evaluation.web;

/**
 * The results filters as they arrive in the query string, kept as typed so that a refused value is
 * shown back in its field next to its message.
 */
record ResultsForm(String survey, String activity, String area, String from, String to) {

    /** The survey the form shows as chosen: the one asked for, else the satisfaction survey. */
    public String chosenSurvey() {
        return survey == null || survey.isBlank() ? "satisfaction" : survey.strip();
    }
}
