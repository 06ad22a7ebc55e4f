package campus.catalogue;

import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.util.Map;

/** Everything staff set on an activity; the languages offered are those that have a text. */
public record ActivityDraft(String code, Modality modality, ActivityKind kind, TechnicalArea technicalArea,
                            String defaultLanguage, LocalDate startDate, LocalDate endDate, String venue,
                            Integer capacity, LocalDate applicationDeadline, boolean reviewApplications,
                            Long partnerId, Map<String, ActivityText> texts) {
}
