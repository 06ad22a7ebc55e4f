package campus.catalogue;

import campus.shared.Page;
import campus.shared.PageRequest;
import java.util.Optional;

/** The catalogue as other modules use it. */
public interface CatalogueApi {

    /** An activity in any status, in the reader's language with fallback. */
    Optional<ActivityView> find(long activityId, String language);

    /** Published activities matching the query, newest first. */
    Page<ActivityView> search(CatalogueQuery query, String language, PageRequest page);

    /** Creates a draft activity; throws FieldProblem naming the field to fix. */
    long create(ActivityDraft draft);

    void update(long activityId, ActivityDraft draft);

    void changeStatus(long activityId, ActivityStatus status);
}
