package campus.catalogue;

import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An activity as shown to one reader: title and description in their language when offered,
 * else in the activity's default language ({@code language} says which).
 */
public record ActivityView(long id, String code, Modality modality, ActivityKind kind, TechnicalArea technicalArea,
                           String defaultLanguage, List<String> languages, String language, String title,
                           String description, LocalDate startDate, LocalDate endDate, String venue, Integer capacity,
                           LocalDate applicationDeadline, boolean reviewApplications, Long partnerId,
                           ActivityStatus status, Map<String, ActivityText> texts) {

    /** Whether a learner may apply on the given day. */
    public boolean openForEnrolment(LocalDate today) {
        if (status != ActivityStatus.PUBLISHED) {
            return false;
        }
        if (applicationDeadline != null) {
            return !today.isAfter(applicationDeadline);
        }
        if (modality == Modality.SELF_GUIDED) {
            return endDate == null || !today.isAfter(endDate);
        }
        return today.isBefore(startDate);
    }

    /** Self-guided activities are always available once open: no seats to count. */
    public boolean limitsSeats() {
        return modality.isTutored() && capacity != null;
    }
}
