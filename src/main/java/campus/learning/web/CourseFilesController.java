package campus.learning.web;

import campus.accounts.CampusUser;
import campus.learning.internal.CourseStore;
import campus.learning.internal.CoursePackage;
import campus.learning.internal.LearnerCourse;
import campus.shared.NotFound;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A course's images and downloads, for its learners and for staff. */
@Controller
class CourseFilesController {

    // only raster images are shown in the page; anything else (SVG, HTML, PDF…) downloads, so an
    // uploaded file can never run as a page of this site
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final CourseStore courses;
    private final LearnerCourse learning;

    CourseFilesController(CourseStore courses, LearnerCourse learning) {
        this.courses = courses;
        this.learning = learning;
    }

    @GetMapping("/learning/courses/{activityId}/files/{name}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CampusUser user, @PathVariable long activityId,
                                @PathVariable String name) {
        boolean staff = user.getAuthorities().contains(new SimpleGrantedAuthority("ROLE_STAFF"))
                || user.getAuthorities().contains(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
        if (!staff && !learning.mayRead(activityId, user.id())) {
            throw new NotFound("file " + name);
        }
        CoursePackage.Attachment file = courses.file(activityId, name).orElseThrow(() -> new NotFound("file " + name));
        boolean inline = INLINE.contains(file.contentType());
        return ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(file.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.name()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(file.content());
    }
}
