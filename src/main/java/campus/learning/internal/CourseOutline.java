package campus.learning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A course's rules and the order of its modules and lessons, with titles in every language offered. */
public record CourseOutline(long activityId, CourseRules rules, List<Module> modules) {

    /** A module and its lessons in order. */
    public record Module(long id, int position, Map<String, String> titles, List<Lesson> lessons) {

        public String title(String language) {
            return Texts.pick(titles, language);
        }
    }

    /** A lesson's place, whether completion needs it, and its title per language. */
    public record Lesson(long id, long moduleId, int position, boolean required, Map<String, String> titles) {

        public String title(String language) {
            return Texts.pick(titles, language);
        }
    }

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(long lessonId) {
        return lessons().stream().filter(l -> l.id() == lessonId).findFirst();
    }

    public Optional<Module> module(long moduleId) {
        return modules.stream().filter(m -> m.id() == moduleId).findFirst();
    }

    /** The lesson after this one, across modules. */
    public Optional<Lesson> after(long lessonId) {
        List<Lesson> all = lessons();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id() == lessonId) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
