package campus.evaluation.internal;

import campus.catalogue.CatalogueApi;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an activity's surveys ask and when the follow-up goes out; staff change both. */
@Service
@Transactional
public class SurveyDesign {

    static final int LABEL_LIMIT = 300;

    private final ItemStore items;
    private final SettingsStore settings;
    private final CatalogueApi catalogue;
    private final InvitationStore invitations;

    SurveyDesign(ItemStore items, SettingsStore settings, CatalogueApi catalogue, InvitationStore invitations) {
        this.items = items;
        this.settings = settings;
        this.catalogue = catalogue;
        this.invitations = invitations;
    }

    /** Every item of the survey in the order asked: standard items first, staff items, closing comments. */
    @Transactional(readOnly = true)
    public List<SurveyItem> items(long activityId, Survey survey) {
        List<SurveyItem> all = new ArrayList<>(StandardItems.first(survey));
        all.addAll(items.of(activityId, survey));
        all.addAll(StandardItems.last(survey));
        return all;
    }

    @Transactional(readOnly = true)
    public List<SurveyItem> customItems(long activityId, Survey survey) {
        return items.of(activityId, survey);
    }

    @Transactional(readOnly = true)
    public int followupMonths(long activityId) {
        return settings.followupMonths(activityId);
    }

    public void saveFollowupMonths(long activityId, Integer months) {
        requireActivity(activityId);
        if (months == null || months < 1 || months > 36) {
            throw new FieldProblem("followupMonths", "survey.design.months.range", 1, 36);
        }
        int before = settings.followupMonths(activityId);
        settings.saveFollowupMonths(activityId, months);
        // follow-ups not yet sent move with the setting; sent ones keep the date they went out on
        invitations.replanUnsentFollowups(activityId, before, months);
    }

    /** Adds an item; labels by language code, blank ones ignored, at least one required. */
    public long addItem(long activityId, Survey survey, String kindCode, Map<String, String> labels) {
        requireActivity(activityId);
        ItemKind kind = ItemKind.ofCode(kindCode == null ? "" : kindCode)
                .orElseThrow(() -> new FieldProblem("kind", "survey.design.kind.unknown"));
        Map<String, String> kept = new LinkedHashMap<>();
        labels.forEach((language, label) -> {
            if (label != null && !label.isBlank() && LanguageCode.find(language).isPresent()) {
                String trimmed = label.strip();
                if (trimmed.length() > LABEL_LIMIT) {
                    throw new FieldProblem("label_" + language, "survey.design.label.long", LABEL_LIMIT);
                }
                kept.put(language, trimmed);
            }
        });
        if (kept.isEmpty()) {
            throw new FieldProblem("label_en", "survey.design.label.missing");
        }
        return items.add(activityId, survey, kind, kept);
    }

    public void deleteItem(long activityId, long itemId) {
        if (!items.activityOf(itemId).map(a -> a == activityId).orElse(false)) {
            throw new NotFound("survey item " + itemId);
        }
        if (items.answered(itemId)) {
            throw new FieldProblem("item", "survey.design.item.answered");
        }
        items.delete(itemId);
    }

    private void requireActivity(long activityId) {
        if (catalogue.find(activityId, "en").isEmpty()) {
            throw new NotFound("activity " + activityId);
        }
    }
}
