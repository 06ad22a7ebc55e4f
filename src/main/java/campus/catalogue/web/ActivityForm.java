package campus.catalogue.web;

import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityText;
import campus.catalogue.ActivityView;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The staff form for an activity; a language is offered when its title is filled in. A bean rather than a record, so that one value of the wrong type is reported on its field while the others are kept. */
final class ActivityForm {

    @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,39}") public String code;
    @NotNull public Modality modality;
    @NotNull public ActivityKind kind;
    @NotNull public TechnicalArea technicalArea;
    @NotBlank @Pattern(regexp = "en|fr|es") public String defaultLanguage;
    @NotNull public LocalDate startDate;
    public LocalDate endDate;
    @Size(max = 200) public String venue;
    @Min(1) @Max(100000) public Integer capacity;
    public LocalDate applicationDeadline;
    public Boolean reviewApplications;
    @Size(max = 200) public String titleEn;
    @Size(max = 8000) public String descriptionEn;
    @Size(max = 200) public String titleFr;
    @Size(max = 8000) public String descriptionFr;
    @Size(max = 200) public String titleEs;
    @Size(max = 8000) public String descriptionEs;

    public ActivityForm() {
    }

    ActivityForm(String code, Modality modality, ActivityKind kind, TechnicalArea technicalArea, String defaultLanguage, LocalDate startDate, LocalDate endDate, String venue, Integer capacity, LocalDate applicationDeadline, Boolean reviewApplications, String titleEn, String descriptionEn, String titleFr, String descriptionFr, String titleEs, String descriptionEs) {
        this.code = code;
        this.modality = modality;
        this.kind = kind;
        this.technicalArea = technicalArea;
        this.defaultLanguage = defaultLanguage;
        this.startDate = startDate;
        this.endDate = endDate;
        this.venue = venue;
        this.capacity = capacity;
        this.applicationDeadline = applicationDeadline;
        this.reviewApplications = reviewApplications;
        this.titleEn = titleEn;
        this.descriptionEn = descriptionEn;
        this.titleFr = titleFr;
        this.descriptionFr = descriptionFr;
        this.titleEs = titleEs;
        this.descriptionEs = descriptionEs;
    }

    static ActivityForm empty() {
        return new ActivityForm("", Modality.SELF_GUIDED, ActivityKind.TRAINING, TechnicalArea.EMPLOYMENT_POLICY, "en",
                null, null, "", null, null, false, "", "", "", "", "", "");
    }

    static ActivityForm of(ActivityView a) {
        Map<String, ActivityText> t = a.texts();
        return new ActivityForm(a.code(), a.modality(), a.kind(), a.technicalArea(), a.defaultLanguage(), a.startDate(),
                a.endDate(), a.venue(), a.capacity(), a.applicationDeadline(), a.reviewApplications(),
                title(t, "en"), description(t, "en"), title(t, "fr"), description(t, "fr"),
                title(t, "es"), description(t, "es"));
    }

    private static String title(Map<String, ActivityText> texts, String language) {
        return texts.containsKey(language) ? texts.get(language).title() : "";
    }

    private static String description(Map<String, ActivityText> texts, String language) {
        return texts.containsKey(language) ? texts.get(language).description() : "";
    }

    ActivityDraft draft(Long partnerId) {
        Map<String, ActivityText> texts = new LinkedHashMap<>();
        put(texts, "en", titleEn, descriptionEn);
        put(texts, "fr", titleFr, descriptionFr);
        put(texts, "es", titleEs, descriptionEs);
        return new ActivityDraft(code.trim(), modality, kind, technicalArea, defaultLanguage, startDate, endDate,
                venue == null || venue.isBlank() ? null : venue.trim(), capacity, applicationDeadline, Boolean.TRUE.equals(reviewApplications),
                partnerId, texts);
    }

    private static void put(Map<String, ActivityText> texts, String language, String title, String description) {
        if (title != null && !title.isBlank()) {
            texts.put(language, new ActivityText(title.trim(), description == null ? "" : description.trim()));
        }
    }
}
