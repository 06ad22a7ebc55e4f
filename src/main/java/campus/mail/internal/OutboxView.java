package campus.mail.internal;

import java.util.List;
import org.springframework.stereotype.Service;

/** Read side of the outbox for the administrators' page. */
@Service
public class OutboxView {

    private final OutboxStore store;

    OutboxView(OutboxStore store) {
        this.store = store;
    }

    public List<QueuedMail> latest() {
        return store.latest(200);
    }
}
