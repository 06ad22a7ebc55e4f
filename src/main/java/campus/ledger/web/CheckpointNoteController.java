package campus.ledger.web;

import campus.ledger.internal.TransparencyLog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The latest checkpoint as a plain-text C2SP signed note, the form transparency-log tools read. */
@RestController
class CheckpointNoteController {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final TransparencyLog log;

    CheckpointNoteController(TransparencyLog log) {
        this.log = log;
    }

    @GetMapping("/log/checkpoint")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(log.latestCheckpoint().signedNote());
    }
}
