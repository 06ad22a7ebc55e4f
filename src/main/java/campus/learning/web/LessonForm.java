package campus.learning.web;

import campus.learning.internal.CoursePackage;
import java.util.LinkedHashMap;
import java.util.Map;

/** A lesson in every language at once; a language is offered when its title or text is filled in. */
final class LessonForm {

    public boolean required = true;
    public String titleEn = "";
    public String markdownEn = "";
    public String titleFr = "";
    public String markdownFr = "";
    public String titleEs = "";
    public String markdownEs = "";

    static LessonForm of(boolean required, Map<String, CoursePackage.LessonText> texts) {
        LessonForm form = new LessonForm();
        form.required = required;
        CoursePackage.LessonText none = new CoursePackage.LessonText("", "");
        form.titleEn = texts.getOrDefault("en", none).title();
        form.markdownEn = texts.getOrDefault("en", none).markdown();
        form.titleFr = texts.getOrDefault("fr", none).title();
        form.markdownFr = texts.getOrDefault("fr", none).markdown();
        form.titleEs = texts.getOrDefault("es", none).title();
        form.markdownEs = texts.getOrDefault("es", none).markdown();
        return form;
    }

    Map<String, CoursePackage.LessonText> texts() {
        Map<String, CoursePackage.LessonText> texts = new LinkedHashMap<>();
        put(texts, "en", titleEn, markdownEn);
        put(texts, "fr", titleFr, markdownFr);
        put(texts, "es", titleEs, markdownEs);
        return texts;
    }

    private static void put(Map<String, CoursePackage.LessonText> texts, String language, String title, String markdown) {
        String t = title == null ? "" : title.trim();
        String m = markdown == null ? "" : markdown;
        if (!t.isEmpty() || !m.isBlank()) {
            texts.put(language, new CoursePackage.LessonText(t, m));
        }
    }
}
