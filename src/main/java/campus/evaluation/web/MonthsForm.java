package campus.evaluation.web;

/** When the follow-up survey goes out: months after completion. */
public class MonthsForm {

    private Integer followupMonths;

    public Integer getFollowupMonths() { return followupMonths; }
    public void setFollowupMonths(Integer followupMonths) { this.followupMonths = followupMonths; }
}
