package campus.partners.internal;

import java.util.List;

/** The outcome of a bulk invitation: how many people were invited and what was wrong with the other rows, by line. */
public record InvitationReport(int invited, List<RowProblem> problems) {
}
