package campus.learning;

import java.io.InputStream;

/** Learning as other modules use it. */
public interface LearningApi {

    /** Replaces an activity's course with the course zip (docs/course-archive.md); refuses a bad zip whole. */
    void importCourse(long activityId, InputStream zip);
}
