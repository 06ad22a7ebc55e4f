package campus.catalogue.internal;

import campus.catalogue.ActivityChanged;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.catalogue.CatalogueQuery;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.Modality;
import campus.shared.NotFound;
import campus.shared.Page;
import campus.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the catalogue's rules: what a valid activity is, and who sees which. */
@Service
@Transactional
public class CatalogueService implements CatalogueApi {

    private final ActivityStore activities;
    private final CatalogueVersion version;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueService(ActivityStore activities, CatalogueVersion version, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.version = version;
        this.events = events;
        this.clock = clock;
    }

    private void changed(long activityId) {
        version.changed();
        events.publishEvent(new ActivityChanged(activityId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActivityView> find(long activityId, String language) {
        return activities.find(activityId, language);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ActivityView> findAll(Collection<Long> activityIds, String language) {
        return activities.findAll(activityIds, language);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ActivityView> search(CatalogueQuery query, String language, PageRequest page) {
        return activities.search(query, language, page, LocalDate.now(clock));
    }

    @Override
    public long create(ActivityDraft draft) {
        check(draft, null);
        long id = activities.insert(draft, OffsetDateTime.now(clock));
        changed(id);
        return id;
    }

    @Override
    public void update(long activityId, ActivityDraft draft) {
        activities.find(activityId, draft.defaultLanguage()).orElseThrow(() -> new NotFound("activity " + activityId));
        check(draft, activityId);
        activities.update(activityId, draft, OffsetDateTime.now(clock));
        changed(activityId);
    }

    @Override
    public void changeStatus(long activityId, ActivityStatus status) {
        if (activities.changeStatus(activityId, status, OffsetDateTime.now(clock)) == 0) {
            throw new NotFound("activity " + activityId);
        }
        changed(activityId);
    }


    private void check(ActivityDraft d, Long id) {
        if (d.code() == null || !d.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{1,39}")) {
            throw new FieldProblem("code", "catalogue.code.invalid");
        }
        if (activities.codeTaken(d.code(), id)) {
            throw new FieldProblem("code", "catalogue.code.taken");
        }
        if (LanguageCode.find(d.defaultLanguage()).isEmpty()) {
            throw new FieldProblem("defaultLanguage", "catalogue.language.unknown");
        }
        for (Map.Entry<String, ActivityText> text : d.texts().entrySet()) {
            if (LanguageCode.find(text.getKey()).isEmpty()) {
                throw new FieldProblem("texts", "catalogue.language.unknown");
            }
            if (text.getValue().title() == null || text.getValue().title().isBlank()) {
                throw new FieldProblem(titleField(text.getKey()), "catalogue.title.missing");
            }
        }
        if (!d.texts().containsKey(d.defaultLanguage())) {
            throw new FieldProblem(titleField(d.defaultLanguage()), "catalogue.text.default.missing");
        }
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new FieldProblem("endDate", "catalogue.end.before.start");
        }
        if (d.modality() == Modality.FACE_TO_FACE && (d.venue() == null || d.venue().isBlank())) {
            throw new FieldProblem("venue", "catalogue.venue.missing");
        }
        if (d.capacity() != null && d.capacity() < 1) {
            throw new FieldProblem("capacity", "catalogue.capacity.invalid");
        }
        if (d.applicationDeadline() != null && d.endDate() != null && d.applicationDeadline().isAfter(d.endDate())) {
            throw new FieldProblem("applicationDeadline", "catalogue.deadline.after.end");
        }
    }

    /** The form field that holds the title in a language: titleEn, titleFr, titleEs. */
    static String titleField(String language) {
        return "title" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    @Transactional(readOnly = true)
    public Page<ActivityView> allForStaff(String text, String language, PageRequest page) {
        return activities.allForStaff(text, language, page);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<ActivityView> ofPartner(long partnerId, String language) {
        return activities.ofPartner(partnerId, language);
    }
}
