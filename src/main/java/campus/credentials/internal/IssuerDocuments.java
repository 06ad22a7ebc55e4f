package campus.credentials.internal;

import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents a verifier fetches from the issuer: its Profile with its keys, and the status lists. */
@Service
public class IssuerDocuments {

    private final Issuer issuer;
    private final KeysApi keys;
    private final StatusLists lists;
    private final CredentialStore store;

    IssuerDocuments(Issuer issuer, KeysApi keys, StatusLists lists, CredentialStore store) {
        this.issuer = issuer;
        this.keys = keys;
        this.lists = lists;
        this.store = store;
    }

    /** The issuer Profile and controller document, listing every issuer key ever used. */
    public String issuerDocument() {
        return issuer.profile().publishedDocument(keys.all(KeyPurpose.ISSUER).stream()
                .map(k -> new IssuerProfile.Key(k.keyId(), k.publicKeyMultibase())).toList()).toString();
    }

    /**
     * The signed status list, signed on first use (hence the write transaction). Lists exist up to the
     * one that holds the newest issued credential, and list 0 always: anything further is empty.
     */
    @Transactional
    public Optional<String> statusList(long listNumber) {
        long last = store.highestStatusIndex().map(i -> i / Issuer.LIST_SIZE).orElse(0L);
        if (listNumber < 0 || listNumber > last) {
            return Optional.empty();
        }
        return Optional.of(lists.document(listNumber));
    }
}
