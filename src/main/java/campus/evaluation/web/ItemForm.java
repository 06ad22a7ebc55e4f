package campus.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** An item staff add to a survey: which survey, how it is answered, its wording per language. */
public class ItemForm {

    private String survey = "satisfaction";
    private String kind = "scale";
    private String labelEn;
    private String labelFr;
    private String labelEs;

    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", labelEn);
        labels.put("fr", labelFr);
        labels.put("es", labelEs);
        return labels;
    }

    public String getSurvey() { return survey; }
    public void setSurvey(String survey) { this.survey = survey; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getLabelFr() { return labelFr; }
    public void setLabelFr(String labelFr) { this.labelFr = labelFr; }
    public String getLabelEs() { return labelEs; }
    public void setLabelEs(String labelEs) { this.labelEs = labelEs; }
}
