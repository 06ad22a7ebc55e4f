package campus.catalogue;

import campus.shared.Page;
import campus.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The catalogue as other modules use it. */
public interface CatalogueApi {

    /** An activity in any status, in the reader's language with fallback. */
    Optional<ActivityView> find(long activityId, String language);

    /** Activities in any status by id, in the reader's language with fallback; unknown ids are left out. */
    Map<Long, ActivityView> findAll(Collection<Long> activityIds, String language);

    /** Published activities matching the query, newest first. */
    Page<ActivityView> search(CatalogueQuery query, String language, PageRequest page);

    /** A partner's activities in any status, most recently changed first. */
    java.util.List<ActivityView> ofPartner(long partnerId, String language);

    /** Creates a draft activity; throws FieldProblem naming the field to fix. */
    long create(ActivityDraft draft);

    void update(long activityId, ActivityDraft draft);

    void changeStatus(long activityId, ActivityStatus status);
}
